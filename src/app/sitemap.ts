import type { MetadataRoute } from 'next'

import type { Locale } from '@/i18n/config'
import { type Section, sectionHref } from '@/i18n/routes'
import { getServiceEntries, serviceHref } from '@/lib/data/services'
import { getSitemapDocs } from '@/lib/data/sitemap'
import { getPetitionList } from '@/lib/data/petitions'
import { getSurveyListWithState } from '@/lib/data/surveys'
import { getSiteSettings } from '@/lib/data/siteSettings'
import { siteUrl } from '@/utilities/siteUrl'
import { canSeeResults, surveyHref } from '@plugins/surveys/frontend'

// Built per request from cached data: the build never needs the database.
export const dynamic = 'force-dynamic'

/** Every public page in French, and in English when the city publishes in English. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const settings = await getSiteSettings('fr')
  const locales: Locale[] = settings.englishEnabled ? ['fr', 'en'] : ['fr']
  const entries: MetadataRoute.Sitemap = []
  const sections: Section[] = [
    'news',
    'notices',
    'events',
    'collections',
    'services',
    'surveys',
    'petitions',
    'activities',
    'requests',
    'search',
  ]
  const now = new Date()
  for (const locale of locales) {
    entries.push({ url: `${base}/${locale}`, changeFrequency: 'daily', priority: 1 })
    for (const section of sections)
      entries.push({
        url: `${base}${sectionHref(locale, section)}`,
        changeFrequency: 'daily',
        priority: 0.8,
      })
    const docs = await getSitemapDocs(locale)
    for (const item of docs.news)
      entries.push({
        url: `${base}${sectionHref(locale, 'news', item.slug)}`,
        lastModified: item.updatedAt,
      })
    for (const item of docs.notices)
      entries.push({
        url: `${base}${sectionHref(locale, 'notices', item.slug)}`,
        lastModified: item.updatedAt,
      })
    for (const item of docs.events)
      entries.push({
        url: `${base}${sectionHref(locale, 'events', item.slug)}`,
        lastModified: item.updatedAt,
      })
    for (const item of docs.pages)
      entries.push({ url: `${base}/${locale}/${item.slug}`, lastModified: item.updatedAt })
    for (const service of await getServiceEntries(locale))
      entries.push({
        url: `${base}${serviceHref(locale, service.path)}`,
        lastModified: service.updatedAt,
      })
    // Open surveys, and closed ones whose results are public (with their results page).
    for (const survey of await getSurveyListWithState(locale, now)) {
      const hasPublicResults = canSeeResults(survey, { now })
      if (survey.state !== 'open' && !(survey.state === 'closed' && hasPublicResults)) continue
      entries.push({ url: `${base}${surveyHref(locale, survey.slug)}`, changeFrequency: 'daily' })
      if (hasPublicResults)
        entries.push({
          url: `${base}${surveyHref(locale, survey.slug, 'results')}`,
          changeFrequency: 'daily',
        })
    }
    // Petitions the public reads (open, closed with their outcome, inadmissible with the reason).
    for (const petition of await getPetitionList(locale, { status: 'all', area: 'all' }))
      entries.push({
        url: `${base}${sectionHref(locale, 'petitions', petition.slug)}`,
        changeFrequency: 'daily',
      })
  }
  return entries
}
