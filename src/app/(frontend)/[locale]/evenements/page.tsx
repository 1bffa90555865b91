import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '@/i18n/config'
import { formatDate, formatDateTime } from '@/i18n/format'
import { eventMonthHref, sectionHref } from '@/i18n/routes'
import { getTranslator, type MessageKey, type Translate } from '@/i18n/translate'
import {
  type DateRangeIssue,
  currentLocalMonth,
  daysBetween,
  instantToLocalDate,
  localToInstant,
  parseDateRange,
} from '@engines/calendar'
import { getEventOccurrences, getEventOccurrencesBetween } from '@/lib/data/events'
import { eventsCalendarHref } from '@/lib/feeds/links'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { sectionMetadata } from '@/lib/seo/metadata'

// Reads the filters from the query string: rendered per request, from cached events.
export const dynamic = 'force-dynamic'

const categories = [
  'culture',
  'sport',
  'council',
  'community',
  'environment',
  'consultation',
] as const

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{
    category?: string | string[]
    from?: string | string[]
    to?: string | string[]
    page?: string | string[]
  }>
}

/** Occurrences per page: a phone screen or two, not 87 in a row. */
const eventsPageSize = 20

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

// Dates in messages read as dates ("1 décembre 2026"), at noon so no zone can move the day.
const dayLabel = (locale: Locale, date: string) =>
  formatDate(locale, localToInstant(`${date}T12:00`))

const issueMessage = (t: Translate, locale: Locale, issue: DateRangeIssue, to: string): string => {
  switch (issue.code) {
    case 'invalidFrom':
      return t('calendar.errors.invalidFrom', { value: issue.value })
    case 'invalidTo':
      return t('calendar.errors.invalidTo', { value: issue.value })
    case 'reversed':
      return t('calendar.errors.reversed', {
        from: dayLabel(locale, issue.from),
        to: dayLabel(locale, issue.to),
      })
    case 'outOfBounds':
      return t('calendar.errors.outOfBounds', {
        min: dayLabel(locale, issue.min),
        max: dayLabel(locale, issue.max),
      })
    case 'tooLong':
      return t('calendar.errors.tooLong', { maxDays: issue.maxDays, to: dayLabel(locale, to) })
  }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale)
    ? sectionMetadata(locale, 'events', getTranslator(locale)('events.title'))
    : {}
}

export default async function EventsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: sectionHref('fr', 'events') })
  const t = getTranslator(locale)
  const query = await searchParams
  const asked = first(query.category)
  const category = categories.find((c) => c === asked) ?? null
  const now = new Date()
  const range = parseDateRange(
    { from: query.from, to: query.to },
    { now, defaultDays: 92, maxDays: 366 },
  )
  // The default view: what is still to come today, then the next three months (cached per day).
  // Dates a visitor asked for: every event of those days, expanded for this request only.
  const occurrences = range.isDefault
    ? (
        await getEventOccurrences(locale, {
          day: instantToLocalDate(now),
          days: daysBetween(range.from, range.to) + 1,
          category,
        })
      ).filter((o) => new Date(o.end) > now)
    : await getEventOccurrencesBetween(locale, { from: range.from, to: range.to, category })
  const base = sectionHref(locale, 'events')
  const totalPages = Math.max(1, Math.ceil(occurrences.length / eventsPageSize))
  const requestedPage = Number(first(query.page))
  const page =
    Number.isInteger(requestedPage) && requestedPage >= 1 ? Math.min(requestedPage, totalPages) : 1
  const shown = occurrences.slice((page - 1) * eventsPageSize, page * eventsPageSize)
  // The page's own filters, kept by the page links.
  const pageHref = (n: number) => {
    const search = new URLSearchParams()
    if (category) search.set('category', category)
    if (!range.isDefault) {
      search.set('from', range.from)
      search.set('to', range.to)
    }
    if (n > 1) search.set('page', String(n))
    const text = search.toString()
    return text ? `${base}?${text}` : base
  }
  return (
    <div className="container stack">
      <h1>{t('events.title')}</h1>
      <p className="lead">{t('events.intro')}</p>
      <nav aria-label={t('calendar.viewsLabel')}>
        <p>
          <Link href={eventMonthHref(locale, currentLocalMonth(now))}>
            {t('calendar.monthView')}
          </Link>
        </p>
      </nav>
      <form method="get" action={base} className="filters">
        <div>
          <label htmlFor="filtre-categorie">{t('events.category')}</label>
          <select id="filtre-categorie" name="category" defaultValue={category ?? ''}>
            <option value="">{t('events.allCategories')}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {t(`events.categories.${c}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filtre-du">{t('calendar.from')}</label>
          <input
            id="filtre-du"
            name="from"
            type="date"
            defaultValue={range.isDefault ? '' : range.from}
            aria-describedby="filtre-dates-aide"
          />
        </div>
        <div>
          <label htmlFor="filtre-au">{t('calendar.to')}</label>
          <input
            id="filtre-au"
            name="to"
            type="date"
            defaultValue={range.isDefault ? '' : range.to}
            aria-describedby="filtre-dates-aide"
          />
        </div>
        <button type="submit">{t('events.apply')}</button>
        <p id="filtre-dates-aide" className="meta filters-hint">
          {t('calendar.dateHint')}
        </p>
      </form>
      {range.issues.length > 0 ? (
        <div role="alert" className="form-error">
          {range.issues.map((issue) => (
            <p key={issue.code}>{issueMessage(t, locale, issue, range.to)}</p>
          ))}
          {range.isDefault ? <p>{t('calendar.defaultRange')}</p> : null}
        </div>
      ) : null}
      <p className="meta">
        {t('calendar.rangeShown', {
          from: dayLabel(locale, range.from),
          to: dayLabel(locale, range.to),
        })}
      </p>
      {occurrences.length === 0 ? (
        <p role="status">{t('events.empty')}</p>
      ) : (
        <ul className="item-list">
          {shown.map((o) => (
            <li key={`${o.id}-${o.start}`} className="card">
              <p className="meta">
                <time dateTime={o.start}>
                  {o.isAllDay ? formatDate(locale, o.start) : formatDateTime(locale, o.start)}
                </time>{' '}
                · <span className="tag">{t(`events.categories.${o.category}` as MessageKey)}</span>
                {o.isRecurring ? <> · {t('events.recurring')}</> : null}
              </p>
              <h2>
                <Link href={sectionHref(locale, 'events', o.slug)}>{o.title}</Link>
              </h2>
              <p>{o.summary}</p>
              {o.placeName ? (
                <p className="meta">{t('events.place', { place: o.placeName })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {totalPages > 1 ? (
        <nav aria-label={t('events.pagination')} className="pagination">
          {page > 1 ? <Link href={pageHref(page - 1)}>{t('events.previous')}</Link> : null}
          <span>{t('events.pageOf', { page, total: totalPages })}</span>
          {page < totalPages ? <Link href={pageHref(page + 1)}>{t('events.next')}</Link> : null}
        </nav>
      ) : null}
      <section aria-labelledby="abonnement-evenements">
        <h2 id="abonnement-evenements">{t('feeds.subscribe')}</h2>
        <ul className="subscribe-links">
          <li>
            <a href={eventsCalendarHref(locale)} type="text/calendar">
              {t('events.subscribe')}
            </a>
          </li>
          {category ? (
            <li>
              <a href={eventsCalendarHref(locale, category)} type="text/calendar">
                {t('events.subscribeCategory', {
                  category: t(`events.categories.${category}` as MessageKey),
                })}
              </a>
            </li>
          ) : null}
        </ul>
      </section>
    </div>
  )
}
