import type { Metadata } from 'next'

import { htmlLang, type Locale, locales } from '@/i18n/config'
import { type Section, sectionHref } from '@/i18n/routes'
import { getLocalizedSlugs } from '@/lib/data/bySlug'
import { getSiteSettings } from '@/lib/data/siteSettings'

export type LocalizedPaths = Partial<Record<Locale, string | null>>

const ogLocale = (locale: Locale) => htmlLang[locale].replace('-', '_')

/**
 * The metadata every public page carries: title and description, the canonical URL, `hreflang`
 * alternates to the same page in the other language (only where it exists and English is
 * published, French as x-default) and Open Graph tags for link previews.
 */
export const pageMetadata = async ({
  locale,
  title,
  description,
  paths,
  image,
  type = 'website',
  isEnglishAllowed = false,
}: {
  locale: Locale
  title?: string
  description?: string | null
  /** This page's address in each language (absolute paths, e.g. { fr: '/fr/avis', en: '/en/notices' }). */
  paths: LocalizedPaths
  image?: { url: string; width?: number | null; height?: number | null; alt?: string | null } | null
  type?: 'website' | 'article'
  /** Health and safety notices are published in English even when the site is French only. */
  isEnglishAllowed?: boolean
}): Promise<Metadata> => {
  const settings = await getSiteSettings(locale)
  const isBilingual = settings.englishEnabled || isEnglishAllowed
  const available = locales.filter((l) => paths[l] && (l === 'fr' || isBilingual))
  const languages: Record<string, string> = {}
  if (available.length > 1) {
    for (const l of available) languages[htmlLang[l]] = paths[l] as string
    if (paths.fr) languages['x-default'] = paths.fr
  }
  const url = paths[locale] ?? undefined
  return {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    alternates: { canonical: url, languages },
    openGraph: {
      type,
      siteName: settings.cityName,
      title: title ?? settings.cityName,
      ...(description ? { description } : {}),
      url,
      locale: ogLocale(locale),
      alternateLocale: available.filter((l) => l !== locale).map(ogLocale),
      ...(image?.url
        ? {
            images: [
              {
                url: image.url,
                width: image.width ?? undefined,
                height: image.height ?? undefined,
                alt: image.alt ?? '',
              },
            ],
          }
        : {}),
    },
  }
}

/** Metadata of a section's landing page (/fr/avis, /en/notices…). */
export const sectionMetadata = (
  locale: Locale,
  section: Section,
  title: string,
  description?: string,
) =>
  pageMetadata({
    locale,
    title,
    description,
    paths: { fr: sectionHref('fr', section), en: sectionHref('en', section) },
  })

/** Metadata of one document's page, with its address in each language from its localized slugs. */
export const documentMetadata = async ({
  locale,
  collection,
  section,
  doc,
  type = 'article',
  isEnglishAllowed = false,
}: {
  locale: Locale
  collection: 'news' | 'notices' | 'events' | 'services' | 'pages'
  section: Section
  doc: { id: number; title: string; summary?: string | null; heroImage?: unknown; image?: unknown }
  type?: 'website' | 'article'
  isEnglishAllowed?: boolean
}) => {
  const slugs = await getLocalizedSlugs(collection, doc.id)
  const media = (doc.heroImage ?? doc.image) as {
    url?: string | null
    width?: number | null
    height?: number | null
    alt?: string | null
  } | null
  return pageMetadata({
    locale,
    title: doc.title,
    description: doc.summary,
    type,
    isEnglishAllowed,
    image: media && typeof media === 'object' && media.url ? { ...media, url: media.url } : null,
    paths: {
      fr: slugs.fr ? sectionHref('fr', section, slugs.fr) : null,
      en: slugs.en ? sectionHref('en', section, slugs.en) : null,
    },
  })
}
