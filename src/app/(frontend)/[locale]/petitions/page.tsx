import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getSectors } from '@/lib/data/directory'
import { getPetitionList } from '@/lib/data/petitions'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { sectionMetadata } from '@/lib/seo/metadata'
import {
  filingHref,
  parseFilters,
  PetitionList,
  petitionTranslator,
} from '@plugins/petitions/frontend'

// Cached per combination of filters through its internal route (petitions/%5Fq/[query], the
// proxy rewrites ?area=&status= there: src/server/pageQuery.ts); the layout's one-minute bound
// keeps the days left current, and a signature expires the petitions' tags.

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = petitionTranslator(locale)
  return sectionMetadata(locale, 'petitions', t('list.title'), t('list.intro'))
}

export default async function PetitionsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: sectionHref('fr', 'petitions') })
  const t = petitionTranslator(locale)
  const filters = parseFilters(await searchParams)
  const [petitions, sectors] = await Promise.all([
    getPetitionList(locale, filters),
    getSectors(locale),
  ])
  return (
    <div className="container stack">
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.intro')}</p>
      <p>
        <a href={filingHref(locale)}>{t('file.link')}</a>
      </p>
      <PetitionList
        locale={locale}
        petitions={petitions}
        sectors={sectors.map(({ id, name }) => ({ id, name }))}
        filters={filters}
      />
    </div>
  )
}
