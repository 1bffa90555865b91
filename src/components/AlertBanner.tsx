import Link from 'next/link'

import type { Locale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import type { NoticeSummary } from '@/lib/data/notices'

type Props = { locale: Locale; notices: NoticeSummary[] }

/**
 * Emergencies and warnings in force, on every page, most severe first. Nothing when calm. Kept
 * short on a phone: one line per alert, its title being the link to the notice (the whole title
 * stays the link's name for screen readers).
 */
export const AlertBanner = ({ locale, notices }: Props) => {
  if (notices.length === 0) return null
  const t = getTranslator(locale)
  return (
    <section className="alert-banner" aria-label={t('banner.label')}>
      <ul className="container">
        {notices.map((notice) => (
          <li key={notice.id} className={`alert alert-${notice.severity}`}>
            <strong className="alert-severity">
              {notice.severity === 'emergency' ? t('banner.emergency') : t('banner.warning')}
            </strong>{' '}
            <Link
              className="alert-link"
              href={sectionHref(locale, 'notices', notice.slug)}
              prefetch={false}
            >
              {notice.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
