/**
 * The query parameters each section index understands, and the one canonical address of every
 * combination of them: what the page cache keys on.
 *
 * Next caches a page by its path, never by its query string; a page that reads `searchParams`
 * is rendered on every request instead. So the proxy (src/proxy.ts) rewrites an index request
 * such as `/fr/avis?type=emergency&sector=plateau&utm_source=x` to the internal path
 * `/fr/avis/_q/sector=plateau&type=emergency`, which a cached page (`avis/%5Fq/[query]/page.tsx`)
 * renders once and serves from the cache until a tag it read expires. Only the parameters listed
 * here reach a render, each checked for its shape and written in this order, so `?x=random` or a
 * reordered query string lands on the same cache entry as the plain page. The micro-cache
 * (src/server/microCache.ts) keys on the same canonical address.
 *
 * Pure: no Next, no Payload. Shapes only (a sector code that looks like one passes; the page then
 * ignores one it does not know, as it always did).
 */
import { sections } from '../i18n/routes'

type Param = {
  /** The name the page reads, and the one the canonical address writes. */
  name: string
  /** Older names of the same parameter, read when `name` is absent and written as `name`. */
  aliases?: readonly string[]
  /** The canonical value, or null to drop the parameter. */
  normalize: (value: string) => string | null
}

const positiveInt =
  (max: number, { dropOne = true } = {}) =>
  (value: string) => {
    if (!/^\d{1,6}$/.test(value)) return null
    const n = Number(value)
    if (n < 1 || n > max || (dropOne && n === 1)) return null
    return String(n)
  }
const oneOf = (values: readonly string[]) => (value: string) =>
  values.includes(value) ? value : null
const shaped = (pattern: RegExp) => (value: string) => (pattern.test(value) ? value : null)
/** Free text typed by a resident: trimmed, spaces collapsed, at most 100 characters (as the pages read it). */
const text = (value: string) => {
  const clean = value.replace(/\s+/g, ' ').trim().slice(0, 100).trim()
  return clean ? clean : null
}

/** A request's tracking number, `2026-000123` (plugins/service-requests/requests/trackingNumber.ts). */
const trackingNumber = /^\d{4}-\d{6,14}$/
const noticeKinds = [
  'boil-water',
  'water-outage',
  'road-closure',
  'snow-clearing',
  'emergency',
  'legal',
] as const
const eventCategories = [
  'culture',
  'sport',
  'council',
  'community',
  'environment',
  'consultation',
] as const
/** A date typed in the filter: kept as typed (bounded), so the page can say what was wrong with it. */
const typedDate = (value: string) => {
  const clean = value.trim().slice(0, 30)
  return clean ? clean : null
}

/**
 * Section index → the parameters its page reads, in canonical order. Sections not listed read none.
 * Names are English; the French names earlier links carried (`?secteur=`, `?categorie=`, `?du=`,
 * `?au=`: bookmarks, RSS subscriptions, shared links) are aliases, read for ever and landing on
 * the same cache entry as the English ones.
 */
export const indexParams = {
  news: [{ name: 'page', normalize: positiveInt(1000) }],
  notices: [
    { name: 'archives', normalize: oneOf(['1']) },
    { name: 'sector', aliases: ['secteur'], normalize: shaped(/^[a-z0-9-]{1,40}$/) },
    { name: 'type', normalize: oneOf(noticeKinds) },
  ],
  events: [
    { name: 'category', aliases: ['categorie'], normalize: oneOf(eventCategories) },
    { name: 'from', aliases: ['du'], normalize: typedDate },
    { name: 'page', normalize: positiveInt(1000) },
    { name: 'to', aliases: ['au'], normalize: typedDate },
  ],
  services: [{ name: 'q', normalize: text }],
  collections: [
    { name: 'address', aliases: ['adresse'], normalize: text },
    { name: 'id', normalize: positiveInt(999_999_999, { dropOne: false }) },
    { name: 'page', normalize: positiveInt(99) },
  ],
  surveys: [],
  // The petitions' list (plugins/petitions: parseFilters): an area (the city or a sector id) and a status.
  petitions: [
    {
      name: 'area',
      normalize: (value: string) =>
        value === 'city' ? value : /^\d{1,9}$/.test(value) ? value : null,
    },
    { name: 'status', normalize: oneOf(['inadmissible', 'signing', 'closed']) },
  ],
  // The public list of requests (plugins/service-requests: publicFiltersFrom), and the answer of
  // "Moi aussi" the endpoint redirects to (meToo, followed, email: the same for everyone). Their
  // French names (plugins/service-requests/requests/queryKeys.ts) come from links written before,
  // and land on the same cache entry.
  requests: [
    { name: 'email', aliases: ['courriel'], normalize: oneOf(['1']) },
    { name: 'followed', aliases: ['suivie'], normalize: shaped(trackingNumber) },
    { name: 'meToo', aliases: ['moiaussi'], normalize: oneOf(['added', 'already']) },
    { name: 'number', aliases: ['numero'], normalize: shaped(trackingNumber) },
    { name: 'page', normalize: positiveInt(10_000) },
    { name: 'place', aliases: ['lieu'], normalize: shaped(/^-?\d{1,2}\.\d{3},-?\d{1,3}\.\d{3}$/) },
    { name: 'sector', aliases: ['secteur'], normalize: positiveInt(999_999, { dropOne: false }) },
    { name: 'type', normalize: positiveInt(999_999, { dropOne: false }) },
  ],
} as const satisfies Partial<Record<keyof typeof sections, readonly Param[]>>

