import { type NextRequest, NextResponse } from 'next/server'

import { isLocale } from './i18n/config'
import { negotiateLocale } from './i18n/negotiate'

/**
 * Every public URL starts with its language (/fr, /en). A URL without one is sent to the visitor's
 * language from Accept-Language, French when in doubt.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (isLocale(pathname.split('/')[1])) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = `/${negotiateLocale(request.headers.get('accept-language'))}${pathname === '/' ? '' : pathname}`
  const response = NextResponse.redirect(url, 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}

export const config = {
  // Only URLs without a language run the proxy: /fr/… and /en/… pages (the hot path, served from
  // the cache) skip it, as do the admin, REST/GraphQL, Open311, Next internals and files.
  matcher: ['/((?!fr(?:/|$)|en(?:/|$)|api(?:/|$)|admin(?:/|$)|open311(?:/|$)|_next/|.*\\.[a-zA-Z0-9]+$).*)'],
}
