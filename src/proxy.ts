import { type NextRequest, NextResponse } from 'next/server'

import { adminInFrench, isAdminPath } from './admin/language'
import { isLocale } from './i18n/config'
import { negotiateLocale } from './i18n/negotiate'
import { internalIndexPath } from './server/pageQuery'

/**
 * Every public URL starts with its language (/fr, /en). A URL without one is sent to the visitor's
 * language from Accept-Language, French when in doubt. The admin is French unless a staff member
 * chose English (src/admin/language.ts).
 *
 * Section indexes (/fr/avis?sector=…) are rewritten to the internal path that encodes only the
 * parameters the page understands, in canonical order (src/server/pageQuery.ts): that path is a
 * cached page, so filters, paging and searches are rendered once and served from the cache, and
 * unknown parameters never reach a render. Next runs the proxy again on the rewritten path, which
 * matches nothing here; an internal path asked for directly renders only in its canonical form
 * (src/lib/cache/cachedIndex.tsx), so it cannot add entries either.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (isAdminPath(pathname)) return adminInFrench(request)
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
    '/:locale(fr|en)/:section(actualites|news|avis|notices|evenements|events|services|collectes|collections|sondages|surveys|requetes|requests|petitions)',
    '/((?!fr(?:/|$)|en(?:/|$)|api(?:/|$)|admin(?:/|$)|open311(?:/|$)|_next/|.*\\.[a-zA-Z0-9]+$).*)',
  ],
}
