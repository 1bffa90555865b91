import { readQuery } from '../../requests/queryKeys'

/** The form page's query string, read once: every value a string, trimmed and bounded where typed by the resident. */
export type NewRequestQuery = {
  /** The draft's key. */
  draftKey: string
  /** The step asked for (checked against the type's steps by the loader). */
  step: string
  /** Error codes the endpoint sent back, comma-separated. */
  errorCodes: string
  /** The first step's search words. */
  typeQuery: string
  /** A type's code (`?type=pothole`, from a service page's "Faire la demande"). */
  preselectedType: string
  /** The location step's address search. */
  addressQuery: string
  /** The location step after a map click or the device's position was saved. */
  isPointJustSaved: boolean
  /** "Me too" from the review step: its outcome and the request followed. */
  meToo: string
  followed: string
}

export type SearchParams = Record<string, string | string[] | undefined>

const one = (value: string | string[] | undefined) =>
  Array.isArray(value) ? (value[0] ?? '') : (value ?? '')

/** English keys and the French ones of older links alike (requests/queryKeys.ts). */
export const parseNewRequestQuery = (searchParams: SearchParams): NewRequestQuery => ({
  draftKey: readQuery(searchParams, 'draft'),
  step: readQuery(searchParams, 'step'),
  errorCodes: readQuery(searchParams, 'error'),
  typeQuery: one(searchParams.q).trim().slice(0, 60),
  preselectedType: one(searchParams.type),
  addressQuery: readQuery(searchParams, 'address').trim().slice(0, 100),
  isPointJustSaved: one(searchParams.point) === '1',
  meToo: readQuery(searchParams, 'meToo'),
  followed: readQuery(searchParams, 'followed'),
})
