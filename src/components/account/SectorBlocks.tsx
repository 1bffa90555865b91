import type { Locale } from '@/i18n/config'
import { addressScheduleHref, sectionHref } from '@/i18n/routes'
import { getTranslator, type MessageKey } from '@/i18n/translate'
import { formatDay, labelColon } from '@/lib/schedules/format'
import type { CollectionDay } from '@/lib/schedules/upcoming'

export type CollectionDays = {
  days: CollectionDay[]
  addressId: number | null
}

/** The next two weeks of collection days at the citizen's address, from the sector's schedules. */
export const CollectionDaysSection = ({
  data,
  locale,
}: {
  data: CollectionDays
  locale: Locale
}) => {
  const t = getTranslator(locale)
  return (
    <section aria-labelledby="mes-collectes" className="stack">
      <h2 id="mes-collectes">{t('account.collectionsTitle')}</h2>
      {data.days.length === 0 ? (
        <p>{t('account.noCollections')}</p>
      ) : (
        <ul>
          {data.days.map((day) => (
            <li key={day.date}>
              <time dateTime={day.date}>{formatDay(locale, day.date)}</time>
              {labelColon(locale)}
              {day.streams.map((s) => t(`schedules.streams.${s.stream}` as MessageKey)).join(', ')}
            </li>
          ))}
        </ul>
      )}
      {data.addressId ? (
        <p>
          <a href={addressScheduleHref(locale, data.addressId)}>{t('account.allCollections')}</a>
        </p>
      ) : null}
    </section>
  )
}

export type SectorNotices = { id: number | string; slug?: string | null; title: string }[]

/** The notices in force in the citizen's sector, ten at most. */
export const SectorNoticesSection = ({ data, locale }: { data: SectorNotices; locale: Locale }) => {
  const t = getTranslator(locale)
  return (
    <section aria-labelledby="mes-avis" className="stack">
      <h2 id="mes-avis">{t('account.noticesTitle')}</h2>
      {data.length === 0 ? (
        <p>{t('account.noNotices')}</p>
      ) : (
        <ul>
          {data.map((n) => (
            <li key={n.id}>
              <a href={sectionHref(locale, 'notices', n.slug)}>{n.title}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
