import type { Payload } from 'payload'

export type SignedInCitizen = {
  id: number
  email: string
  _sid?: string
  preferredLanguage?: string | null
}

/**
 * The signed-in citizen behind these headers, or null. The plugin checks the origin of its own
 * forms; Payload's check compares Origin with serverURL only, which a proxy or a test port may not
 * match, so the Origin header is dropped before authenticating (as the citizen-accounts forms do).
 */
export const signedInCitizen = async (
  payload: Payload,
  headers: Headers,
  citizensCollection: string,
): Promise<SignedInCitizen | null> => {
  // Without a session cookie or an Authorization header no strategy can find a user, and
  // payload.auth() would still compute the anonymous visitor's permissions on every collection
  // (a few ms of CPU): the form's pages are rendered per request, mostly for anonymous visitors.
  const hasCredentials =
    headers.has('authorization') ||
    (headers.get('cookie') ?? '')
      .split(';')
      .some((part) => part.trim().startsWith(`${payload.config.cookiePrefix}-token=`))
  if (!hasCredentials) return null
  const copy = new Headers(headers)
  copy.delete('origin')
  copy.set('sec-fetch-site', 'same-origin')
  const { user } = await payload.auth({ headers: copy })
  if (!user || user.collection !== citizensCollection) return null
  return user as unknown as SignedInCitizen
}
