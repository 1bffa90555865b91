import type { Endpoint, PayloadRequest } from 'payload'

import { localToInstant } from '@engines/calendar'

import { parseForm, readBodyText, refusalResponse } from '../../kit/body'
import { handleFormPost, seeOther } from '../../kit/forms'
import { isGreffe } from '../access/roles'
import { petitionsSlug } from '../defaults'
import { asLocale, petitionTranslator } from '../i18n/translate'
import { staffActor } from '../lib/audit'
import { expireSoon, petitionCacheTags } from '../lib/cacheTags'
import { invalidateWindow } from '../lib/fraud'
import { enterPaperLines, maxPaperLines } from '../lib/paper'
import { readPetitionForSigning } from '../lib/readPetition'
import { sectorCounts, sectorCountsCsv } from '../lib/sectorCounts'
import type { ResolvedPetitionsOptions } from '../types'

/** A paper batch's body at most: 500 lines of a name and an address. */
export const maxPaperBytes = 160 * 1024

/** The admin tabs of a petition these endpoints go back to (components/). */
export const paperTab = 'paper'
export const burstsTab = 'bursts'

const fr = petitionTranslator('fr')
const en = petitionTranslator('en')

const denied = (headers: Headers) =>
  refusalResponse(403, 'forbidden', { fr: fr('staff.denied'), en: en('staff.denied') }, headers)
const notFound = (headers: Headers) =>
  refusalResponse(404, 'notFound', { fr: fr('staff.notFound'), en: en('staff.notFound') }, headers)

/** The petition's admin tab, with a query (`?batch=`, `?error=`…). */
const tabHref = (req: PayloadRequest, id: number, tab: string, query: Record<string, string>) =>
  `${req.payload.config.routes.admin}/collections/${petitionsSlug}/${id}/${tab}?${new URLSearchParams(query).toString()}`

/** A network as the signatures keep it: an address and a prefix length ("203.0.113.0/24"). */
const networkPattern = /^[0-9a-f:.]{2,45}\/\d{1,3}$/i
const domainPattern = /^[a-z0-9.-]{1,253}$/i

/** A local date and time of the form (`datetime-local`, the city's time zone), or null. */
const instant = (value: string | null): Date | null => {
  if (!value) return null
  try {
    return localToInstant(value.trim().slice(0, 16))
  } catch {
    return null
  }
}

/**
 * The greffe's endpoints, behind the admin's session (`greffeRoles` only, checked here and not
 * only by hiding the tabs): plain HTML forms of the petition's admin tabs, same-origin posts in the
 * kit's frame, 303 back to the tab with `?batch=` / `?invalidated=` or `?error=`; never a 500.
 *
 * - POST /api/petitions/:id/paper — a batch of paper lines (lib/paper.ts).
 * - POST /api/petitions/:id/invalidate — a window's valid signatures invalidated (lib/fraud.ts).
 * - GET /api/petitions/:id/sectors.csv — valid signatures by sector and channel, no personal data.
 */
