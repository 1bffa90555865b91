import { type NextRequest, NextResponse } from 'next/server'

import { adminInFrench, isAdminPath } from './admin/language'
import { isLocale } from './i18n/config'
import { negotiateLocale } from './i18n/negotiate'

/**
 * Every public URL starts with its language (/fr, /en). A URL without one is sent to the visitor's
 * language from Accept-Language, French when in doubt. The admin is French unless a staff member
 * chose English (src/admin/language.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (isAdminPath(pathname)) return adminInFrench(request)
  if (isLocale(pathname.split('/')[1])) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = `/${negotiateLocale(request.headers.get('accept-language'))}${pathname === '/' ? '' : pathname}`
  const response = NextResponse.redirect(url, 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}

export const config = {
  // Only URLs without a language and the admin run the proxy: /fr/… and /en/… pages (the hot path,
  // served from the cache) skip it, as do REST/GraphQL, Open311, Next internals and files.
  matcher: ['/admin', '/admin/:path*', '/((?!fr(?:/|$)|en(?:/|$)|api(?:/|$)|admin(?:/|$)|open311(?:/|$)|_next/|.*\\.[a-zA-Z0-9]+$).*)'],
}
