import { unstable_cache } from 'next/cache'
import { notFound, redirect } from 'next/navigation'
import type { Payload } from 'payload'
import { parseCookies } from 'payload/shared'

import { relationships } from '../../collections/Citizens'
import { createCsrfToken } from '../../lib/csrf'
import { type CitizenUser, csrfBinding } from '../../lib/endpointKit'
import { loginEmailCookie } from '../../lib/returnTo'
import {
  accountHref,
  type AccountPage as Page,
  pageFromSegment,
  publicPages,
} from '../../lib/routes'
import type { AccountLocale, CitizenSummary, DashboardSection, ResolvedOptions } from '../../types'
import { accountOptions, getCitizenSummary, getSignedInCitizen } from '../citizen'
import { parseAccountQuery, queryKeys, type SearchParams } from './query'

export type AddressChoice = { id: number; label: string; postalCode?: string | null }

/** What every form of the pages needs: the hidden fields and where the plugin's endpoints are. */
export type FormContext = {
  locale: AccountLocale
  csrf: string
  /** The endpoints' path, `/api/citizen-account`: a form posts to `${endpointBase}/<action>`. */
  endpointBase: string
}

/** A choice of a list shown to the resident, already in the page's language. */
export type Choice = { value: string; label: string }

/** The data of each page, by page: plain values only. */
export type PageData =
  | {
      page: 'register'
      isRegistered: boolean
      termsVersion: string
      termsHref: string
      privacyHref?: string
    }
  | { page: 'login'; returnTo: string | null; email: string }
  | { page: 'verify'; token: string }
  | { page: 'reset'; token: string }
  | { page: 'forgot' }
  | {
      page: 'dashboard'
      summary: CitizenSummary
      sectorName: string | null
      isAnyAlertOn: boolean
      /** The sections' data, read by their owners (other plugins, the app), in order; null: not shown. */
      sections: { key: string; data: unknown }[]
    }
  | {
      page: 'profile'
      summary: CitizenSummary
      sectorName: string | null
      /** The address typed in the search, '' before any search. */
      query: string
      choices: AddressChoice[]
    }
  | { page: 'household'; household: CitizenSummary['household']; relationships: readonly string[] }
  | { page: 'security' }
  | { page: 'privacy' }
  | {
      page: 'preferences'
      topics: string[]
      newsTopics: string[]
      channels: string[]
      /** The notice kinds one may subscribe to ("all" comes first, on the page). */
      noticeTopics: Choice[]
      /** Whether the collection reminder is offered (the app gives collection days). */
      hasCollectionReminders: boolean
      newsTopicChoices: Choice[]
    }
  | { page: 'sectorAlerts'; sectors: { id: number; name: string }[] }
  | { page: 'alertConfirm'; token: string }
  | { page: 'terms'; termsVersion: string }

/** One page of "Mon dossier", ready to draw: the layout's data and the page's own. */
export type AccountView = {
  locale: AccountLocale
  page: Page
  /** Signed in: the layout shows the account's navigation and the sign-out button. */
  isSignedIn: boolean
  form: FormContext
  status: string
  error: string
  data: PageData
}

export type LoadAccountPageArgs = {
  locale: AccountLocale
  /** The URL segments after /mon-dossier (French or English). */
  segments?: string[]
  searchParams: SearchParams
  payload: Payload
  headers: Headers
  /** The app's address lookup (accent-insensitive, civic number first); the default searches labels. */
  findAddresses?: (query: string) => Promise<AddressChoice[]>
  /** Dashboard sections the app adds for this request (collection days, notices…), beside the plugin options'. */
  sections?: DashboardSection[]
  /** The session check; the default is Payload's strategies (getSignedInCitizen). */
  authenticate?: (payload: Payload, headers: Headers) => Promise<CitizenUser | null>
}

/** The dashboard's sections, in order: the plugin options' and the app's for this request. */
export const dashboardSections = (payload: Payload, sections: DashboardSection[] = []) =>
  [...accountOptions(payload).dashboardSections, ...sections].sort(
    (a, b) => (a.order ?? 100) - (b.order ?? 100),
  )

/** The page a request's segments name, or null (a 404). */
export const pageOf = (segments?: string[]): Page | null =>
  segments && segments.length > 1 ? null : pageFromSegment(segments?.[0])

/**
 * Every read behind a page of "Mon dossier" (session, settings, Payload queries) and the
 * redirects that come before it: signed out on a private page, to the sign-in page, which comes
 * back afterwards; signed in on the sign-in or sign-up page, to where the resident was going.
 */
export const loadAccountPage = async ({
  locale,
  segments,
  searchParams,
  payload,
  headers,
  findAddresses,
  sections = [],
  authenticate = getSignedInCitizen,
}: LoadAccountPageArgs): Promise<AccountView> => {
  const page = pageOf(segments)
  if (!page) notFound()
  const options = accountOptions(payload)
  const citizen = await authenticate(payload, headers)
  const query = parseAccountQuery(searchParams)
  // Signed out: the sign-in page, which comes back here afterwards (a notice, not an error).
  if (!publicPages.includes(page) && !citizen)
    redirect(
      accountHref(locale, 'login', {
        error: 'loginRequired',
        ...(page === 'dashboard' ? {} : { [queryKeys.returnTo[0]]: accountHref(locale, page) }),
      }),
    )
  if (citizen && (page === 'login' || page === 'register'))
    redirect(query.returnTo ?? accountHref(locale, 'dashboard'))
  const form: FormContext = {
    locale,
    csrf: createCsrfToken(payload.secret, csrfBinding(citizen)),
    endpointBase: `/api${options.endpointPath.replace(/^\/api/, '')}`,
  }
  const data = await loadPageData({
    page,
    locale,
    query,
    payload,
    headers,
    options,
    citizen,
    findAddresses,
    sections: dashboardSections(payload, sections),
  })
  return {
    locale,
    page,
    isSignedIn: citizen !== null,
    form,
    status: query.status,
    error: query.error,
    data,
  }
}

