import type { Metadata } from 'next'
import type React from 'react'

import { notFound } from 'next/navigation'

import { type IndexSection, isCanonicalSegment, searchParamsOfSegment } from '@/server/pageQuery'

type InternalProps = { params: Promise<{ locale: string; query: string }> }

/**
 * A section index rendered from its internal, cached route (`avis/%5Fq/[query]/page.tsx`): the
 * proxy rewrote `/fr/avis?type=…` there with only the parameters the page understands, in the
 * path, so the page is cached per combination (src/server/pageQuery.ts). The index page itself
 * is unchanged: it receives the same `params` and `searchParams` it always read.
 */
export const cachedIndex = <P extends { params: Promise<{ locale: string }> }>(
  section: IndexSection,
  Page: (props: P) => Promise<React.ReactNode> | React.ReactNode,
  metadata?: (props: P) => Promise<Metadata> | Metadata,
) => {
  const propsOf = ({ params }: InternalProps) =>
    ({
      params: params.then(({ locale }) => ({ locale })),
      searchParams: params.then(({ query }) => searchParamsOfSegment(query)),
    }) as unknown as P
  return {
    Page: async (props: InternalProps) => {
      // Only the address the proxy writes is rendered (and so cached).
      if (!isCanonicalSegment(section, (await props.params).query)) notFound()
      return Page(propsOf(props))
    },
    generateMetadata: async (props: InternalProps): Promise<Metadata> =>
      metadata ? metadata(propsOf(props)) : {},
  }
}
