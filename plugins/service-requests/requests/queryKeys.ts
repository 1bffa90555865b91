import { type QueryParams, readParam } from '../../kit/query'

/**
 * The query-string keys of the plugin's pages and endpoints, named in English, each with the French
 * key its links carried first. The plugin writes the English key; readers accept both, English
 * first, for ever: a link written before (an email's `?cle=`, a bookmark, the sign-in page's return
 * address, a form rendered before a deploy) keeps working.
 */
export const queryKeys = {
  draft: ['draft', 'brouillon'],
  step: ['step', 'etape'],
  error: ['error', 'erreur'],
  address: ['address', 'adresse'],
  meToo: ['meToo', 'moiaussi'],
  followed: ['followed', 'suivie'],
  /** The follow-up secret of an anonymous submitter, on the request's page and its photos. */
  token: ['token', 'cle'],
  /** "Moi aussi" by a signed-in citizen: the status emails will reach them. */
  email: ['email', 'courriel'],
  /** The follow-up page's confirmation of a resident's action (`reopened`, `thanks`…). */
  done: ['done', 'suivi'],
  /** The follow-up page reached right after sending the form. */
  sent: ['sent', 'nouvelle'],
  /** The public list's filters: a sector's id, a tracking number, a rounded point of the map (`45.301,-74.250`). */
  sector: ['sector', 'secteur'],
  /** Also the form field naming the request of "Moi aussi", reopen and feedback. */
  number: ['number', 'numero'],
  place: ['place', 'lieu'],
  /** The sign-in page's way back (read by citizen-accounts, which also falls back to `retour`). */
  returnTo: ['returnTo', 'retour'],
} as const

export type QueryKey = keyof typeof queryKeys

/** A key's value from a query string or Next's `searchParams`, by its English name or its French one; '' when absent. */
export const readQuery = (params: QueryParams, key: QueryKey): string =>
  readParam(params, queryKeys[key])