const loadPageData = async ({
  page,
  locale,
  query,
  payload,
  headers,
  options,
  citizen,
  findAddresses,
  sections,
}: {
  page: Page
  locale: AccountLocale
  query: ReturnType<typeof parseAccountQuery>
  payload: Payload
  headers: Headers
  options: ResolvedOptions
  citizen: CitizenUser | null
  findAddresses?: (query: string) => Promise<AddressChoice[]>
  sections: DashboardSection[]
}): Promise<PageData> => {
  switch (page) {
    case 'register':
      return {
        page,
        isRegistered: query.status === 'registered',
        termsVersion: options.termsVersion,
        termsHref: options.legalPages.terms?.[locale] ?? accountHref(locale, 'terms'),
        privacyHref: options.legalPages.privacy?.[locale],
      }
    case 'login':
      return { page, returnTo: query.returnTo, email: cookieValue(headers, loginEmailCookie) }
    case 'verify':
    case 'reset':
    case 'alertConfirm':
      return { page, token: query.token }
    case 'forgot':
    case 'security':
    case 'privacy':
      return { page }
    case 'terms':
      return { page, termsVersion: options.termsVersion }
    case 'sectorAlerts':
      return { page, sectors: await sectorList(payload, options.sectorsCollection, locale) }
  }
  // Every other page needs the signed-in citizen (the loader redirected otherwise).
  const summary = await getCitizenSummary(payload, citizen!)
  switch (page) {
    case 'dashboard': {
      // Every block at once: the sections' own reads (my requests, my answers) run side by side,
      // and what is the sector's (collection days, notices, its name) comes from per-sector caches.
      const [loaded, sector] = await Promise.all([
        Promise.all(
          sections.map(async (s) => ({
            key: s.key,
            data: (await s.load({ citizen: summary, locale, payload })) ?? null,
          })),
        ),
        sectorName(payload, options.sectorsCollection, locale, summary.sectorId),
      ])
      return {
        page,
        summary,
        sectorName: sector,
        isAnyAlertOn: isAnyAlertOn(citizen as unknown as AlertChoices),
        sections: loaded,
      }
    }
    case 'profile': {
      const choices = query.address
        ? await (findAddresses ?? defaultFindAddresses(payload, options.addressesCollection))(
            query.address,
          )
        : []
      const sector = await sectorName(payload, options.sectorsCollection, locale, summary.sectorId)
      return { page, summary, sectorName: sector, query: query.address, choices }
    }
    case 'household':
      return { page, household: summary.household, relationships }
    case 'preferences': {
      const doc = (await payload.findByID({
        collection: options.slug as 'citizens',
        id: summary.id,
        depth: 0,
        overrideAccess: true,
      })) as unknown as AlertChoices
      return {
        page,
        topics: doc.alertTopics ?? [],
        newsTopics: doc.newsTopics ?? [],
        channels: doc.alertChannels ?? [],
        noticeTopics: options.notifications.topics.map((topic) => ({
          value: topic.value,
          label: topic.label[locale],
        })),
        hasCollectionReminders: Boolean(options.notifications.collectionsOn),
        newsTopicChoices: options.notifications.newsTopics.map((topic) => ({
          value: topic.value,
          label: topic.label[locale],
        })),
      }
    }
  }
}

type AlertChoices = {
  alertTopics?: string[] | null
  alertChannels?: string[] | null
  newsTopics?: string[] | null
}

/**
 * Whether the citizen asked to receive anything. Alerts go out only with a topic (a notice kind, a
 * news category or the collection reminder) and a channel: with either missing, nothing is on.
 */
export const isAnyAlertOn = (doc: AlertChoices) => {
  const hasTopic = (doc.alertTopics ?? []).length > 0 || (doc.newsTopics ?? []).length > 0
  return hasTopic && (doc.alertChannels ?? []).length > 0
}

const cookieValue = (headers: Headers, name: string) => {
  const raw = parseCookies(headers).get(name)
  if (!raw) return ''
  try {
    return decodeURIComponent(raw).slice(0, 254)
  } catch {
    return ''
  }
}

/** A sector's name, the same for every resident of the sector: cached per sector and language. */
const sectorName = async (
  payload: Payload,
  slug: string,
  locale: AccountLocale,
  id: number | null,
) => {
  if (!id) return null
  return unstable_cache(
    async () => {
      const doc = await payload.findByID({
        collection: slug as 'sectors',
        id,
        locale,
        depth: 0,
        overrideAccess: false,
        disableErrors: true,
      })
      return doc ? String((doc as { name?: string }).name ?? '') : null
    },
    ['citizen-accounts:sector-name', slug, String(id), locale],
    { revalidate: 3600 },
  )()
}

const sectorList = async (payload: Payload, slug: string, locale: AccountLocale) => {
  const { docs } = await payload.find({
    collection: slug as 'sectors',
    locale,
    sort: 'name',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    select: { name: true },
  })
  return docs.map((sector) => ({
    id: sector.id,
    name: String((sector as { name?: string }).name ?? ''),
  }))
}

const defaultFindAddresses = (payload: Payload, slug: string) => async (query: string) => {
  const { docs } = await payload.find({
    collection: slug as 'addresses',
    where: { label: { like: query } },
    limit: 10,
    depth: 0,
    overrideAccess: false,
  })
  return docs.map((d) => ({
    id: d.id,
    label: String((d as { label?: string }).label ?? ''),
    postalCode: (d as { postalCode?: string }).postalCode,
  }))
}
