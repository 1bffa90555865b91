import { type NextRequest, NextResponse } from 'next/server'

import { adminInFrench, isAdminPath } from './admin/language'
import { isLocale } from './i18n/config'
import { negotiateLocale } from './i18n/negotiate'
import { internalIndexPath, isInternalIndexPath } from './server/pageQuery'

/**
 * Every public URL starts with its language (/fr, /en). A URL without one is sent to the visitor's
 * language from Accept-Language, French when in doubt. The admin is French unless a staff member
 * chose English (src/admin/language.ts).
 *
 * Section indexes (/fr/avis?secteur=…) are rewritten to the internal path that encodes only the
 * parameters the page understands, in canonical order (src/server/pageQuery.ts): that path is a
 * cached page, so filters, paging and searches are rendered once and served from the cache, and
 * unknown parameters never reach a render. The internal paths themselves are not public.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (isAdminPath(pathname)) return adminInFrench(request)
  if (isInternalIndexPath(pathname)) {
    return new NextResponse('Page introuvable. / Page not found.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  }
  const internal = internalIndexPath(pathname, request.nextUrl.searchParams)
  if (internal) {
    const url = request.nextUrl.clone()
    url.pathname = internal
    url.search = ''
    return NextResponse.rewrite(url)
  }
  if (isLocale(pathname.split('/')[1])) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = `/${negotiateLocale(request.headers.get('accept-language'))}${pathname === '/' ? '' : pathname}`
  const response = NextResponse.redirect(url, 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}

export const config = {
  // URLs without a language, the admin and the section indexes run the proxy (a unit test checks
  // this list against src/server/pageQuery.ts); other /fr/… and /en/… pages skip it, as do
  // REST/GraphQL, Open311, Next internals and files.
  matcher: [
    '/admin',
    '/admin/:path*',
    '/:locale(fr|en)/:section(actualites|news|avis|notices|evenements|events|services|collectes|collections|sondages|surveys)',
    '/:locale(fr|en)/:section/_q/:rest*',
    '/((?!fr(?:/|$)|en(?:/|$)|api(?:/|$)|admin(?:/|$)|open311(?:/|$)|_next/|.*\\.[a-zA-Z0-9]+$).*)',
  ],
}
