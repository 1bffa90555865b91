import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import type React from 'react'

import { AlertBanner } from '@/components/AlertBanner'
import { PreviewBar } from '@/components/PreviewBar'
import { footerPageSlugs, SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { TextSizeHeadScript } from '@/components/TextSizeControl'
import { htmlLang, isLocale } from '@/i18n/config'
import { getTranslator } from '@/i18n/translate'
import { resolveServerUrl } from '@/lib/config/env'
import { getBannerNotices } from '@/lib/data/notices'
import { feedLinks } from '@/lib/feeds/links'
import { getPageLinks } from '@/lib/data/pages'
import { getSiteSettings } from '@/lib/data/siteSettings'

import '../styles.css'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

// Pages are rendered on the first request and then served from the Next cache until a
// collection hook expires their tags: the build never needs the database.
export const generateStaticParams = () => []
export const dynamicParams = true
// Edits expire pages at once through cache tags; this bound is for what changes with the clock
// alone: a notice leaves the site-wide banner within a minute of its end time.
export const revalidate = 60

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b3d6b' }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const settings = await getSiteSettings(locale)
  const t = getTranslator(locale)
  return {
    title: { default: settings.cityName, template: `%s · ${settings.cityName}` },
    description: t('meta.description', { city: settings.cityName }),
    icons: {
      icon: [
        { url: '/favicon.svg', type: 'image/svg+xml' },
        { url: '/favicon.ico', sizes: '32x32' },
      ],
    },
    // Canonical, hreflang and Open Graph addresses are written absolute against the public origin.
    metadataBase: new URL(resolveServerUrl()),
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [settings, bannerNotices, pageLinks] = await Promise.all([
    getSiteSettings(locale),
    getBannerNotices(locale),
    getPageLinks(locale, footerPageSlugs),
  ])
  // French only unless the city turns English on: each page checks (requirePublishedLocale),
  // because health and safety notices are published in English either way.
  const t = getTranslator(locale)
  return (
    <html lang={htmlLang[locale]} suppressHydrationWarning>
      <head>
        {/* One line that must run before the first paint: the resident's text size. */}
        <TextSizeHeadScript />
        {/* Feed autodiscovery: browsers and feed readers find the subscriptions from any page. */}
        {feedLinks(locale).map((feed) => (
          <link
            key={feed.href}
            rel="alternate"
            type={feed.type}
            title={feed.title}
            href={feed.href}
          />
        ))}
      </head>
      <body>
        <a className="skip-link" href="#contenu">
          {t('site.skipToContent')}
        </a>
        <PreviewBar locale={locale} />
        <SiteHeader locale={locale} settings={settings} />
        <AlertBanner locale={locale} notices={bannerNotices} />
        <main id="contenu" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} settings={settings} pageLinks={pageLinks} />
      </body>
    </html>
  )
}
