import { safeReturnPath } from '../../lib/returnTo'

/** A page's `searchParams`, as Next hands them over. */
export type SearchParams = Record<string, string | string[] | undefined>

/**
 * The query-string keys the plugin writes, and the French ones it wrote before and still reads, so
 * a link already sent or bookmarked (and the service-requests form's `retour=`) keeps working.
 */
export const queryKeys = {
  returnTo: { key: 'returnTo', legacy: 'retour' },
  address: { key: 'address', legacy: 'adresse' },
} as const

/** What the pages of "Mon dossier" read from the query string, checked and bounded. */
export type AccountQuery = {
  /** A `status.*` message key the form endpoint came back with (shown only if it exists). */
  status: string
  /** An `errors.*` message key the form endpoint came back with (shown only if it exists). */
  error: string
  /** An emailed link's token (confirmation, new password, sector alerts), at most 200 characters. */
  token: string
  /** Where a sign-in leads afterwards: a page of this site or a plugin's resume endpoint, or null. */
  returnTo: string | null
  /** The address typed in the profile's search, trimmed, at most 100 characters. */
  address: string
}

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

/** The new key's value, else the old key's: a link with both follows the new one. */
const either = (searchParams: SearchParams, { key, legacy }: { key: string; legacy: string }) =>
  searchParams[key] !== undefined ? one(searchParams[key]) : one(searchParams[legacy])

export const parseAccountQuery = (searchParams: SearchParams): AccountQuery => ({
  status: one(searchParams.status),
  error: one(searchParams.error),
  token: one(searchParams.token).slice(0, 200),
  returnTo: safeReturnPath(either(searchParams, queryKeys.returnTo)),
  address: either(searchParams, queryKeys.address).trim().slice(0, 100),
})
