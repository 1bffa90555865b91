import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { htmlLang, isLocale, type Locale } from '@/i18n/config'
import { eventMonthHref, sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import {
  cityTimeZone,
  currentLocalMonth,
  instantToLocalDate,
  isLocalMonth,
  shiftMonth,
} from '@engines/calendar'
import { getEventMonth } from '@/lib/data/events'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ locale: string; month: string }> }

// Rendered on first request, then served from the cache until an event changes (tag) or the
// layout's one-minute bound passes (which moves the "today" mark after midnight).
export const generateStaticParams = () => []

// A year back and two ahead: enough for residents, and no crawler can fill the page cache with
// calendars of the year 3000.
const monthsBack = 12
const monthsAhead = 24

const isInWindow = (month: string, now: Date) =>
  month >= shiftMonth(currentLocalMonth(now), -monthsBack) &&
  month <= shiftMonth(currentLocalMonth(now), monthsAhead)

// Month names and weekdays from Intl, at noon UTC on a date-only value: no zone can move the day.
const atNoon = (date: string) => new Date(`${date}T12:00:00Z`)
const monthLabel = (locale: Locale, month: string) =>
  new Intl.DateTimeFormat(htmlLang[locale], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(atNoon(`${month}-01`))
const weekdayLabel = (locale: Locale, date: string, weekday: 'long' | 'short') =>
  new Intl.DateTimeFormat(htmlLang[locale], { weekday, timeZone: 'UTC' }).format(atNoon(date))
const timeLabel = (locale: Locale, instant: string) =>
  new Intl.DateTimeFormat(htmlLang[locale], { timeStyle: 'short', timeZone: cityTimeZone }).format(
    new Date(instant),
  )

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, month } = await params
  if (!isLocale(locale) || !isLocalMonth(month)) return {}
  return pageMetadata({
    locale,
    title: getTranslator(locale)('calendar.monthTitle', { month: monthLabel(locale, month) }),
    paths: { fr: eventMonthHref('fr', month), en: eventMonthHref('en', month) },
  })
}

export default async function EventMonthPage({ params }: Props) {
  const { locale, month } = await params
  if (!isLocale(locale) || !isLocalMonth(month)) notFound()
  await requirePublishedLocale(locale, { frenchPath: eventMonthHref('fr', month) })
  const now = new Date()
  if (!isInWindow(month, now)) notFound()
  const t = getTranslator(locale)
  const { weeks, count } = await getEventMonth(locale, month)
  const today = instantToLocalDate(now)
  const previous = shiftMonth(month, -1)
  const next = shiftMonth(month, 1)
  const label = monthLabel(locale, month)
  return (
    <div className="container stack">
      <p>
        <Link href={sectionHref(locale, 'events')}>{t('calendar.listView')}</Link>
      </p>
      <h1>{t('calendar.monthTitle', { month: label })}</h1>
      <nav aria-label={t('calendar.monthNav')} className="pagination month-nav">
        {isInWindow(previous, now) ? (
          <Link href={eventMonthHref(locale, previous)} rel="prev">
            <span aria-hidden="true">← </span>
            {t('calendar.previousMonth', { month: monthLabel(locale, previous) })}
          </Link>
        ) : null}
        {isInWindow(next, now) ? (
          <Link href={eventMonthHref(locale, next)} rel="next">
            {t('calendar.nextMonth', { month: monthLabel(locale, next) })}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : null}
      </nav>
      <p className="meta">{t('calendar.monthCount', { count })}</p>
      <table className="month-grid">
        <caption>{t('calendar.monthCaption', { month: label })}</caption>
        <thead>
          <tr>
            {weeks[0].map((day) => (
              <th key={day.date} scope="col">
                <abbr title={weekdayLabel(locale, day.date, 'long')}>
                  {weekdayLabel(locale, day.date, 'short')}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0].date}>
              {week.map((day) => {
                const isToday = day.date === today
                const className = [
                  day.isInMonth ? null : 'is-outside',
                  day.items.length === 0 ? 'is-empty' : null,
                ]
                  .filter(Boolean)
                  .join(' ')
                return (
                  <td
                    key={day.date}
                    className={className || undefined}
                    aria-current={isToday && day.isInMonth ? 'date' : undefined}
                  >
                    {day.isInMonth ? (
                      <>
                        <p className="month-day">
                          <time dateTime={day.date}>
                            {/* Shown only on phones, where the grid becomes a list of days. */}
                            <span className="month-weekday">
                              {weekdayLabel(locale, day.date, 'long')}{' '}
                            </span>
                            {Number(day.date.slice(8))}
                          </time>
                          {isToday ? (
                            <span className="today-badge">{t('calendar.today')}</span>
                          ) : null}
                        </p>
                        {day.items.length > 0 ? (
                          <ul>
                            {day.items.map((o) => {
                              // A timed event shows its start time on the day it starts.
                              const showsTime =
                                !o.isAllDay && instantToLocalDate(new Date(o.start)) === day.date
                              return (
                                <li key={`${o.id}-${o.start}`}>
                                  <Link href={sectionHref(locale, 'events', o.slug)}>
                                    {showsTime ? (
                                      <span className="month-time">
                                        {timeLabel(locale, o.start)}{' '}
                                      </span>
                                    ) : null}
                                    {o.title}
                                  </Link>
                                </li>
                              )
                            })}
                          </ul>
                        ) : null}
                      </>
                    ) : null}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
