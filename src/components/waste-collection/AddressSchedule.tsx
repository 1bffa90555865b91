import Link from 'next/link'

import type { Locale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getTranslator, type MessageKey } from '@/i18n/translate'
import { type AddressMatch, getSchedulesForSector } from '@/lib/data/addresses'
import { getSectors } from '@/lib/data/directory'
import { type NoticeSummary, getActiveNoticesForSector } from '@/lib/data/notices'
import { sectorNoticesFeedHref } from '@/lib/feeds/links'
import {
  formatClock,
  formatDay,
  formatDayTime,
  formatLongDate,
  labelColon,
} from '@/lib/schedules/format'
import { upcomingCollections, wateringRulesFor } from '@/lib/schedules/upcoming'

/** One address's next collections, notices in force, snow operations and watering rules. */
export const AddressSchedule = async ({
  locale,
  address,
}: {
  locale: Locale
  address: AddressMatch
}) => {
  const t = getTranslator(locale)
  const sector = (await getSectors(locale)).find((s) => s.id === address.sectorId)
  if (!sector) return null
  const [{ schedules, wateringRules, snowOperations }, notices] = await Promise.all([
    getSchedulesForSector(locale, sector.id),
    getActiveNoticesForSector(locale, sector.id),
  ])
  const days = upcomingCollections(schedules)
  const rules = wateringRulesFor(wateringRules, address.number)
  return (
    <>
      {notices.length > 0 ? (
        <AddressNotices locale={locale} notices={notices} sectorName={sector.name} />
      ) : null}
      <section aria-labelledby="prochaines" className="stack">
        <h2 id="prochaines">{t('collections.upcomingTitle', { address: address.label })}</h2>
        <p className="meta">{t('collections.sector', { sector: sector.name })}</p>
        {days.length === 0 ? (
          <p>{t('collections.none')}</p>
        ) : (
          <ul className="item-list">
            {days.map((day) => (
              <li key={day.date} className="card">
                <h3>
                  <time dateTime={day.date}>{formatDay(locale, day.date)}</time>
                </h3>
                <ul>
                  {day.streams.map((s) => (
                    <li key={s.stream}>
                      {t(`schedules.streams.${s.stream}` as MessageKey)}
                      {s.isMoved ? ` — ${t('collections.moved')}` : ''}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={`/${locale}/collectes/${sector.code}.ics`} type="text/calendar">
            {t('collections.subscribe')}
          </a>
        </p>
        <p>
          <a href={sectorNoticesFeedHref(locale, sector.code)} type="application/rss+xml">
            {t('feeds.sectorNotices', { sector: sector.name })}
          </a>
        </p>
      </section>
      {snowOperations.length ? (
        <section aria-labelledby="deneigement" className="stack">
          <h2 id="deneigement">{t('collections.snowTitle')}</h2>
          <ul className="item-list">
            {snowOperations.map((operation) => (
              <li key={operation.id} className="card">
                <h3>{operation.title}</h3>
                <p>
                  <span
                    className={`tag${operation.status === 'in-progress' ? ' tag-warning' : ''}`}
                  >
                    {t(`collections.snowStatus.${operation.status}` as MessageKey)}
                  </span>{' '}
                  {t('collections.snowWhen', {
                    start: formatDayTime(locale, operation.startsAt),
                    end: operation.endsAt ? formatDayTime(locale, operation.endsAt) : '—',
                  })}
                </p>
                {operation.isParkingBanned ? (
                  <p>
                    <strong>{t('collections.snowParking')}</strong>
                  </p>
                ) : null}
                {operation.notes ? <p>{operation.notes}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {rules.length ? (
        <section aria-labelledby="arrosage">
          <h2 id="arrosage">{t('collections.wateringTitle')}</h2>
          <ul>
            {rules.map((rule) => (
              <li key={rule.id}>
                <strong>{rule.name}</strong>
                {labelColon(locale)}
                {t('collections.wateringRule', {
                  days: rule.days.map((d) => t(`collections.days.${d}` as MessageKey)).join(', '),
                  start: formatClock(locale, rule.startTime),
                  end: formatClock(locale, rule.endTime),
                })}
                .{' '}
                {t('collections.wateringValid', {
                  from: formatLongDate(locale, rule.validFrom),
                  to: formatLongDate(locale, rule.validUntil),
                })}
                {rule.notes ? <span className="meta"> {rule.notes}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}

/** The notices in force where the resident lives: first, as a boil-water advisory matters more than the bins. */
const AddressNotices = ({
  locale,
  notices,
  sectorName,
}: {
  locale: Locale
  notices: NoticeSummary[]
  sectorName: string
}) => {
  const t = getTranslator(locale)
  return (
    <section aria-labelledby="avis-secteur" className="stack">
      <h2 id="avis-secteur">{t('home.addressNoticesTitle')}</h2>
      <p className="meta">{t('home.addressNoticesIntro', { sector: sectorName })}</p>
      <ul className="notice-list">
        {notices.map((notice) => (
          <li key={notice.id} className="card">
            <p>
              <span className={`tag tag-${notice.severity}`}>
                {t(`notices.severities.${notice.severity}` as MessageKey)}
              </span>{' '}
              <span className="tag">{t(`notices.kinds.${notice.kind}` as MessageKey)}</span>
            </p>
            <h3>
              <Link href={sectionHref(locale, 'notices', notice.slug)}>{notice.title}</Link>
            </h3>
            <p>{notice.summary}</p>
            <p className="meta">
              {t('notices.starts', { date: formatDayTime(locale, notice.startsAt) })} ·{' '}
              {notice.endsAt
                ? t('notices.ends', { date: formatDayTime(locale, notice.endsAt) })
                : t('notices.untilFurther')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
