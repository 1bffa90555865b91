import Link from 'next/link'

import { htmlLang, type Locale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import type { PublicSiteSettings } from '@/lib/data/siteSettings'

type Props = { locale: Locale; settings: PublicSiteSettings }

export const SiteHeader = ({ locale, settings }: Props) => {
  const t = getTranslator(locale)
  const other: Locale = locale === 'fr' ? 'en' : 'fr'
  return (
    <header className="site-header">
      <div className="container header-row">
        <Link className="brand" href={`/${locale}`} aria-label={t('site.homeLink', { city: settings.cityName })}>
          {settings.cityName}
        </Link>
        <nav aria-label={t('site.mainNav')}>
          <ul className="nav-list">
            <li>
              <Link href={sectionHref(locale, 'services')}>{t('services.nav')}</Link>
            </li>
            <li>
              <Link href={sectionHref(locale, 'news')}>{t('nav.news')}</Link>
            </li>
            <li>
              <Link href={sectionHref(locale, 'notices')}>{t('nav.notices')}</Link>
            </li>
            <li>
              <Link href={sectionHref(locale, 'events')}>{t('nav.events')}</Link>
            </li>
            <li>
              <Link href={sectionHref(locale, 'collections')}>{t('nav.collections')}</Link>
            </li>
            <li>
              <Link href={sectionHref(locale, 'surveys')}>{t('nav.surveys')}</Link>
            </li>
            <li>
              <Link href={sectionHref(locale, 'search')}>{t('search.headerLink')}</Link>
            </li>
            <li>
              {/* A plain link: the account pages read the session cookie and must never be prefetched into a shared cache. */}
              <a href={sectionHref(locale, 'account')}>{t('account.nav')}</a>
            </li>
            {settings.englishEnabled ? (
              <li>
                <Link href={`/${other}`} hrefLang={htmlLang[other]} lang={htmlLang[other]}>
                  <span aria-hidden="true">{t('site.switchLanguage')}</span>
                  <span className="visually-hidden">{t('site.switchLanguageLabel')}</span>
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      </div>
    </header>
  )
}
