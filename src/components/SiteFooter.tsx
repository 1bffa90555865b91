import Link from 'next/link'

import type { Locale } from '@/i18n/config'
import { getTranslator } from '@/i18n/translate'
import type { PageLink } from '@/lib/data/pages'
import type { PublicSiteSettings } from '@/lib/data/siteSettings'
import { feedLinks } from '@/lib/feeds/links'
import { listedTools, toolLink } from '@/lib/tools'
import { telHref } from '@/utilities/telHref'

import { TextSizeControl } from './TextSizeControl'

type Props = { locale: Locale; settings: PublicSiteSettings; pageLinks?: PageLink[] }

/** Pages every footer links to, by their French slug (the key that does not change with language). */
export const footerPageSlugs = [
  'nous-joindre',
  'declaration-accessibilite',
  'politique-confidentialite',
  'plan-du-site',
]

/**
 * The city's contact, its online tools, the feeds to subscribe to, the useful pages and the
 * text-size control (out of the header, so a phone's first screen is the page).
 */
export const SiteFooter = ({ locale, settings, pageLinks = [] }: Props) => {
  const t = getTranslator(locale)
  const { contact } = settings
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <div>
          <p className="footer-city">{settings.cityName}</p>
          {contact.address ? <p className="pre-line">{contact.address}</p> : null}
          {contact.phone ? (
            <p>
              {t('home.phone')} : <a href={telHref(contact.phone)}>{contact.phone}</a>
            </p>
          ) : null}
        </div>
        <nav aria-label={t('site.toolsNav')}>
          <h2 className="footer-heading">{t('site.toolsNav')}</h2>
          <ul className="footer-links">
            {listedTools.map((tool) => {
              const link = toolLink(locale, tool)
              return (
                <li key={tool}>
                  {/* Plain links: these pages read the visitor's session. */}
                  <a href={link.href}>{link.label}</a>
                </li>
              )
            })}
          </ul>
        </nav>
        <nav aria-label={t('feeds.subscribe')}>
          <h2 className="footer-heading">{t('feeds.subscribe')}</h2>
          <ul className="footer-links">
            {feedLinks(locale).map((feed) => (
              <li key={feed.href}>
                <a href={feed.href} type={feed.type}>
                  {feed.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {pageLinks.length > 0 ? (
          <nav aria-label={t('services.pages.footerNav')}>
            <h2 className="footer-heading">{t('services.pages.footerNav')}</h2>
            <ul className="footer-links">
              {pageLinks.map((link) => (
                <li key={link.key}>
                  <Link href={link.href}>{link.title}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <TextSizeControl
          labels={{
            group: t('textSize.group'),
            normal: t('textSize.normal'),
            large: t('textSize.large'),
            xlarge: t('textSize.xlarge'),
          }}
        />
      </div>
    </footer>
  )
}
