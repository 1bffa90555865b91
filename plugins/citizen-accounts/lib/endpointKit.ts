import {
  type Endpoint,
  executeAuthStrategies,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'

import { readForm } from '../../kit/body'
import { asLocale } from '../i18n/translate'
import type { AccountLocale, ResolvedOptions } from '../types'
import { csrfBinding, handleFormPost, seeOther, trustedHeaders } from '../../kit/forms'
import { isValidCsrfToken } from './csrf'
import { accountHref, type AccountPage } from './routes'

export type CitizenUser = TypedUser & {
  id: number
  collection: string
  _sid?: string
  email: string
  preferredLanguage?: string | null
}

export type FormContext = {
  req: PayloadRequest
  payload: Payload
  form: URLSearchParams
  locale: AccountLocale
  options: ResolvedOptions
  ip: string
  /** The signed-in citizen, for endpoints that need one. */
  citizen: CitizenUser | null
}

export type FormResult = {
  /** A complete answer instead of the redirect (a file download). */
  response?: Response
  page: AccountPage
  status?: string
  error?: string
  query?: Record<string, string>
  headers?: Headers
  /** Another page of the site to go to instead (a checked `returnTo`, lib/returnTo.ts). */
  location?: string
}

// Shared with the other plugins (plugins/kit/forms.ts): what a form token is bound to, and the
// headers to authenticate with once the origin was checked here.
export { csrfBinding, trustedHeaders } from '../../kit/forms'

/** The signed-in citizen behind these headers: verified (Payload refuses unverified logins) and with a live session. */
export const authenticateCitizen = async (
  payload: Payload,
  headers: Headers,
  slug: string,
): Promise<CitizenUser | null> => {
  // The session check alone (Payload's strategies: the JWT and its session), without the
  // permissions of every collection that payload.auth() also computes and nothing here reads.
  const { user } = await executeAuthStrategies({ headers, payload })
  if (!user || user.collection !== slug) return null
  return user as unknown as CitizenUser
}

const redirectTo = (result: FormResult, locale: AccountLocale) => {
  const query: Record<string, string> = { ...result.query }
  if (result.status) query.status = result.status
  if (result.error) query.error = result.error
  return seeOther(result.location ?? accountHref(locale, result.page, query), result.headers)
}

/** Answers take at least this long, so timing does not tell a known email from an unknown one. */
export const padTo = async (startedAt: number, ms: number) => {
  const left = ms - (Date.now() - startedAt)
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left))
}

/**
 * A POST endpoint for a plain HTML form: checks origin and CSRF token, reads the form, runs the
 * action and answers 303 to a page with a status or an error code (Post/Redirect/Get). Never a 500:
 * an unexpected failure is logged and shown as "try again later".
 */
export const formEndpoint = ({
  options,
  action,
  fallbackPage,
  requiresCitizen,
  handler,
}: {
  options: ResolvedOptions
  action: string
  fallbackPage: AccountPage
  requiresCitizen: boolean
  handler: (ctx: FormContext) => Promise<FormResult>
}): Endpoint => ({
  path: `${options.endpointPath}/${action}`,
  method: 'post',
  handler: async (req) => {
    const payload = req.payload
    let locale: AccountLocale = 'fr'
    return handleFormPost({
      headers: req.headers,
      url: req.url ?? payload.config.serverURL,
      serverURL: payload.config.serverURL,
      logger: payload.logger,
      label: `citizen-accounts: ${action}`,
      readForm: () => readForm(req, { limit: 20 * 1024 }),
      onUnexpected: () => redirectTo({ page: fallbackPage, error: 'unexpected' }, locale),
      run: async (form) => {
        locale = asLocale(form.get('locale'))
        const citizen = await authenticateCitizen(
          payload,
          trustedHeaders(req.headers),
          options.slug,
        )
        if (!isValidCsrfToken(payload.secret, csrfBinding(citizen), form.get('csrf'))) {
          return redirectTo({ page: fallbackPage, error: 'csrf' }, locale)
        }
        if (requiresCitizen && !citizen)
          return redirectTo({ page: 'login', error: 'loginRequired' }, locale)
        const result = await handler({
          req,
          payload,
          form,
          locale,
          options,
          ip: options.getClientIp(req.headers),
          citizen,
        })
        return result.response ?? redirectTo(result, locale)
      },
    })
  },
})

export const field = (form: URLSearchParams, name: string, max = 200) =>
  (form.get(name) ?? '').trim().slice(0, max)

export const isEmail = (value: string) =>
  value.length <= 254 && /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/.test(value)
