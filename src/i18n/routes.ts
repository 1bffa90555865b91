// Relative, not @engines/…: next.config.ts imports this file before any path alias applies.
import { city } from '../../engines/city'

import type { Locale } from './config'

/**
 * Public sections and their URL segment in each language, from the city profile (@engines/city):
 * French URLs in French. The app's folders use the French segment; next.config rewrites the English
 * one onto it.
 */
export const sections = city.segments.sections

export type Section = keyof typeof sections

/** The public URL of a section, or of one item in it. */
export const sectionHref = (locale: Locale, section: Section, slug?: string | null): string =>
  `/${locale}/${sections[section][locale]}${slug ? `/${slug}` : ''}`

/** The events month view's segment: /fr/evenements/mois/2026-12, /en/events/month/2026-12. */
export const eventMonthSegment = city.segments.pages.eventMonth

/** The month view of the events calendar for 'YYYY-MM' (the current month's redirect without one). */
export const eventMonthHref = (locale: Locale, month?: string): string =>
  `${sectionHref(locale, 'events')}/${eventMonthSegment[locale]}${month ? `/${month}` : ''}`

/** One address's collection days: /fr/collectes/adresse/123, /en/collections/address/123. */
export const addressSegment = city.segments.pages.address

export const addressScheduleHref = (locale: Locale, addressId: number): string =>
  `${sectionHref(locale, 'collections')}/${addressSegment[locale]}/${addressId}`

/** A survey's own pages after its slug: /fr/sondages/{slug}/resultats, /en/surveys/{slug}/results. */
export const surveySubpages = {
  results: { fr: 'resultats', en: 'results' },
  thanks: { fr: 'merci', en: 'thank-you' },
} as const

/** The petition filing page: /fr/petitions/nouvelle, /en/petitions/new (plugins/petitions/lib/routes.ts). */
export const petitionFilingSegment = { fr: 'nouvelle', en: 'new' } as const

/** The petitions' unsubscribe page: /fr/petitions/desabonnement, /en/petitions/unsubscribe. */
export const petitionUnsubscribeSegment = { fr: 'desabonnement', en: 'unsubscribe' } as const
/** A visitor's signature confirmation page: /fr/petitions/confirmer, /en/petitions/confirm. */
export const petitionConfirmSegment = { fr: 'confirmer', en: 'confirm' } as const
/** A hold's page under the programme: /fr/loisirs/reservation/{ref}, /en/activities/hold/{ref} (plugins/activities/lib/routes.ts). */
export const activityHoldSegment = { fr: 'reservation', en: 'hold' } as const

/** English URL rewrites onto the French folders (used by next.config). */
export const englishRewrites = () => [
  {
    source: `/en/${sections.collections.en}/${addressSegment.en}/:id`,
    destination: `/en/${sections.collections.fr}/${addressSegment.fr}/:id`,
  },
  // Before the section rules, which would keep the English segment after the slug.
  ...Object.values(surveySubpages).map((segments) => ({
    source: `/en/${sections.surveys.en}/:slug/${segments.en}`,
    destination: `/en/${sections.surveys.fr}/:slug/${segments.fr}`,
  })),
  // The petition filing page (the petitions' segment is the same in both languages).
  {
    source: `/en/${sections.petitions.en}/${petitionFilingSegment.en}`,
    destination: `/en/${sections.petitions.fr}/${petitionFilingSegment.fr}`,
  },
  // The outcome emails' unsubscribe page (plugins/petitions/lib/routes.ts).
  {
    source: `/en/${sections.petitions.en}/${petitionUnsubscribeSegment.en}`,
    destination: `/en/${sections.petitions.fr}/${petitionUnsubscribeSegment.fr}`,
  },
  // A visitor's signature confirmation page.
  {
    source: `/en/${sections.petitions.en}/${petitionConfirmSegment.en}`,
    destination: `/en/${sections.petitions.fr}/${petitionConfirmSegment.fr}`,
  },
  // A hold's page (before the section rules, which would keep `hold`).
  {
    source: `/en/${sections.activities.en}/${activityHoldSegment.en}/:reference`,
    destination: `/en/${sections.activities.fr}/${activityHoldSegment.fr}/:reference`,
  },
  // Before the section rules, which would send it to /en/requetes/new (a tracking number's page).
  {
    source: `/en/${sections.requests.en}/new`,
    destination: `/en/${sections.requests.fr}/nouvelle`,
  },
  { source: `/en/${languageSegment.en}`, destination: `/en/${languageSegment.fr}` },
  // Before the section rules, which would send it to /en/evenements/month/….
  {
    source: `/en/${sections.events.en}/${eventMonthSegment.en}`,
    destination: `/en/${sections.events.fr}/${eventMonthSegment.fr}`,
  },
  {
    source: `/en/${sections.events.en}/${eventMonthSegment.en}/:month`,
    destination: `/en/${sections.events.fr}/${eventMonthSegment.fr}/:month`,
  },
  ...Object.values(sections)
    .filter((segments) => (segments.en as string) !== segments.fr)
    .flatMap((segments) => [
      { source: `/en/${segments.en}`, destination: `/en/${segments.fr}` },
      { source: `/en/${segments.en}/:path*`, destination: `/en/${segments.fr}/:path*` },
    ]),
]

/** The page that sends a visitor to the same page in another language: /fr/langue, /en/language. */
export const languageSegment = city.segments.pages.language

/** The language switch's address for the page at `pathname` (its query string is dropped). */
export const languageSwitchHref = (target: Locale, pathname: string): string =>
  `/${target}/${languageSegment[target]}?${new URLSearchParams({ page: pathname }).toString()}`
