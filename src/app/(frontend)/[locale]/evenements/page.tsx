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
} from '@/lib/calendar'
import { getEventOccurrences, getEventOccurrencesBetween } from '@/lib/data/events'
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
  searchParams: Promise<{ categorie?: string | string[]; du?: string | string[]; au?: string | string[] }>
}

// Dates in messages read as dates ("1 décembre 2026"), at noon so no zone can move the day.
const dayLabel = (locale: Locale, date: string) => formatDate(locale, localToInstant(`${date}T12:00`))

const issueMessage = (t: Translate, locale: Locale, issue: DateRangeIssue, to: string): string => {
  switch (issue.code) {
    case 'invalidFrom':
      return t('calendar.errors.invalidFrom', { value: issue.value })
    case 'invalidTo':
      return t('calendar.errors.invalidTo', { value: issue.value })
    case 'reversed':
      return t('calendar.errors.reversed', { from: dayLabel(locale, issue.from), to: dayLabel(locale, issue.to) })
    case 'outOfBounds':
      return t('calendar.errors.outOfBounds', { min: dayLabel(locale, issue.min), max: dayLabel(locale, issue.max) })
    case 'tooLong':
      return t('calendar.errors.tooLong', { maxDays: issue.maxDays, to: dayLabel(locale, to) })
  }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale) ? sectionMetadata(locale, 'events', getTranslator(locale)('events.title')) : {}
}

export default async function EventsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: sectionHref('fr', 'events') })
  const t = getTranslator(locale)
  const query = await searchParams
  const categorie = Array.isArray(query.categorie) ? query.categorie[0] : query.categorie
  const category = categories.find((c) => c === categorie) ?? null
  const now = new Date()
  const range = parseDateRange({ from: query.du, to: query.au }, { now, defaultDays: 92, maxDays: 366 })
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
  const maxShown = 200
  return (
    <div className="container stack">
      <h1>{t('events.title')}</h1>
      <p className="lead">{t('events.intro')}</p>
      <nav aria-label={t('calendar.viewsLabel')}>
        <p>
          <Link href={eventMonthHref(locale, currentLocalMonth(now))}>{t('calendar.monthView')}</Link>
        </p>
      </nav>
      <form method="get" action={base} className="filters">
        <div>
          <label htmlFor="filtre-categorie">{t('events.category')}</label>
          <select id="filtre-categorie" name="categorie" defaultValue={category ?? ''}>
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
            name="du"
            type="date"
            defaultValue={range.isDefault ? '' : range.from}
            aria-describedby="filtre-dates-aide"
          />
        </div>
        <div>
          <label htmlFor="filtre-au">{t('calendar.to')}</label>
          <input
            id="filtre-au"
            name="au"
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
        {t('calendar.rangeShown', { from: dayLabel(locale, range.from), to: dayLabel(locale, range.to) })}
      </p>
      {occurrences.length > maxShown ? (
        <p role="status">{t('calendar.truncated', { shown: maxShown, total: occurrences.length })}</p>
      ) : null}
      {occurrences.length === 0 ? (
        <p role="status">{t('events.empty')}</p>
      ) : (
        <ul className="item-list">
          {occurrences.slice(0, maxShown).map((o) => (
            <li key={`${o.id}-${o.start}`} className="card">
              <p className="meta">
                <time dateTime={o.start}>{formatDateTime(locale, o.start)}</time> ·{' '}
                <span className="tag">{t(`events.categories.${o.category}` as MessageKey)}</span>
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
    </div>
  )
}
