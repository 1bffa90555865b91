import Link from 'next/link'

import type { Locale } from '@/i18n/config'
import { getTranslator } from '@/i18n/translate'
import type { PageLink } from '@/lib/data/pages'
import type { PublicSiteSettings } from '@/lib/data/siteSettings'
import { telHref } from '@/utilities/telHref'

type Props = { locale: Locale; settings: PublicSiteSettings; pageLinks?: PageLink[] }

/** Pages every footer links to, by their French slug (the key that does not change with language). */
export const footerPageSlugs = ['nous-joindre', 'declaration-accessibilite', 'politique-confidentialite', 'plan-du-site']

export const SiteFooter = ({ locale, settings, pageLinks = [] }: Props) => {
  const t = getTranslator(locale)
  const { contact } = settings
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="footer-city">{settings.cityName}</p>
        {contact.address ? <p className="pre-line">{contact.address}</p> : null}
        {contact.phone ? (
          <p>
            {t('home.phone')} : <a href={telHref(contact.phone)}>{contact.phone}</a>
          </p>
        ) : null}
        {pageLinks.length > 0 ? (
          <nav aria-label={t('services.pages.footerNav')}>
            <ul className="footer-links">
              {pageLinks.map((link) => (
                <li key={link.key}>
                  <Link href={link.href}>{link.title}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </footer>
  )
}
