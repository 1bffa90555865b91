/**
 * The public URL segments of the site's sections, in each language: French URLs in French
 * (/fr/avis), English ones in English (/en/notices). Part of the city profile: a city names its
 * sections here. The app's page folders carry the French segment (Next's file routing) and the
 * English one is rewritten onto them (next.config), so a changed French segment also renames its
 * folder under src/app/(frontend)/[locale]/ and its entry in src/proxy.ts's matcher: the unit test
 * tests/unit/citySegments.test.ts names both when they disagree.
 */
type Segment = { fr: string; en: string }

export type CitySegments = {
  sections: Record<
    | 'news'
    | 'notices'
    | 'collections'
    | 'events'
    | 'services'
    | 'account'
    | 'search'
    | 'surveys'
    | 'requests'
    | 'petitions'
    | 'activities',
    Segment
  >
  pages: Record<'eventMonth' | 'address' | 'language', Segment>
}

export const quebecSegments = {
  sections: {
    news: { fr: 'actualites', en: 'news' },
    notices: { fr: 'avis', en: 'notices' },
    collections: { fr: 'collectes', en: 'collections' },
    events: { fr: 'evenements', en: 'events' },
    services: { fr: 'services', en: 'services' },
    account: { fr: 'mon-dossier', en: 'my-account' },
    search: { fr: 'recherche', en: 'search' },
    surveys: { fr: 'sondages', en: 'surveys' },
    requests: { fr: 'requetes', en: 'requests' },
    petitions: { fr: 'petitions', en: 'petitions' },
    activities: { fr: 'loisirs', en: 'activities' },
  },
  /** Pages under a section, and the language switch. */
  pages: {
    /** /fr/evenements/mois/2026-12, /en/events/month/2026-12 */
    eventMonth: { fr: 'mois', en: 'month' },
    /** /fr/collectes/adresse/123, /en/collections/address/123 */
    address: { fr: 'adresse', en: 'address' },
    /** /fr/langue?page=…, /en/language?page=… */
    language: { fr: 'langue', en: 'language' },
  },
} as const satisfies CitySegments
