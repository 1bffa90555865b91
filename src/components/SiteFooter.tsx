import type { Locale } from '@/i18n/config'
import { getTranslator } from '@/i18n/translate'
import type { PublicSiteSettings } from '@/lib/data/siteSettings'
import { telHref } from '@/utilities/telHref'

type Props = { locale: Locale; settings: PublicSiteSettings }

export const SiteFooter = ({ locale, settings }: Props) => {
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
      </div>
    </footer>
  )
}
