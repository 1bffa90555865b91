import type { Locale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'

export type FeedLink = { href: string; type: string; title: string }

/** The whole city's events as one iCalendar subscription: /fr/evenements/ics/tous.ics, /en/events/ics/all.ics. */
export const allEventsFile = { fr: 'tous', en: 'all' } as const satisfies Record<Locale, string>

/** The iCalendar subscription of every event, or of one category ('sport' → …/ics/sport.ics). */
export const eventsCalendarHref = (locale: Locale, category?: string | null) =>
  `${sectionHref(locale, 'events')}/ics/${category ?? allEventsFile[locale]}.ics`

/** A sector's notices as RSS (the notices of "my sector"). */
export const sectorNoticesFeedHref = (locale: Locale, sectorCode: string) =>
  `${sectionHref(locale, 'notices')}/rss.xml?${new URLSearchParams({ sector: sectorCode }).toString()}`

const titles: Record<Locale, { news: string; notices: string; cap: string; events: string }> = {
  fr: {
    news: 'Actualités (RSS)',
    notices: 'Avis publics (RSS)',
    cap: 'Alertes au format CAP (Atom)',
    events: 'Calendrier des événements (iCalendar)',
  },
  en: {
    news: 'News (RSS)',
    notices: 'Public notices (RSS)',
    cap: 'Alerts in CAP format (Atom)',
    events: 'Events calendar (iCalendar)',
  },
}

/**
 * The site-wide feeds, for `<link rel="alternate">` autodiscovery in every page's head and the
 * footer's visible "S'abonner" links. The sector feeds (notices, collection days) are offered on the
 * pages that know the resident's sector.
 */
export const feedLinks = (locale: Locale): FeedLink[] => [
  {
    href: `${sectionHref(locale, 'news')}/rss.xml`,
    type: 'application/rss+xml',
    title: titles[locale].news,
  },
  {
    href: `${sectionHref(locale, 'notices')}/rss.xml`,
    type: 'application/rss+xml',
    title: titles[locale].notices,
  },
  {
    href: `${sectionHref(locale, 'notices')}/cap.xml`,
    type: 'application/atom+xml',
    title: titles[locale].cap,
  },
  { href: eventsCalendarHref(locale), type: 'text/calendar', title: titles[locale].events },
]
