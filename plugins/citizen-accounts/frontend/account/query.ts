import { readParam } from '../../../kit/query'
import { queryKeys } from '../../lib/queryKeys'
import { safeReturnPath } from '../../lib/returnTo'

/** A page's `searchParams`, as Next hands them over. */
export type SearchParams = Record<string, string | string[] | undefined>

export { queryKeys } from '../../lib/queryKeys'

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

export const parseAccountQuery = (searchParams: SearchParams): AccountQuery => ({
  status: one(searchParams.status),
  error: one(searchParams.error),
  token: one(searchParams.token).slice(0, 200),
  returnTo: safeReturnPath(readParam(searchParams, queryKeys.returnTo)),
  address: readParam(searchParams, queryKeys.address).trim().slice(0, 100),
})
