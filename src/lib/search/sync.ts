import type { BeforeSync } from '@payloadcms/plugin-search/types'
import type { Field } from 'payload'

/** Extra columns of the search index: what the full-text query reads besides the title. */
export const searchFields: Field[] = [
  { name: 'summary', type: 'textarea', localized: true, admin: { readOnly: true } },
  { name: 'keywords', type: 'text', localized: true, admin: { readOnly: true } },
  { name: 'slug', type: 'text', localized: true, admin: { readOnly: true } },
]

/** Copies the summary, keywords and slug of the indexed document, in the language being saved. */
export const syncSearchDoc: BeforeSync = ({ originalDoc, searchDoc }) => {
  const doc = originalDoc as { summary?: string | null; keywords?: string | null; slug?: string | null }
  return {
    ...searchDoc,
    summary: doc.summary ?? null,
    keywords: doc.keywords ?? null,
    slug: doc.slug ?? null,
  }
}
