import type { Locale } from '@/i18n/config'
import { isLocale } from '@/i18n/config'
import {
  addressScheduleHref,
  addressSegment,
  eventMonthHref,
  eventMonthSegment,
  type Section,
  sectionHref,
  sections,
} from '@/i18n/routes'
import { accountHref, accountPages } from '@plugins/citizen-accounts/frontend'
import { newRequestHref, newRequestSegment } from '@plugins/service-requests/frontend'
import { surveyHref, surveyPages } from '@plugins/surveys/frontend'

import { getLocalizedSlugs, getPublishedBySlug, getServicePaths } from './bySlug'
import { getServiceByPath } from './services'

/**
 * Where the language switch leads: the same page in the other language (`href`), or — when that
 * page has no version in it — nothing, with the list it belongs to (`listHref`) and the page as it
 * is (`sourceHref`), so the visitor is told rather than sent to a 404 or to the home page.
 */
export type OtherLanguage = { href: string } | { href: null; listHref: string; sourceHref: string }

const documentSections = { news: 'news', notices: 'notices', events: 'events' } as const

const sectionOf = (segment: string | undefined): Section | null => {
  if (!segment) return null
  for (const [section, segments] of Object.entries(sections)) {
    if (segments.fr === segment || segments.en === segment) return section as Section
  }
  return null
}

const keyOf = <K extends string>(
  map: Record<K, Record<Locale, string>>,
  segment: string | undefined,
): K | null => {
  for (const [key, segments] of Object.entries(map) as [K, Record<Locale, string>][]) {
    if (segment !== undefined && (segments.fr === segment || segments.en === segment)) return key
  }
  return null
}

const isSafeSegment = (segment: string) => /^[\p{L}\p{N}._-]{1,120}$/u.test(segment)

/** A published document's address in `target` from its slug in `source`, when it is written in `target`. */
const documentIn = async (
  collection: 'news' | 'notices' | 'events' | 'pages',
  { source, target, slug }: { source: Locale; target: Locale; slug: string },
): Promise<string | null | undefined> => {
  const doc = await getPublishedBySlug(collection, source, slug)
  if (!doc) return undefined
  const slugs = await getLocalizedSlugs(collection, doc.id)
  return slugs[target] ?? null
}

/**
 * The same page in `target` for a path of this site (`/fr/actualites/mon-article`, `/en/news/…`,
 * or the French folder an English page is served from). Unknown shapes lead to the section, or
 * to the home page of the other language when even that is unknown.
 */
export const otherLanguagePath = async (
  pathname: string,
  target: Locale,
): Promise<OtherLanguage> => {
  const home = `/${target}`
  const parts = pathname.split('?')[0].split('/').filter(Boolean)
  const source = parts[0]
  if (!isLocale(source) || !parts.every(isSafeSegment)) return { href: home }
  if (source === target) return { href: `/${parts.join('/')}` }
  const [first, second, third] = parts.slice(1)
  const sourceHref = `/${parts.join('/')}`
  if (!first) return { href: home }
  const section = sectionOf(first)
  const missing = (listHref: string): OtherLanguage => ({ href: null, listHref, sourceHref })

  if (!section) {
    // A free-form page at the top level.
    if (parts.length !== 2) return { href: home }
    const slug = await documentIn('pages', { source, target, slug: first })
    if (slug === undefined) return { href: home }
    return slug ? { href: `/${target}/${slug}` } : missing(home)
  }
  if (!second) return { href: sectionHref(target, section) }

  switch (section) {
    case 'news':
    case 'notices':
    case 'events': {
      if (section === 'events' && keyOf({ month: eventMonthSegment }, second))
        return { href: eventMonthHref(target, third) }
      const slug = await documentIn(documentSections[section], { source, target, slug: second })
      if (slug === undefined) return { href: sectionHref(target, section) }
      return slug
        ? { href: sectionHref(target, section, slug) }
        : missing(sectionHref(target, section))
    }
    case 'services': {
      const found = await getServiceByPath(source, parts.slice(2))
      if (!found) return { href: sectionHref(target, 'services') }
      const path = (await getServicePaths(found.service.id))[target]
      return path ? { href: path } : missing(sectionHref(target, 'services'))
    }
    case 'collections':
      if (keyOf({ address: addressSegment }, second) && /^\d{1,9}$/.test(third ?? ''))
        return { href: addressScheduleHref(target, Number(third)) }
      return { href: sectionHref(target, 'collections') }
    case 'surveys': {
      const page = keyOf(surveyPages, third ?? '') ?? 'survey'
      return { href: surveyHref(target, second, page) }
    }
    case 'requests':
      if (keyOf({ new: newRequestSegment }, second)) return { href: newRequestHref(target) }
      return { href: sectionHref(target, 'requests', second) }
    case 'account': {
      const page = keyOf(accountPages, second) ?? 'dashboard'
      return { href: accountHref(target, page) }
    }
    default:
      return { href: sectionHref(target, section) }
  }
}
