import { eventCategories } from '@collections/Events'
import { isLocale, type Locale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getTranslator, type MessageKey } from '@/i18n/translate'
import { buildICalendar, type IcsEvent, icsFileName, localToInstant } from '@engines/calendar'
import { eventRecurrence, getPublishedEvents } from '@/lib/data/events'
import { getPayloadClient } from '@/lib/data/payload'
import { getSiteSettings } from '@/lib/data/siteSettings'
import { allEventsFile } from '@/lib/feeds/links'
import type { Event } from '@/payload-types'
import { siteUrl } from '@/utilities/siteUrl'

const notFound = () =>
  new Response('Calendrier introuvable. / Calendar not found.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })

/**
 * Calendar apps poll a subscription every few hours, and many residents share one: a shared cache
 * (nginx, a CDN) may answer for five minutes, as the RSS feeds do for one, so an edited event
 * reaches subscribers at their next poll.
 */
const icsCacheControl = 'public, max-age=300'

/** One event (with its recurrence) as the iCalendar engine's input. */
const toIcsEvent = (event: Event, locale: Locale, base: string): IcsEvent => {
  const recurrence = eventRecurrence(event)
  return {
    uid: `evenement-${event.id}@${new URL(base).hostname}`,
    summary: event.title,
    description: event.summary,
    location: [event.place?.name, event.place?.address].filter(Boolean).join(', ') || null,
    url: `${base}${sectionHref(locale, 'events', event.slug)}`,
    start: localToInstant(recurrence.start),
    end: event.endsAt ? new Date(event.endsAt) : null,
    isAllDay: Boolean(event.isAllDay),
    recurrence: event.recurrence?.rrule ? recurrence : null,
    geo:
      event.place?.lat != null && event.place?.lng != null
        ? { lat: event.place.lat, lng: event.place.lng }
        : null,
    lastModified: new Date(event.updatedAt),
  }
}

/**
 * Events as iCalendar: `{id}.ics` one event to import, `tous.ics` / `all.ics` every published event
 * and `{category}.ics` one category, as subscriptions a calendar app refreshes (stable UIDs, so an
 * update replaces the event instead of duplicating it).
 */
export const GET = async (
  _request: Request,
  { params }: { params: Promise<{ locale: string; file: string }> },
) => {
  const { locale, file } = await params
  const match = /^([a-z0-9-]{1,40})\.ics$/.exec(file)
  if (!isLocale(locale) || !match) return notFound()
  const base = siteUrl()
  const name = match[1]
  if (/^\d{1,9}$/.test(name)) {
    const payload = await getPayloadClient()
    const event = await payload.findByID({
      collection: 'events',
      id: Number(name),
      locale,
      depth: 0,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!event)
      return new Response('Événement introuvable. / Event not found.', {
        status: 404,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      })
    const ics = buildICalendar({ name: event.title, events: [toIcsEvent(event, locale, base)] })
    return new Response(ics, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Cache-Control': icsCacheControl,
        'Content-Disposition': `attachment; filename="${icsFileName(event.title)}"`,
      },
    })
  }
  const category = eventCategories.find((c) => c.value === name)
  if (name !== allEventsFile[locale] && !category) return notFound()
  const settings = await getSiteSettings(locale)
  if (locale === 'en' && !settings.englishEnabled) return notFound()
  const t = getTranslator(locale)
  const events = (await getPublishedEvents(locale)).filter(
    (event) => !category || event.category === category.value,
  )
  const title = category
    ? `${t('events.title')} — ${t(`events.categories.${category.value}` as MessageKey)} — ${settings.cityName}`
    : `${t('events.title')} — ${settings.cityName}`
  const items = events.map((event) => toIcsEvent(event, locale, base))
  let ics: string
  try {
    ics = buildICalendar({ name: title, events: items })
  } catch {
    // One event the engine refuses (a rule it cannot write) must not take the whole calendar down.
    const valid = items.filter((item) => {
      try {
        buildICalendar({ name: title, events: [item] })
        return true
      } catch {
        return false
      }
    })
    ics = buildICalendar({ name: title, events: valid })
  }
  // A subscription, read in place by calendar apps: no attachment header.
  return new Response(ics, {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': icsCacheControl },
  })
}
