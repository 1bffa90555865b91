import { type NextRequest, NextResponse } from 'next/server'

/** Whether a path belongs to the admin (its pages and server functions; the REST API is /api). */
export const isAdminPath = (pathname: string) =>
  pathname === '/admin' || pathname.startsWith('/admin/')

/**
 * The admin's language is French for staff, whatever their browser prefers. Payload takes the
 * language from its `payload-lng` cookie, then from Accept-Language: the cookie is the staff
 * member's own choice (the language menu of their account, kept a year), so only the header is
 * replaced here. The admin's own API calls send the language it shows.
 */
export const adminInFrench = (request: NextRequest) => {
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'fr')
  return NextResponse.next({ request: { headers } })
}
