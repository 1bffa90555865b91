import { isLocale } from '@/i18n/config'
import { getTranslator, type MessageKey } from '@/i18n/translate'
import { buildICalendar, icsFileName, localToInstant } from '@engines/calendar'
import { getSchedulesForSector } from '@/lib/data/addresses'
import { getSectors } from '@/lib/data/directory'
import { scheduleRecurrence } from '@/lib/schedules/recurrence'
import { getSiteSettings } from '@/lib/data/siteSettings'
import { siteUrl } from '@/utilities/siteUrl'

/**
 * A sector's waste collections as an iCalendar subscription (/fr/collectes/plateau.ics): one
 * recurring all-day event per stream, with cancelled and moved dates, in the city's time zone (`@engines/city`).
 */
export const GET = async (
  _request: Request,
  { params }: { params: Promise<{ locale: string; file: string }> },
) => {
  const { locale, file } = await params
  const match = /^([a-z0-9-]{2,40})\.ics$/.exec(file)
  if (!isLocale(locale) || !match) return new Response('Not found', { status: 404 })
  const sector = (await getSectors(locale)).find((s) => s.code === match[1])
  if (!sector)
    return new Response('Secteur inconnu. / Unknown sector.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  const { schedules } = await getSchedulesForSector(locale, sector.id)
  const settings = await getSiteSettings(locale)
  const t = getTranslator(locale)
  const host = new URL(siteUrl()).hostname
  const name = `${t('schedules.calendarName')} — ${sector.name} — ${settings.cityName}`
  const ics = buildICalendar({
    name,
    url: `${siteUrl()}/${locale}/collectes/${sector.code}.ics`,
    refreshIntervalHours: 24,
    events: schedules.map((schedule) => {
      const recurrence = scheduleRecurrence(schedule)
      return {
        uid: `collecte-${schedule.id}@${host}`,
        summary: t(`schedules.streams.${schedule.stream}` as MessageKey),
        description:
          schedule.notes ?? t('schedules.binsOut', { time: schedule.timeOfDay ?? '07:00' }),
        start: localToInstant(recurrence.start),
        isAllDay: true,
        lastModified: new Date(schedule.updatedAt),
        recurrence,
      }
    }),
  })
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${icsFileName(name)}"`,
      'Cache-Control': 'public, max-age=3600',
    },
  })
}
