import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { tags } from '@/lib/cache/tags'
import type { Department, Media, Service } from '@/payload-types'

import { andWrittenIn } from './localeVersion'
import { getPayloadClient } from './payload'
import { city } from '@engines/city'

export type ServiceCrumb = { label: string; url: string }

/** What the catalogue, its search and the sitemap need of one published service. */
export type ServiceEntry = {
  id: number
  title: string
  summary: string
  keywords: string | null
  isFeatured: boolean
  parentId: number | null
  /** The path under the catalogue in this language, from the breadcrumbs ("/permis/piscine"). */
  path: string
  /** Ancestors then the service itself. */
  breadcrumbs: ServiceCrumb[]
  updatedAt: string
}

export type ServiceNode = ServiceEntry & { children: ServiceNode[] }

export type ServicePageData = {
  service: Omit<Service, 'department' | 'documents'> & {
    department: Department | null
    documents: Media[]
  }
  breadcrumbs: ServiceCrumb[]
  children: ServiceEntry[]
}

/** The public URL of a service from its catalogue path ("/fr/services/permis/piscine"). */
export const serviceHref = (locale: Locale, path: string): string =>
  `${sectionHref(locale, 'services')}${path}`

const byTitle = (locale: Locale) => (a: { title: string }, b: { title: string }) =>
  a.title.localeCompare(b.title, city.languageTags[locale])

const idOf = (value: number | { id: number } | null | undefined): number | null =>
  value == null ? null : typeof value === 'number' ? value : value.id

const crumbsOf = (doc: Pick<Service, 'breadcrumbs'>): ServiceCrumb[] =>
  (doc.breadcrumbs ?? []).flatMap((c) => (c.url && c.label ? [{ label: c.label, url: c.url }] : []))

const toEntry = (doc: Service): ServiceEntry | null => {
  const breadcrumbs = crumbsOf(doc)
  const path = breadcrumbs.at(-1)?.url
  if (!path) return null
  return {
    id: doc.id,
    title: doc.title,
    summary: doc.summary,
    keywords: doc.keywords ?? null,
    isFeatured: Boolean(doc.isFeatured),
    parentId: idOf(doc.parent),
    path,
    breadcrumbs,
    updatedAt: doc.updatedAt,
  }
}

/**
 * Every service an anonymous visitor may read in one language, sorted by title. A service whose
 * parent is unpublished is left out with its whole branch: its URL goes through the hidden parent.
 */
export const loadServiceEntries = async (
  payload: Payload,
  locale: Locale,
): Promise<ServiceEntry[]> => {
  const { docs } = await payload.find({
    collection: 'services',
    locale,
    limit: 1000,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    // In English, only the services written in English (their breadcrumbs would otherwise fall back to French paths).
    where: andWrittenIn(locale),
    select: {
      title: true,
      summary: true,
      keywords: true,
      isFeatured: true,
      parent: true,
      breadcrumbs: true,
      updatedAt: true,
    },
  })
  const entries = (docs as Service[]).flatMap((doc) => toEntry(doc) ?? [])
  const byId = new Map(entries.map((e) => [e.id, e]))
  const isReachable = (entry: ServiceEntry, seen = new Set<number>()): boolean => {
    if (entry.parentId === null) return true
    const parent = byId.get(entry.parentId)
    if (!parent || seen.has(parent.id)) return false
    seen.add(parent.id)
    return isReachable(parent, seen)
  }
  return entries.filter((e) => isReachable(e)).sort(byTitle(locale))
}

/** Nests entries under their parents; the input order (by title) is kept at every level. */
export const buildServiceTree = (entries: ServiceEntry[]): ServiceNode[] => {
  const nodes = new Map<number, ServiceNode>(entries.map((e) => [e.id, { ...e, children: [] }]))
  const roots: ServiceNode[] = []
  for (const entry of entries) {
    const node = nodes.get(entry.id) as ServiceNode
    const parent = entry.parentId === null ? undefined : nodes.get(entry.parentId)
    if (parent) parent.children.push(node)
    else if (entry.parentId === null) roots.push(node)
  }
  return roots
}

