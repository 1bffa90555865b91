import type { Endpoint, PayloadRequest } from 'payload'

import { parseForm, readBodyText } from '../../kit/body'
import { handleFormPost, seeOther } from '../../kit/forms'
import { asLocale } from '../i18n/translate'
import { csrfBinding, isValidCsrfToken, trustedHeaders } from '../lib/csrf'
import { sectorOfAddress } from '../lib/readPetition'
import { petitionHref } from '../lib/routes'
import { readPetitionByShareToken, recordSupport, supportEligibility } from '../lib/support'
import type { ResolvedPetitionsOptions } from '../types'

/** A support form's body at most (plugins/kit/body.ts). */
export const maxSupportBytes = 8 * 1024

/** Anchor of the support block on the draft's page, where errors and confirmations show. */
export const supportAnchor = 'appui'

/** The query parameter of the share link: /fr/petitions/{slug}?appui={token}. */
export const shareParam = 'appui'

/**
 * POST /api/petitions/:id/support — a resident supports a draft reached by its share link (plain
 * HTML form, the kit's frame: origin checked, a CSRF token bound to the session, 303 back to the
 * draft's page with `?status=` or `?error=`, never a 500). The link's token must be the draft's
 * own: a wrong one goes back to the list and learns nothing. Then as for signing: a signed-in,
 * verified resident whose civic address lies in the petition's area, the age declared, while the
 * draft gathers its supports; lib/support.ts writes it, and submits the draft at its quorum.
 */
export const supportEndpoints = (options: ResolvedPetitionsOptions): Endpoint[] => [
  {
    path: '/:id/support',
    method: 'post',
    handler: (req: PayloadRequest) => {
      const { payload } = req
      const id = Number(req.routeParams?.id)
      let locale = asLocale(null)
      let back = petitionHref(locale, null, { base: options.basePath })
      const fail = (error: string) => {
        const [path, search = ''] = back.split('?')
        const query = new URLSearchParams(search)
        query.set('error', error)
        return seeOther(`${path}?${query.toString()}#${supportAnchor}`)
      }
      return handleFormPost({
        headers: req.headers,
        url: req.url ?? payload.config.serverURL,
        serverURL: payload.config.serverURL,
        logger: payload.logger,
        label: 'petitions: support',
        readForm: async () => parseForm(await readBodyText(req, { limit: maxSupportBytes })),
        onUnexpected: () => fail('unexpected'),
        run: async (form) => {
          locale = asLocale(form.get('locale'))
          back = petitionHref(locale, null, { base: options.basePath })
          const token = form.get('token')
          const [petition, citizen] = await Promise.all([
            readPetitionByShareToken(payload, { id, token }),
            options.identifyCitizen({ payload, headers: trustedHeaders(req.headers) }),
          ])
          // A wrong token: back to the list, nothing said about the draft.
          if (!petition) return seeOther(back)
          back = petitionHref(locale, petition.slug, {
            query: { [shareParam]: token! },
            base: options.basePath,
          })
          if (!isValidCsrfToken(payload.secret, csrfBinding(citizen), form.get('csrf')))
            return fail('csrf')
          const sectorId = citizen
            ? await sectorOfAddress(payload, options, citizen.addressId)
            : null
          const eligible = supportEligibility({
            petition,
            isSignedIn: Boolean(citizen),
            hasAddress: Boolean(citizen?.addressId),
            addressSectorId: sectorId,
          })
          if (eligible !== 'eligible' || !citizen) return fail(eligible)
          if (form.get('ageDeclared') !== '1') return fail('ageNotDeclared')
          const result = await recordSupport({
            payload,
            petitionId: petition.id,
            citizenId: citizen.id,
            memberName: citizen.name || `#${citizen.id}`,
            addressId: citizen.addressId!,
            sectorId: sectorId!,
            locale,
          })
          if (result.outcome === 'notSupporting') return fail('notSupporting')
          if (result.submitted)
            payload.logger.info({ msg: `petitions: draft ${petition.id} reached its quorum` })
          const [path, search = ''] = back.split('?')
          const query = new URLSearchParams(search)
          query.set('status', result.outcome)
          return seeOther(`${path}?${query.toString()}#${supportAnchor}`)
        },
      })
    },
  },
]
