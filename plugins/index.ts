import path from 'node:path'

import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { searchPlugin } from '@payloadcms/plugin-search'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { isEditor } from '@/access/isEditor'
import { dataDir } from '@/lib/config/env'
import { searchFields, syncSearchDoc } from '@/lib/search/sync'

import { newsCategories } from '@collections/News'
import { noticeKinds } from '@collections/Notices'
import { getTranslator, type MessageKey } from '@/i18n/translate'
import { sectionHref } from '@/i18n/routes'
import { upcomingCollections } from '@/lib/schedules/upcoming'

import { citizenAccountsPlugin } from './citizen-accounts'
import {
  eraseCitizenFollows,
  eraseCitizenRequests,
  exportCitizenFollows,
  exportCitizenRequests,
  myRequestsDashboardSection,
  serviceRequestsPlugin,
} from './service-requests'
import { petitionsPersonalData, petitionsPlugin } from './petitions'
import {
  activitiesPersonalData,
  activitiesPlugin,
  counterPaymentProvider,
  stripeWhenConfigured,
} from './activities'
import { surveysDashboardSection, surveysPersonalData, surveysPlugin } from './surveys'

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
      // The plugin lets any signed-in user (a resident too) edit or delete index entries and start
      // a full reindex: only the communications team and admins may; the index is written by hooks.
      access: { update: isEditor, delete: isEditor },
      labels: {
        singular: { fr: 'Résultat de recherche', en: 'Search result' },
        plural: { fr: 'Index de recherche', en: 'Search index' },
      },
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
    // Linked from the registration form's consent (the terms of use are the plugin's own page).
    legalPages: { privacy: { fr: '/fr/politique-confidentialite', en: '/en/privacy-policy' } },
    notifications: {
      topics: noticeKinds.map(({ value, label }) => ({ value, label })),
      // News categories a resident may follow (city-wide news, no sector).
      newsTopics: newsCategories.map(({ value, label }) => ({ value, label })),
      newsPath: ({ locale, slug }) => sectionHref(locale, 'news', slug),
      // French when the site has no English (Charter of the French Language), except safety notices.
      resolveLocale: async ({ preferredLanguage, isSafety, payload }) => {
        if (preferredLanguage === 'fr' || isSafety) return preferredLanguage
        const settings = await payload.findGlobal({
          slug: 'site-settings',
          depth: 0,
          overrideAccess: true,
        })
        return settings.englishEnabled ? 'en' : 'fr'
      },
      // What a sector's schedules collect on a date, for the reminders the evening before.
      collectionsOn: async ({ payload, sectorId, date }) => {
        const { docs } = await payload.find({
          collection: 'collection-schedules',
          where: { sector: { equals: sectorId } },
          limit: 100,
          depth: 0,
          overrideAccess: true,
        })
        const day = upcomingCollections(docs, { today: date, weeks: 1 }).find(
          (d) => d.date === date,
        )
        const label = (locale: 'fr' | 'en', stream: string) =>
          getTranslator(locale)(`schedules.streams.${stream}` as MessageKey)
        return (day?.streams ?? []).map((s) => ({
          fr: label('fr', s.stream),
          en: label('en', s.stream),
        }))
      },
    },
    // Sections other plugins add to Mon dossier: "Mes requêtes" first, then surveys for my sector.
    dashboardSections: [
      myRequestsDashboardSection({ order: 5 }),
      // The list of surveys is everyone's: the app's cached read (imported when used: that module
      // reads the Payload config this file is part of).
      surveysDashboardSection({
        order: 30,
        listSurveys: async (_payload, locale) =>
          (await import('@/lib/data/surveys')).getSurveyList(locale),
      }),
    ],
    // Law 25: requests are anonymised, survey answers and petition signatures unlinked by "Delete
    // my account" (the counts stay), and all appear in "Download my data".
    personalDataProviders: [
      { key: 'serviceRequests', export: exportCitizenRequests, erase: eraseCitizenRequests },
      { key: 'requestFollows', export: exportCitizenFollows, erase: eraseCitizenFollows },
      surveysPersonalData(),
      petitionsPersonalData(),
      // Activities: held places given back, waitlist entries withdrawn, paid registrations unlinked.
      activitiesPersonalData(),
    ],
  }),
  // Mini-surveys. Who answers is read from the citizen-accounts session cookie by the plugin itself
  // (one JWT check and one query per answer, `citizensCollection` defaults to 'citizens').
  surveysPlugin({
    // Editors can drop a survey into a page's layout; residents answer it inline.
    miniSurveyBlockIn: [{ collection: 'pages', field: 'layout' }],
  }),
  // Service requests (311): report a problem, routed to a department, followed to resolution.
  serviceRequestsPlugin({
    cityName: 'Lac-Azur',
    photosDir: path.join(dataDir(), 'request-photos'),
  }),
  // Petitions (issue 16): residents sign petitions that can oblige the City to respond or to hold a
  // public consultation, under the petition types' rules. The greffe is the administrators until
  // the staff collection gets a clerk's role of its own (a schema change).
  petitionsPlugin({
    greffeRoles: ['admin'],
    citizensCollection: 'citizens',
    addressesCollection: 'addresses',
    sectorsCollection: 'sectors',
    staffCollection: 'users',
  }),
  // Leisure activities (issue 17): the programme, registering household members with a 15-minute
  // hold that cannot oversell, payment at the counter or by bill payment with a reference number
  // (staff record it in the admin), the waitlist in strict order. Leisure staff are the
  // administrators until the staff collection gets a leisure role of its own (a schema change).
  activitiesPlugin({
    leisureRoles: ['admin'],
    citizensCollection: 'citizens',
    addressesCollection: 'addresses',
    staffCollection: 'users',
    paymentProviders: [
      counterPaymentProvider({ payee: { fr: 'Ville de Lac-Azur', en: 'City of Lac-Azur' } }),
      // Card payments by Stripe Checkout only when STRIPE_SECRET_KEY (and its webhook secret) is set.
      ...stripeWhenConfigured(),
    ],
  }),
]
