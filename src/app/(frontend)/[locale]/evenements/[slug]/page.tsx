import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { formatDate, formatDateTime, formatEnd } from '@/i18n/format'
import { sectionHref } from '@/i18n/routes'
import { getTranslator, type MessageKey } from '@/i18n/translate'
import { expandOccurrences } from '@engines/calendar'
import { getViewableBySlug } from '@/lib/data/bySlug'
import { eventRecurrence } from '@/lib/data/events'
import { frenchPathOf, requirePublishedLocale } from '@/lib/seo/locale'
import { documentMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const event = await getViewableBySlug('events', locale, slug)
  return event
    ? documentMetadata({ locale, collection: 'events', section: 'events', doc: event })
    : {}
}

export default async function EventPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const event = await getViewableBySlug('events', locale, slug)
  if (!event) notFound()
  await requirePublishedLocale(locale, {
    frenchPath: await frenchPathOf('events', 'events', event.id),
  })
  const t = getTranslator(locale)
  const from = new Date()
  let dates: { start: Date; end: Date; isAllDay: boolean }[] = []
  try {
    dates = expandOccurrences(
      eventRecurrence(event),
      { from, to: new Date(from.getTime() + 366 * 86_400_000) },
      { limit: 10 },
    )
  } catch {
    dates = []
  }
  return (
    <article className="container stack prose">
      <p>
        <Link href={sectionHref(locale, 'events')}>{t('events.back')}</Link>
      </p>
      <p>
        <span className="tag">{t(`events.categories.${event.category}` as MessageKey)}</span>
      </p>
      <h1>{event.title}</h1>
      <p className="lead">{event.summary}</p>
      <section aria-labelledby="quand">
        <h2 id="quand">{event.recurrence?.rrule ? t('events.nextDates') : t('events.when')}</h2>
        <ul>
          {dates.map((d) => (
            <li key={d.start.toISOString()}>
              {d.isAllDay ? (
                <time dateTime={d.start.toISOString()}>{formatDate(locale, d.start)}</time>
              ) : (
                <>
                  <time dateTime={d.start.toISOString()}>{formatDateTime(locale, d.start)}</time>
                  {d.end.getTime() > d.start.getTime() ? (
                    <>
                      {' '}
                      (
                      <time dateTime={d.end.toISOString()} className="event-end">
                        {t('events.endsAt', { time: formatEnd(locale, d.start, d.end) })}
                      </time>
                      )
                    </>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ul>
        {event.place?.name ? (
          <p>
            {t('events.place', {
              place: [event.place.name, event.place.address].filter(Boolean).join(', '),
            })}
          </p>
        ) : null}
        {event.cost ? <p>{t('events.cost', { cost: event.cost })}</p> : null}
        <p>
          <a href={`${sectionHref(locale, 'events')}/ics/${event.id}.ics`} type="text/calendar">
            {t('events.addToCalendar')}
          </a>
        </p>
        {event.registrationUrl ? (
          <p>
            <a href={event.registrationUrl}>{t('events.register')}</a>
          </p>
        ) : null}
      </section>
      {event.body ? <RichText data={event.body} /> : null}
    </article>
  )
}
