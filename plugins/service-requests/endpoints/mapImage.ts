import type { Endpoint } from 'payload'

import { asLocale } from '../i18n/translate'
import { cityMapSvg, loadCityMap, type Point } from '../places/map'
import type { ResolvedOptions } from '../types'

const pointFrom = (lat: string | null, lng: string | null): Point | null => {
  const [a, b] = [Number(lat), Number(lng)]
  return lat &&
    lng &&
    Number.isFinite(a) &&
    Number.isFinite(b) &&
    Math.abs(a) <= 90 &&
    Math.abs(b) <= 180
    ? { lat: a, lng: b }
    : null
}

/**
 * GET /api/service-requests-form/map.svg?locale=fr[&lat=&lng=] — the city's sectors and streets as an
 * SVG image, with a marker when a point is given. The form shows it as `<input type="image">`, so a
 * click on it posts its coordinates without JavaScript. Public (the marker is whatever the query
 * says, nothing stored), cached by browsers for a few minutes.
 */
export const mapImageEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: `${options.endpointPath}/map.svg`,
  method: 'get',
  handler: async (req) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const map = await loadCityMap(req.payload, options, asLocale(url.searchParams.get('locale')))
      const marker = pointFrom(url.searchParams.get('lat'), url.searchParams.get('lng'))
      return new Response(cityMapSvg(map, marker), {
        headers: {
          'Content-Type': 'image/svg+xml; charset=utf-8',
          'Cache-Control': 'public, max-age=300',
          // An SVG opened on its own must never run anything.
          'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
          'X-Content-Type-Options': 'nosniff',
        },
      })
    } catch (err) {
      req.payload.logger.error({ err, msg: 'service-requests: map image failed' })
      return Response.json({ errors: ['Carte indisponible. / Map unavailable.'] }, { status: 503 })
    }
  },
})
