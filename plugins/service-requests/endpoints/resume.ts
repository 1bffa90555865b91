import type { Endpoint } from 'payload'

import { asLocale } from '../i18n/translate'
import { signedInCitizen } from '../residents/citizen'
import { adoptDraft, cookieFrom, formCookieName, isDraftKey } from '../form/drafts'
import { readQuery } from '../requests/queryKeys'
import { isFormStep, newRequestHref } from '../requests/routes'
import type { RequestLocale, ResolvedOptions } from '../types'

const see = (location: string) =>
  new Response(null, {
    status: 303,
    headers: { Location: location, 'Cache-Control': 'private, no-store' },
  })

/**
 * GET /api/service-requests-form/resume?draft=&step=&locale= — where the form's "Se connecter"
 * links send the resident back after signing in (citizen-accounts' `returnTo`). An endpoint rather
 * than the form's page, because only the form's endpoints receive the form cookie that proves this
 * browser started the draft (form/drafts: adoptDraft); then on to the step the resident left. It
 * changes nothing for anyone else, and always answers with a redirect to the form.
 */
export const resumeEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: `${options.endpointPath}/resume`,
  method: 'get',
  handler: async (req) => {
    const payload = req.payload
    let locale: RequestLocale = 'fr'
    try {
      const url = new URL(req.url ?? '', 'http://localhost')
      locale = asLocale(url.searchParams.get('locale'))
      const key = readQuery(url.searchParams, 'draft') || null
      const step = readQuery(url.searchParams, 'step') || null
      if (!isDraftKey(key)) return see(newRequestHref(locale))
      const citizen = await signedInCitizen(payload, req.headers, options.citizensCollection)
      if (citizen)
        await adoptDraft(payload, options, {
          key,
          citizenId: citizen.id,
          formCookie: cookieFrom(req.headers, formCookieName),
        })
      return see(newRequestHref(locale, { draft: key, step: isFormStep(step) ? step : 'type' }))
    } catch (err) {
      payload.logger.error({ err, msg: 'service-requests: resuming a draft failed' })
      return see(newRequestHref(locale))
    }
  },
})
