import path from 'node:path'

import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { searchPlugin } from '@payloadcms/plugin-search'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { dataDir } from '@/lib/config/env'
import { searchFields, syncSearchDoc } from '@/lib/search/sync'

import { noticeKinds } from '@collections/Notices'
import { getTranslator, type MessageKey } from '@/i18n/translate'
import { upcomingCollections } from '@/lib/schedules/upcoming'

import { citizenAccountsPlugin } from './citizen-accounts'
// The frontend's citizen module, not its index: the index also exports the pages (and their CSS),
// which the Payload CLI cannot load with the config.
import { getSignedInCitizen } from './citizen-accounts/frontend/citizen'
import { surveysPlugin } from './surveys'
import { surveysDashboardSection, surveysPersonalData } from './surveys/frontend/extensions'
import { serviceRequestsPlugin } from './service-requests'
import { MyRequestsSection } from './service-requests/frontend/MyRequestsSection'
import { eraseCitizenFollows, exportCitizenFollows } from './service-requests/lib/followers'
import { eraseCitizenRequests, exportCitizenRequests } from './service-requests/lib/personalData'

/**
 * Every plugin the city runs, in order: Payload's official plugins first, then this project's own
 * self-contained plugins (each a folder under plugins/ that a second city could reuse). Removing one
 * of ours from this list leaves the rest building and passing.
 */
export const plugins: Plugin[] = [
  // The services catalogue is a tree: parent + breadcrumbs, URLs built from the ancestors' slugs.
  nestedDocsPlugin({
    collections: ['services'],
    generateLabel: (_docs, doc) => String(doc.title ?? ''),
    generateURL: (docs) => docs.reduce((url, doc) => `${url}/${String(doc.slug ?? '')}`, ''),
  }),
  // One index over every public content type; the full-text ranking happens in Postgres.
  searchPlugin({
    collections: ['news', 'notices', 'events', 'services', 'pages'],
    localize: true,
    deleteDrafts: true,
    defaultPriorities: { services: 50, notices: 40, pages: 30, events: 20, news: 10 },
    beforeSync: syncSearchDoc,
    searchOverrides: {
      labels: { singular: { fr: 'Résultat de recherche', en: 'Search result' }, plural: { fr: 'Index de recherche', en: 'Search index' } },
      admin: { group: { fr: 'Administration', en: 'Administration' } },
      fields: ({ defaultFields }) => [...defaultFields, ...searchFields],
    },
  }),
  seoPlugin({
    collections: ['news', 'pages', 'services', 'events'],
    uploadsCollection: 'media',
    generateTitle: ({ doc }) => String((doc as { title?: string }).title ?? ''),
    generateDescription: ({ doc }) => String((doc as { summary?: string }).summary ?? ''),
  }),
  // Residents' accounts ("Mon dossier"), apart from staff users; also the email adapter.
  citizenAccountsPlugin({
    cityName: 'Lac-Azur',
    notifications: {
      topics: noticeKinds.map(({ value, label }) => ({ value, label })),
      // French when the site has no English (Charter of the French Language), except safety notices.
      resolveLocale: async ({ preferredLanguage, isSafety, payload }) => {
        if (preferredLanguage === 'fr' || isSafety) return preferredLanguage
        const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
        return settings.englishEnabled ? 'en' : 'fr'
      },
      // What a sector's schedules collect on a date, for the reminders the evening before.
      collectionsOn: async ({ payload, sectorId, date }) => {
        const { docs } = await payload.find({ collection: 'collection-schedules', where: { sector: { equals: sectorId } }, limit: 100, depth: 0, overrideAccess: true })
        const day = upcomingCollections(docs, { today: date, weeks: 1 }).find((d) => d.date === date)
        const label = (locale: 'fr' | 'en', stream: string) => getTranslator(locale)(`schedules.streams.${stream}` as MessageKey)
        return (day?.streams ?? []).map((s) => ({ fr: label('fr', s.stream), en: label('en', s.stream) }))
      },
    },
    // Sections other plugins add to Mon dossier: "Mes requêtes" first, then surveys for my sector.
    dashboardSections: [
      { key: 'requests', order: 5, render: ({ citizen, locale, payload }) => MyRequestsSection({ citizenId: citizen.id, locale, payload }) },
      surveysDashboardSection({ order: 30 }),
    ],
    // Law 25: requests are anonymised and survey answers unlinked by "Delete my account", and
    // both appear in "Download my data".
    personalDataProviders: [
      { key: 'serviceRequests', export: exportCitizenRequests, erase: eraseCitizenRequests },
      { key: 'requestFollows', export: exportCitizenFollows, erase: eraseCitizenFollows },
      surveysPersonalData(),
    ],
  }),
  // Mini-surveys; who the citizen is comes from the citizen-accounts plugin's frontend.
  surveysPlugin({
    // Editors can drop a survey into a page's layout; residents answer it inline.
    miniSurveyBlockIn: [{ collection: 'pages', field: 'layout' }],
    identifyCitizen: async ({ payload, headers }) => {
      const citizen = await getSignedInCitizen(payload, headers)
      if (!citizen) return null
      // The signed-in user already carries its sector (auth depth): no second read on each answer.
      const sector = (citizen as { sector?: number | { id: number } | null }).sector
      return { id: citizen.id, sid: citizen._sid ?? null, sectorId: sector && typeof sector === 'object' ? sector.id : (sector ?? null) }
    },
  }),
  // Service requests (311): report a problem, routed to a department, followed to resolution.
  serviceRequestsPlugin({ cityName: 'Lac-Azur', photosDir: path.join(dataDir(), 'request-photos') }),
]
