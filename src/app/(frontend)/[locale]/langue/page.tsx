import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { htmlLang, isLocale, type Locale } from '@/i18n/config'
import { getTranslator } from '@/i18n/translate'
import { otherLanguagePath } from '@/lib/data/otherLanguage'
import { requirePublishedLocale } from '@/lib/seo/locale'

// Reads the page to translate from the query string: rendered per request.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

export const metadata: Metadata = { robots: { index: false } }

/**
 * The language switch's target (/fr/langue?page=/en/news/…, /en/language?page=/fr/actualites/…):
 * sends the visitor to the same page in this language, or says the page has none and offers its
 * list — never a 404, never the home page instead.
 */
export default async function LanguagePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const raw = (await searchParams).page
  const page = (Array.isArray(raw) ? raw[0] : raw) ?? ''
  await requirePublishedLocale(locale)
  const found = await otherLanguagePath(page.slice(0, 500), locale)
  if (found.href !== null) redirect(found.href)
  const t = getTranslator(locale)
  const source: Locale = locale === 'fr' ? 'en' : 'fr'
  return (
    <div className="container stack">
      <h1>{t('language.missingTitle')}</h1>
      <p>{t('language.missingBody')}</p>
      <ul className="subscribe-links">
        <li>
          <Link href={found.listHref}>{t('language.toList')}</Link>
        </li>
        <li>
          <a href={found.sourceHref} hrefLang={htmlLang[source]}>
            {t('language.original')}
          </a>
        </li>
        <li>
          <Link href={`/${locale}`}>{t('language.home')}</Link>
        </li>
      </ul>
    </div>
  )
}
