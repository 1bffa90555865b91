import type { Endpoint, PayloadRequest } from 'payload'

import { parseForm, readBodyText } from '../../kit/body'
import { handleFormPost, seeOther } from '../../kit/forms'
import { asLocale } from '../i18n/translate'
import { expireSoon, petitionCacheTags } from '../lib/cacheTags'
import { csrfBinding, isValidCsrfToken, trustedHeaders } from '../lib/csrf'
import { emailDomainOf } from '../../kit/rateLimit'
import { clientOf, withinSigningLimits } from '../lib/limits'
import { eligibility } from '../lib/model'
import { readPetitionForSigning, sectorOfAddress } from '../lib/readPetition'
import { petitionHref } from '../lib/routes'
import { recordSignature, withdrawSignature } from '../lib/sign'
import type { PetitionCitizen, ResolvedPetitionsOptions } from '../types'

/** A signing form's body at most (plugins/kit/body.ts). */
export const maxSignBytes = 8 * 1024

/** Anchor of the signing block on the petition's page, where errors and confirmations show. */
export const signAnchor = 'signer'

/**
 * Who signs: the resident themself (`member` empty), or a household member on their account
 * (`member` = that first name), who signs with their own name. Any other name is refused.
 */
const memberOf = (
  citizen: PetitionCitizen,
  value: string | null,
): { householdMember: string | null; memberName: string } | null => {
  const member = (value ?? '').trim()
  if (!member) return { householdMember: null, memberName: citizen.name || `#${citizen.id}` }
  const name = citizen.household.find((first) => first === member)
  return name ? { householdMember: name, memberName: name } : null
}

/**
 * POST /api/petitions/:id/sign and /api/petitions/:id/withdraw — plain HTML forms (no JavaScript
 * needed) in the kit's frame: origin checked, a CSRF token bound to the session, then 303 back to
 * the petition's page with `?status=` or `?error=` (Post/Redirect/Get), never a 500. Signing asks
 * for a signed-in, verified resident whose civic address lies in the petition's area, who declares
 * the type's minimum age, while signing is open; lib/sign.ts writes it.
 */
export const signEndpoints = (options: ResolvedPetitionsOptions): Endpoint[] =>
  (['sign', 'withdraw'] as const).map((action) => ({
    path: `/:id/${action}`,
    method: 'post',
    handler: (req: PayloadRequest) => handleSign({ req, options, action }),
  }))

const handleSign = async ({
  req,
  options,
  action,
}: {
  req: PayloadRequest
  options: ResolvedPetitionsOptions
  action: 'sign' | 'withdraw'
}): Promise<Response> => {
  const { payload } = req
  const id = Number(req.routeParams?.id)
  let back = petitionHref('fr', null, { base: options.basePath })
  const fail = (error: string) => {
    const [path] = back.split('?')
    return seeOther(`${path}?${new URLSearchParams({ error }).toString()}#${signAnchor}`)
  }
  return handleFormPost({
    headers: req.headers,
    url: req.url ?? payload.config.serverURL,
    serverURL: payload.config.serverURL,
    logger: payload.logger,
    label: `petitions: ${action}`,
    readForm: async () => parseForm(await readBodyText(req, { limit: maxSignBytes })),
    onUnexpected: () => fail('unexpected'),
    run: async (form) => {
      const locale = asLocale(form.get('locale'))
      back = petitionHref(locale, null, { base: options.basePath })
      const [petition, citizen] = await Promise.all([
        readPetitionForSigning(payload, id),
        options.identifyCitizen({ payload, headers: trustedHeaders(req.headers) }),
      ])
      if (!petition || !['signing', 'closed', 'inadmissible'].includes(petition.status))
        return seeOther(back)
      back = petitionHref(locale, petition.slug, { base: options.basePath })
      if (!isValidCsrfToken(payload.secret, csrfBinding(citizen), form.get('csrf')))
        return fail('csrf')
      if (!citizen) return fail('signInRequired')
      const member = memberOf(citizen, form.get('member'))
      if (!member) return fail('unknownMember')
      const reply = (status: string) =>
        seeOther(`${back}?${new URLSearchParams({ status }).toString()}#${signAnchor}`)
      if (action === 'withdraw') {
        const result = await withdrawSignature({
          payload,
          petitionId: petition.id,
          citizenId: citizen.id,
          householdMember: member.householdMember,
        })
        if (result.outcome === 'closed') return fail('notOpen')
        if (result.outcome === 'withdrawn')
          await expireSoon(petitionCacheTags.petition(petition.id))
        return reply(result.outcome)
      }
      // Counted before anything is checked further: a flood of refused posts is limited too.
      const client = clientOf(options, req.headers)
      const emailDomain = emailDomainOf(citizen.email)
      const isAllowed = await withinSigningLimits({
        payload,
        options,
        kind: 'signedIn',
        client,
        emailDomain,
      })
      if (!isAllowed) return fail('rateLimited')
      const sectorId = await sectorOfAddress(payload, options, citizen.addressId)
      const eligible = eligibility({
        petition,
        isSignedIn: true,
        hasAddress: citizen.addressId !== null,
        addressSectorId: sectorId,
      })
      if (eligible !== 'eligible') return fail(eligible)
      if (form.get('ageDeclared') !== '1') return fail('ageNotDeclared')
      const result = await recordSignature({
        payload,
        petition,
        citizenId: citizen.id,
        ...member,
        addressId: citizen.addressId!,
        sectorId: sectorId!,
        wantsOutcomeEmail: form.get('wantsOutcome') === '1',
        emailDomain,
        network: client.network,
        locale,
      })
      if (result.outcome === 'closed') return fail('notOpen')
      if (result.outcome === 'samePerson') return fail('samePerson')
      if (result.outcome === 'signed') {
        await expireSoon(petitionCacheTags.petition(petition.id))
        await expireSoon(petitionCacheTags.petitions)
      }
      return reply(result.outcome)
    },
  })
}
