import { isLocale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { buildICalendar, icsFileName, localToInstant } from '@/lib/calendar'
import { eventRecurrence } from '@/lib/data/events'
import { getPayloadClient } from '@/lib/data/payload'
import { siteUrl } from '@/utilities/siteUrl'

/** One event (with its recurrence) as an .ics file calendar apps can import. */
export const GET = async (_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) => {
  const { locale, file } = await params
  const match = /^(\d{1,9})\.ics$/.exec(file)
  if (!isLocale(locale) || !match) return new Response('Not found', { status: 404 })
  const payload = await getPayloadClient()
  const event = await payload.findByID({ collection: 'events', id: Number(match[1]), locale, depth: 0, overrideAccess: false, disableErrors: true })
  if (!event) return new Response('Événement introuvable. / Event not found.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const recurrence = eventRecurrence(event)
  const base = siteUrl()
  const ics = buildICalendar({
    name: event.title,
    events: [
      {
        uid: `evenement-${event.id}@${new URL(base).hostname}`,
        summary: event.title,
        description: event.summary,
        location: [event.place?.name, event.place?.address].filter(Boolean).join(', ') || null,
        url: `${base}${sectionHref(locale, 'events', event.slug)}`,
        start: localToInstant(recurrence.start),
        end: event.endsAt ? new Date(event.endsAt) : null,
        isAllDay: Boolean(event.isAllDay),
        recurrence: event.recurrence?.rrule ? recurrence : null,
        geo: event.place?.lat != null && event.place?.lng != null ? { lat: event.place.lat, lng: event.place.lng } : null,
        lastModified: new Date(event.updatedAt),
      },
    ],
  })
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${icsFileName(event.title)}"`,
    },
  })
}
