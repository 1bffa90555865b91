import type { Endpoint, PayloadRequest } from 'payload'

import { parseForm, readBodyText } from '../../kit/body'
import { handleFormPost, seeOther } from '../../kit/forms'
import { emailDomainOf } from '../../kit/rateLimit'
import { asLocale } from '../i18n/translate'
import { expireSoon, petitionCacheTags } from '../lib/cacheTags'
import { isValidCsrfToken } from '../lib/csrf'
import { clientOf, withinSigningLimits } from '../lib/limits'
import { isInArea, visitorEligibility } from '../lib/model'
import { readPetitionForSigning, sectorOfAddress } from '../lib/readPetition'
import { confirmHref, petitionHref } from '../lib/routes'
import { confirmVisitorSignature, requestVisitorSignature } from '../lib/visitor'
import type { PetitionLocale, ResolvedPetitionsOptions } from '../types'
import { maxSignBytes, signAnchor } from './sign'

/** The visitor's forms are bound to no session: a visitor has none. */
const visitorBinding = 'anonymous'

/** What a visitor typed, carried back to the form after an error (no JavaScript, nothing lost). */
export const visitorTypedOf = (form: URLSearchParams) => {
  const kept = new URLSearchParams(
    ['fullName', 'email', 'address', 'wantsOutcome']
      .map((key) => [key, (form.get(key) ?? '').slice(0, 254)] as [string, string])
      .filter(([, value]) => value !== ''),
  )
  return Buffer.from(kept.toString()).toString('base64url')
}

const emailPattern = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/

/** The visitor's fields, or the first thing wrong with them. */
const readVisitorFields = (form: URLSearchParams) => {
  const fullName = (form.get('fullName') ?? '').replace(/\s+/g, ' ').trim()
  const email = (form.get('email') ?? '').trim()
  const address = (form.get('address') ?? '').trim()
  if (fullName.length < 3 || fullName.length > 120 || !/\p{L}/u.test(fullName))
    return { error: 'nameRequired' } as const
  if (email.length > 254 || !emailPattern.test(email)) return { error: 'emailInvalid' } as const
  if (!address || address.length > 200) return { error: 'addressRequired' } as const
  if (form.get('ageDeclared') !== '1') return { error: 'ageNotDeclared' } as const
  const chosen = form.get('addressId')
  return {
    fullName,
    email,
    address,
    addressId: chosen && /^\d{1,9}$/.test(chosen) ? Number(chosen) : null,
    wantsOutcomeEmail: form.get('wantsOutcome') === '1',
  }
}

/**
 * POST /api/petitions/:id/sign-by-email — a visitor without an account asks to sign a petition
 * whose type allows it: full name, a civic address of the registry (typed; a choice among the
 * matches when it names several), an email, the age and residence declared. The address must lie
 * in the petition's area (the same rule as a signed-in resident's). Nothing is counted: a link is
 * emailed (lib/visitor.ts), and 303 back to the petition's page says so.
 *
 * POST /api/petitions/confirm-signature — the button of the confirmation page (the link opens a
 * page, never a signature: mail scanners follow links). Signed, or why not, back on the petition's
 * page; an expired or unknown link back on the confirmation page with its message.
 *
 * Both in the kit's frame (origin, CSRF token, body ceiling, never a 500) and under the visitors'
 * rate limits (lib/limits.ts).
 */
export const visitorEndpoints = (options: ResolvedPetitionsOptions): Endpoint[] => [
  {
    path: '/:id/sign-by-email',
    method: 'post',
    handler: (req: PayloadRequest) => handleVisitorRequest({ req, options }),
  },
  {
    path: '/confirm-signature',
    method: 'post',
    handler: (req: PayloadRequest) => handleConfirm({ req, options }),
  },
]

