import Link from 'next/link'

import { htmlLang, type Locale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import type { PublicSiteSettings } from '@/lib/data/siteSettings'
import { type Tool, toolLink, topTasks } from '@/lib/tools'

import { LanguageSwitch } from './LanguageSwitch'

type Props = { locale: Locale; settings: PublicSiteSettings }

/**
 * A link to a tool. "Mon dossier" is a plain link: the account pages read the session cookie and
 * must never be prefetched into a shared cache; the header itself reads no cookie and no header, so
 * every visitor gets the same cached header (no signed-in state in the public render).
 */
const ToolAnchor = ({
  locale,
  tool,
  className,
}: {
  locale: Locale
  tool: Tool
  className?: string
}) => {
  const link = toolLink(locale, tool)
  return tool === 'account' || tool === 'report' ? (
    <a href={link.href} className={className}>
      {link.label}
    </a>
  ) : (
    <Link href={link.href} className={className} prefetch={false}>
      {link.label}
    </Link>
  )
}

/**
 * Phone first: one row with the city and a menu that opens without JavaScript (<details>), then
 * the top tasks in one line — report a problem, collection days, notices, Mon dossier, search —
 * each one tap away on every page.
 */
export const SiteHeader = ({ locale, settings }: Props) => {
  const t = getTranslator(locale)
  const other: Locale = locale === 'fr' ? 'en' : 'fr'
  return (
    <header className="site-header">
      <div className="container header-row">
        <Link
          className="brand"
          href={`/${locale}`}
          aria-label={t('site.homeLink', { city: settings.cityName })}
        >
          {settings.cityName}
        </Link>
        <div className="header-actions">
          {settings.englishEnabled ? (
            <LanguageSwitch
              target={other}
              lang={htmlLang[other]}
              text={t('site.switchLanguage')}
              label={t('site.switchLanguageLabel')}
            />
          ) : null}
          <details className="site-menu">
            <summary>{t('site.menu')}</summary>
            <nav aria-label={t('site.mainNav')} className="site-menu-panel">
              <ul className="menu-list">
                <li>
                  <Link href={sectionHref(locale, 'services')} prefetch={false}>
                    {t('services.nav')}
                  </Link>
                </li>
                <li>
                  <Link href={sectionHref(locale, 'news')} prefetch={false}>
                    {t('nav.news')}
                  </Link>
                </li>
                <li>
                  <Link href={sectionHref(locale, 'notices')} prefetch={false}>
                    {t('nav.notices')}
                  </Link>
                </li>
                <li>
                  <Link href={sectionHref(locale, 'events')} prefetch={false}>
                    {t('nav.events')}
                  </Link>
                </li>
                <li>
                  <Link href={sectionHref(locale, 'collections')} prefetch={false}>
                    {t('nav.collections')}
                  </Link>
                </li>
                <li>
                  <Link href={sectionHref(locale, 'surveys')} prefetch={false}>
                    {t('nav.surveys')}
                  </Link>
                </li>
                <li>
                  <Link href={sectionHref(locale, 'activities')} prefetch={false}>
                    {t('nav.activities')}
                  </Link>
                </li>
                <li>
                  <Link href={sectionHref(locale, 'petitions')} prefetch={false}>
                    {t('nav.petitions')}
                  </Link>
                </li>
                <li>
                  <ToolAnchor locale={locale} tool="report" />
                </li>
                <li>
                  <Link href={sectionHref(locale, 'requests')} prefetch={false}>
                    {t('nav.requests')}
                  </Link>
                </li>
                <li>
                  <ToolAnchor locale={locale} tool="account" />
                </li>
                <li>
                  <Link href={sectionHref(locale, 'search')} prefetch={false}>
                    {t('search.headerLink')}
                  </Link>
                </li>
              </ul>
            </nav>
          </details>
        </div>
      </div>
      <nav className="top-tasks" aria-label={t('site.topTasks')}>
        <ul className="container">
          {topTasks.map((tool) => (
            <li key={tool}>
              <ToolAnchor locale={locale} tool={tool} />
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
