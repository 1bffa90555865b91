import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { formatDateTime } from '@/i18n/format'
import { sectionHref } from '@/i18n/routes'
import { getTranslator, type MessageKey } from '@/i18n/translate'
import { instantToLocalDate } from '@/lib/calendar'
import { getEventOccurrences } from '@/lib/data/events'

// Reads the category filter from the query string: rendered per request, from cached events.
export const dynamic = 'force-dynamic'

const categories = [
  'culture',
  'sport',
  'council',
  'community',
  'environment',
  'consultation',
] as const

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ categorie?: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale) ? { title: getTranslator(locale)('events.title') } : {}
}

export default async function EventsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getTranslator(locale)
  const { categorie } = await searchParams
  const category = categories.find((c) => c === categorie) ?? null
  const now = new Date()
  // Today's events stay listed until the day is over; the next three months follow.
  const occurrences = (
    await getEventOccurrences(locale, { day: instantToLocalDate(now), days: 92, category })
  ).filter((o) => new Date(o.end) > now)
  const base = sectionHref(locale, 'events')
  return (
    <div className="container stack">
      <h1>{t('events.title')}</h1>
      <p className="lead">{t('events.intro')}</p>
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
        <button type="submit">{t('events.apply')}</button>
      </form>
      {occurrences.length === 0 ? (
        <p role="status">{t('events.empty')}</p>
      ) : (
        <ul className="item-list">
          {occurrences.slice(0, 200).map((o) => (
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
