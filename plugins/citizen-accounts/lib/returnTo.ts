/**
 * Where a sign-in may lead back to (`returnTo`, formerly `retour`): a page of this site in either language, or a
 * plugin's resume endpoint (the request form's draft, `/api/service-requests-form/resume?…`).
 * Anything else — another site, a scheme-relative `//host`, a backslash or control character a
 * browser might read as another host, a relative path — is null, and the dashboard is used instead.
 */
export const safeReturnPath = (value: unknown): string | null => {
  if (typeof value !== 'string' || value.length === 0 || value.length > 1000) return null
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value))
    return null
  let url: URL
  try {
    url = new URL(value, 'http://site.invalid')
  } catch {
    return null
  }
  if (url.origin !== 'http://site.invalid') return null
  const isPage = /^\/(fr|en)(\/|$)/.test(url.pathname)
  const isResume = /^\/api\/[a-z0-9-]+\/resume$/.test(url.pathname)
  return isPage || isResume ? `${url.pathname}${url.search}` : null
}

/** The cookie that carries a just-confirmed email to the sign-in page (never in the address). */
export const loginEmailCookie = 'vo_login_email'