const handleVisitorRequest = async ({
  req,
  options,
}: {
  req: PayloadRequest
  options: ResolvedPetitionsOptions
}): Promise<Response> => {
  const { payload } = req
  const id = Number(req.routeParams?.id)
  let back = petitionHref('fr', null, { base: options.basePath })
  const fail = (error: string, typed?: string) =>
    seeOther(
      `${back}?${new URLSearchParams({ error, ...(typed ? { typed } : {}) }).toString()}#${signAnchor}`,
    )
  return handleFormPost({
    headers: req.headers,
    url: req.url ?? payload.config.serverURL,
    serverURL: payload.config.serverURL,
    logger: payload.logger,
    label: 'petitions: visitor sign',
    readForm: async () => parseForm(await readBodyText(req, { limit: maxSignBytes })),
    onUnexpected: () => fail('unexpected'),
    run: async (form) => {
      const locale = asLocale(form.get('locale'))
      back = petitionHref(locale, null, { base: options.basePath })
      const petition = await readPetitionForSigning(payload, id)
      if (!petition || !['signing', 'closed', 'inadmissible'].includes(petition.status))
        return seeOther(back)
      back = petitionHref(locale, petition.slug, { base: options.basePath })
      const typed = visitorTypedOf(form)
      if (!isValidCsrfToken(payload.secret, visitorBinding, form.get('csrf')))
        return fail('csrf', typed)
      const allowed = visitorEligibility(petition)
      if (allowed !== 'eligible') return fail(allowed)
      const fields = readVisitorFields(form)
      if ('error' in fields) return fail(fields.error!, typed)
      const client = clientOf(options, req.headers)
      const emailDomain = emailDomainOf(fields.email)!
      if (!(await withinSigningLimits({ payload, options, kind: 'visitor', client, emailDomain })))
        return fail('rateLimited', typed)
      const matches = await options.findAddresses({ payload, query: fields.address })
      const match =
        fields.addressId !== null
          ? matches.find((m) => m.id === fields.addressId)
          : matches.length === 1
            ? matches[0]
            : undefined
      if (!match) return fail(matches.length > 1 ? 'addressAmbiguous' : 'addressNotFound', typed)
      const sectorId = await sectorOfAddress(payload, options, match.id)
      if (!isInArea(petition.area, sectorId)) return fail('outsideArea', typed)
      try {
        await requestVisitorSignature({
          payload,
          petition,
          title: petition.title,
          basePath: options.basePath,
          request: {
            fullName: fields.fullName,
            email: fields.email,
            emailDomain,
            addressId: match.id,
            sectorId: sectorId!,
            network: client.network,
            locale,
            wantsOutcomeEmail: fields.wantsOutcomeEmail,
          },
        })
      } catch (err) {
        payload.logger.error({ err, msg: 'petitions: confirmation email not sent' })
        return fail('emailFailed', typed)
      }
      return seeOther(`${back}?${new URLSearchParams({ status: 'emailSent' })}#${signAnchor}`)
    },
  })
}

const handleConfirm = async ({
  req,
  options,
}: {
  req: PayloadRequest
  options: ResolvedPetitionsOptions
}): Promise<Response> => {
  const { payload } = req
  let locale: PetitionLocale = 'fr'
  let token: string | null = null
  const toConfirmPage = (error: string, withToken = false) =>
    seeOther(
      confirmHref(locale, withToken ? token : null, { query: { error }, base: options.basePath }),
    )
  return handleFormPost({
    headers: req.headers,
    url: req.url ?? payload.config.serverURL,
    serverURL: payload.config.serverURL,
    logger: payload.logger,
    label: 'petitions: visitor confirm',
    readForm: async () => parseForm(await readBodyText(req, { limit: maxSignBytes })),
    onUnexpected: () => toConfirmPage('unexpected', true),
    run: async (form) => {
      locale = asLocale(form.get('locale'))
      token = (form.get('t') ?? '').slice(0, 64) || null
      if (!isValidCsrfToken(payload.secret, visitorBinding, form.get('csrf')))
        return toConfirmPage('csrf', true)
      const client = clientOf(options, req.headers)
      if (!(await withinSigningLimits({ payload, options, kind: 'confirm', client })))
        return toConfirmPage('rateLimited', true)
      const result = await confirmVisitorSignature(payload, token)
      if (result.outcome === 'unknown') return toConfirmPage('invalidLink')
      if (result.outcome === 'expired') return toConfirmPage('expired')
      const petition = await readPetitionForSigning(payload, result.petitionId)
      const page = petitionHref(result.locale, petition?.slug ?? null, { base: options.basePath })
      const reply = (query: Record<string, string>) =>
        seeOther(`${page}?${new URLSearchParams(query)}#${signAnchor}`)
      switch (result.outcome) {
        case 'signed':
          await expireSoon(petitionCacheTags.petition(result.petitionId))
          await expireSoon(petitionCacheTags.petitions)
          return reply({ status: 'signed' })
        case 'already':
          return reply({ status: 'already' })
        case 'samePerson':
          return reply({ error: 'samePerson' })
        case 'closed':
          return reply({ error: 'notOpen' })
        case 'notAllowed':
          return reply({ error: 'visitorsNotAllowed' })
      }
    },
  })
}
