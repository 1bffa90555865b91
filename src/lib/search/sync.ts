import type { BeforeSync } from '@payloadcms/plugin-search/types'
import type { Field } from 'payload'

/** Extra columns of the search index: what the full-text query reads besides the title. */
export const searchFields: Field[] = [
  { name: 'summary', type: 'textarea', localized: true, admin: { readOnly: true } },
  { name: 'keywords', type: 'text', localized: true, admin: { readOnly: true } },
  { name: 'slug', type: 'text', localized: true, admin: { readOnly: true } },
  // Where the document lives inside its section, in this language: the slug, or for a service its
  // breadcrumb path (`parent/child`). The site builds the full URL from it and the collection.
  { name: 'urlPath', type: 'text', localized: true, admin: { readOnly: true } },
]

type Breadcrumb = { url?: string | null }

/** The document's path inside its section: a service's last breadcrumb URL, otherwise its slug. */
export const urlPathOf = (doc: {
  slug?: string | null
  breadcrumbs?: Breadcrumb[] | null
}): string | null => {
  const crumbUrl = doc.breadcrumbs?.at(-1)?.url
  const path = crumbUrl ? crumbUrl.replace(/^\/+/, '') : doc.slug
  return path || null
}

/** Copies the summary, keywords, slug and path of the indexed document, in the language being saved. */
export const syncSearchDoc: BeforeSync = ({ originalDoc, searchDoc }) => {
  const doc = originalDoc as {
    summary?: string | null
    keywords?: string | null
    slug?: string | null
    breadcrumbs?: Breadcrumb[] | null
  }
  return {
    ...searchDoc,
    summary: doc.summary ?? null,
    keywords: doc.keywords ?? null,
    slug: doc.slug ?? null,
    urlPath: urlPathOf(doc),
  }
}