export type IndexSection = keyof typeof indexParams

/** The internal folder under a section that holds its cached index: `avis/%5Fq/[query]`. */
export const internalSegment = '_q'
/** The query segment of the plain index, without parameters (a path segment cannot be empty). */
export const emptyQuery = '-'

const sectionBySegment = new Map<string, { section: IndexSection; folder: string }>()
for (const section of Object.keys(indexParams) as IndexSection[]) {
  const { fr, en } = sections[section]
  sectionBySegment.set(`fr/${fr}`, { section, folder: fr })
  sectionBySegment.set(`en/${en}`, { section, folder: fr })
  // The French folder names also answer in English (/en/avis), as Next's own routes do.
  sectionBySegment.set(`en/${fr}`, { section, folder: fr })
}

/** A parameter's value by its name, else by its first older name present; null when absent. */
const rawValue = (search: URLSearchParams, param: Param): string | null => {
  const raw = search.get(param.name)
  if (raw !== null || !param.aliases) return raw
  for (const alias of param.aliases) {
    const older = search.get(alias)
    if (older !== null) return older
  }
  return null
}

/**
 * One parameter of a section, by its name or an older one, as typed (not normalized): for the
 * routes beside an index that read the same filter, such as the notices' RSS feed (`?sector=`,
 * formerly `?secteur=`). Null when absent.
 */
export const readIndexParam = (
  section: IndexSection,
  name: string,
  search: URLSearchParams,
): string | null => {
  const param = (indexParams[section] as readonly Param[]).find((p) => p.name === name)
  return param ? rawValue(search, param) : null
}

/**
 * The canonical query string of `search` for a section: known parameters only, checked, sorted,
 * each under its current name.
 */
export const canonicalQuery = (section: IndexSection, search: URLSearchParams): string => {
  const out = new URLSearchParams()
  for (const param of indexParams[section] as readonly Param[]) {
    const raw = rawValue(search, param)
    if (raw === null) continue
    const value = param.normalize(raw)
    if (value !== null) out.append(param.name, value)
  }
  return out.toString()
}

/**
 * The internal path that renders a section index for this request (`/fr/avis/_q/type=emergency`),
 * or null when `pathname` is not a section index. English section names map to the French folder.
 */
export const internalIndexPath = (pathname: string, search: URLSearchParams): string | null => {
  const match = /^\/(fr|en)\/([a-z-]+)\/?$/.exec(pathname)
  if (!match) return null
  const [, locale, segment] = match
  const entry = sectionBySegment.get(`${locale}/${segment}`)
  if (!entry) return null
  const query = canonicalQuery(entry.section, search)
  return `/${locale}/${entry.folder}/${internalSegment}/${query ? encodeURIComponent(query) : emptyQuery}`
}

/**
 * Whether an internal route's `[query]` segment is the canonical one for its section: what the
 * proxy writes. Anything else (an internal path asked for directly, out of order, with unknown
 * parameters) is not rendered, so it can add no cache entry.
 */
export const isCanonicalSegment = (section: IndexSection, segment: string): boolean => {
  if (segment === emptyQuery) return true
  const decoded = decodedSegment(segment)
  return decoded !== '' && canonicalQuery(section, new URLSearchParams(decoded)) === decoded
}

/**
 * The parameters an internal index route was rendered for, as the page's `searchParams`, from its
 * `[query]` segment (which Next hands over decoded once).
 */
export const searchParamsOfSegment = (segment: string): Record<string, string> => {
  if (!segment || segment === emptyQuery) return {}
  return Object.fromEntries(new URLSearchParams(decodedSegment(segment)))
}

/** Next may hand the segment over still percent-encoded (no `=` left in clear): decode what is left. */
const decodedSegment = (segment: string) =>
  /%[0-9A-Fa-f]{2}/.test(segment) && !segment.includes('=') ? safeDecode(segment) : segment

const safeDecode = (value: string) => {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