export const staffEndpoints = (options: ResolvedPetitionsOptions): Endpoint[] => [
  {
    path: '/:id/paper',
    method: 'post',
    handler: async (req) => {
      const id = Number(req.routeParams?.id)
      return handleFormPost({
        headers: req.headers,
        url: req.url ?? req.payload.config.serverURL,
        serverURL: req.payload.config.serverURL,
        logger: req.payload.logger,
        label: 'petitions: paper entry',
        readForm: async () => parseForm(await readBodyText(req, { limit: maxPaperBytes })),
        onUnexpected: () => seeOther(tabHref(req, id, paperTab, { error: 'unexpected' })),
        run: async (form) => {
          if (!isGreffe(req.user, options)) return denied(req.headers)
          const petition = await readPetitionForSigning(req.payload, id)
          if (!petition) return notFound(req.headers)
          const back = (query: Record<string, string>) =>
            seeOther(tabHref(req, id, paperTab, query))
          if (form.get('declared') !== '1') return back({ error: 'declare' })
          const result = await enterPaperLines({
            payload: req.payload,
            options,
            petition,
            text: form.get('lines') ?? '',
            actor: staffActor(req.user, options),
          })
          if (result.outcome === 'refused') return back({ error: result.reason })
          if (result.accepted > 0) {
            await expireSoon(petitionCacheTags.petition(id))
            await expireSoon(petitionCacheTags.petitions)
          }
          return back({ batch: String(result.auditId) })
        },
      })
    },
  },
  {
    path: '/:id/invalidate',
    method: 'post',
    handler: async (req) => {
      const id = Number(req.routeParams?.id)
      return handleFormPost({
        headers: req.headers,
        url: req.url ?? req.payload.config.serverURL,
        serverURL: req.payload.config.serverURL,
        logger: req.payload.logger,
        label: 'petitions: bulk invalidation',
        readForm: async () => parseForm(await readBodyText(req, { limit: 8 * 1024 })),
        onUnexpected: () => seeOther(tabHref(req, id, burstsTab, { error: 'unexpected' })),
        run: async (form) => {
          if (!isGreffe(req.user, options)) return denied(req.headers)
          const petition = await readPetitionForSigning(req.payload, id)
          if (!petition) return notFound(req.headers)
          const window = {
            from: instant(form.get('from')),
            to: instant(form.get('to')),
            network: (form.get('network') ?? '').trim() || null,
            emailDomain: (form.get('emailDomain') ?? '').trim().toLowerCase() || null,
          }
          const reason = (form.get('reason') ?? '').trim()
          // What was typed comes back with the error, so nothing is lost.
          const back = (query: Record<string, string>) =>
            seeOther(
              tabHref(req, id, burstsTab, {
                from: form.get('from') ?? '',
                to: form.get('to') ?? '',
                network: window.network ?? '',
                emailDomain: window.emailDomain ?? '',
                ...query,
              }),
            )
          if (!window.from || !window.to || window.from >= window.to)
            return back({ error: 'window' })
          if (window.network && !networkPattern.test(window.network))
            return back({ error: 'network' })
          if (window.emailDomain && !domainPattern.test(window.emailDomain))
            return back({ error: 'emailDomain' })
          if (!reason || reason.length > 500) return back({ error: 'reason' })
          if (form.get('confirm') !== '1') return back({ error: 'confirm' })
          const result = await invalidateWindow({
            payload: req.payload,
            petitionId: petition.id,
            window: { ...window, from: window.from, to: window.to },
            reason,
            actor: staffActor(req.user, options),
          })
          if (result.count > 0) {
            await expireSoon(petitionCacheTags.petition(id))
            await expireSoon(petitionCacheTags.petitions)
          }
          return back({ invalidated: String(result.auditId) })
        },
      })
    },
  },
  {
    path: '/:id/sectors.csv',
    method: 'get',
    handler: async (req) => {
      // The greffe's: small sectors' counts, crossed with what neighbours know, can single a
      // signer out; the greffe publishes what it judges safe. The public sees the total only.
      if (!isGreffe(req.user, options)) return denied(req.headers)
      const petition = await readPetitionForSigning(req.payload, Number(req.routeParams?.id))
      if (!petition) return notFound(req.headers)
      const locale = asLocale(new URL(req.url ?? 'http://x').searchParams.get('locale'))
      const counts = await sectorCounts({
        payload: req.payload,
        options,
        petitionId: petition.id,
        locale,
      })
      const date = new Date().toISOString().slice(0, 10)
      return new Response(sectorCountsCsv(counts, locale), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="petition-${petition.slug || petition.id}-${locale === 'fr' ? 'secteurs' : 'sectors'}-${date}.csv"`,
          'Cache-Control': 'private, no-store',
        },
      })
    },
  },
]