/** Lowercase, accents and punctuation removed: "Déneigement" and "deneigement" compare equal. */
export const normalizeForSearch = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim()

/**
 * Services whose title, summary or keywords contain every word of the query, accents ignored;
 * title matches first. A plain scan is plenty for a catalogue of a few hundred services.
 */
export const searchServices = (entries: ServiceEntry[], query: string): ServiceEntry[] => {
  const words = normalizeForSearch(query).split(' ').filter(Boolean)
  if (words.length === 0) return []
  const scored = entries.flatMap((entry) => {
    const title = normalizeForSearch(entry.title)
    const text = `${title} ${normalizeForSearch(entry.summary)} ${normalizeForSearch(entry.keywords ?? '')}`
    if (!words.every((w) => text.includes(w))) return []
    return [{ entry, score: words.filter((w) => title.includes(w)).length }]
  })
  return scored.sort((a, b) => b.score - a.score).map((s) => s.entry)
}

/**
 * One published service by its path in this language ("permis", "permis-renovation", "piscine"),
 * with its published children, or null. The last segment names the service (slugs are unique per
 * language); the whole path must equal its breadcrumb URL and every ancestor must be published.
 */
export const findServiceByPath = async (
  payload: Payload,
  locale: Locale,
  segments: string[],
): Promise<ServicePageData | null> => {
  const slug = segments.at(-1)
  if (!slug || segments.some((s) => !/^[a-z0-9-]{1,100}$/.test(s))) return null
  const { docs } = await payload.find({
    collection: 'services',
    locale,
    limit: 1,
    depth: 1,
    overrideAccess: false,
    where: { slug: { equals: slug } },
  })
  const doc = docs[0]
  if (!doc) return null
  const breadcrumbs = crumbsOf(doc)
  if (breadcrumbs.at(-1)?.url !== `/${segments.join('/')}`) return null
  const ancestorIds = (doc.breadcrumbs ?? []).slice(0, -1).flatMap((c) => idOf(c.doc) ?? [])
  if (ancestorIds.length > 0) {
    const { totalDocs } = await payload.count({
      collection: 'services',
      locale,
      overrideAccess: false,
      where: { id: { in: ancestorIds } },
    })
    if (totalDocs !== ancestorIds.length) return null
  }
  const children = await payload.find({
    collection: 'services',
    locale,
    limit: 200,
    depth: 0,
    overrideAccess: false,
    where: { parent: { equals: doc.id } },
    select: {
      title: true,
      summary: true,
      keywords: true,
      isFeatured: true,
      parent: true,
      breadcrumbs: true,
      updatedAt: true,
    },
  })
  const department = doc.department && typeof doc.department === 'object' ? doc.department : null
  const documents = (doc.documents ?? []).filter(
    (d): d is Media => typeof d === 'object' && d !== null,
  )
  return {
    service: { ...doc, department, documents },
    breadcrumbs,
    children: (children.docs as Service[]).flatMap((c) => toEntry(c) ?? []).sort(byTitle(locale)),
  }
}

/** The published catalogue of one language, cached until a service changes. */
export const getServiceEntries = (locale: Locale): Promise<ServiceEntry[]> =>
  unstable_cache(
    async () => loadServiceEntries(await getPayloadClient(), locale),
    ['service-entries', locale],
    {
      tags: [tags.services],
    },
  )()

/** The catalogue as a tree: the top-level themes with their descendants. */
export const getServiceTree = async (locale: Locale): Promise<ServiceNode[]> =>
  buildServiceTree(await getServiceEntries(locale))

/** One service page by its path segments in the visitor's language, or null. */
export const getServiceByPath = (
  locale: Locale,
  segments: string[],
): Promise<ServicePageData | null> =>
  unstable_cache(
    async () => findServiceByPath(await getPayloadClient(), locale, segments),
    ['service-by-path', locale, ...segments],
    { tags: [tags.services, tags.departments] },
  )()
