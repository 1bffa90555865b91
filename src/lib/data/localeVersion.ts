import type { Where } from 'payload'

import type { Locale } from '@/i18n/config'

/**
 * Only the documents written in this language. French is the source: every document has it. In
 * English, the site reads with Payload's locale fallback (a label left untranslated shows in
 * French), so a French-only item would come back with its French title and slug and be listed,
 * then 404 at its English address. A document has an English version when it has an English slug
 * (filled from the English title when an editor writes one); lists, feeds, the sitemap and the
 * banner keep only those. The filter reads the English column itself: fallback never applies to a
 * query.
 */
export const writtenIn = (locale: Locale): Where | null =>
  locale === 'en' ? { slug: { exists: true } } : null

/** `where` with the language filter added (for reads of lists in one language). */
export const andWrittenIn = (locale: Locale, where?: Where | null): Where | undefined => {
  const own = writtenIn(locale)
  if (!own) return where ?? undefined
  return where ? { and: [where, own] } : own
}
