import type { Locale } from '@/i18n/config'
import { type Section, sectionHref } from '@/i18n/routes'

/** Collections an editor can preview on the site, and the public section each one lives in. */
export const previewSections = {
  news: 'news',
  notices: 'notices',
  events: 'events',
} as const satisfies Record<string, Section>

export type PreviewCollection = keyof typeof previewSections

export const isPreviewCollection = (value: unknown): value is PreviewCollection =>
  typeof value === 'string' && Object.hasOwn(previewSections, value)

/** The address the admin's live-preview frame opens: it turns on draft mode, then shows the page. */
export const previewUrl = ({
  collection,
  locale,
  slug,
}: {
  collection: string
  locale: string
  slug?: string | null
}) =>
  slug && isPreviewCollection(collection)
    ? `/${locale}/apercu?${new URLSearchParams({ collection, slug }).toString()}`
    : null

/** Where the previewed document is shown once draft mode is on. */
export const previewTarget = (locale: Locale, collection: PreviewCollection, slug: string) =>
  sectionHref(locale, previewSections[collection], slug)
