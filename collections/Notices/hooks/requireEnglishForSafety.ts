import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

type RichNode = { text?: string; children?: RichNode[] }

const textOf = (node: RichNode | null | undefined): string =>
  node ? (node.text ?? '') + (node.children ?? []).map(textOf).join('') : ''

const hasText = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.trim().length > 0
    : textOf((value as { root?: RichNode } | null)?.root).trim().length > 0

export const safetyNeedsEnglishMessage =
  'Un avis de santé ou de sécurité est publié aussi en anglais : écrivez son titre et ses détails en anglais (langue « English ») avant de le publier. / A health or safety notice is also published in English: write its English title and details before publishing it.'

/**
 * A health or safety notice (isSafety) is published in English even on a French-only site, so it
 * cannot be published without its English title and details: otherwise the English banner would
 * show a French title leading to "Page not found". Drafts may stay French only. Reads the English
 * values being saved (an English save) or already stored (a French save), never the fallback.
 */
export const requireEnglishForSafety: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const isSafety = data.isSafety ?? originalDoc?.isSafety
  const status = data._status ?? originalDoc?._status
  if (!isSafety || status !== 'published') return data
  let english: { title?: unknown; body?: unknown } = {}
  if (req.locale === 'en') english = { title: data.title, body: data.body }
  else if (originalDoc?.id) {
    const stored = await req.payload.findByID({
      collection: 'notices',
      id: originalDoc.id,
      locale: 'en',
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
      select: { title: true, body: true },
      disableErrors: true,
    })
    english = { title: stored?.title, body: stored?.body }
  }
  if (hasText(english.title) && hasText(english.body)) return data
  throw new ValidationError({
    collection: 'notices',
    errors: [{ path: 'isSafety', message: safetyNeedsEnglishMessage }],
  })
}
