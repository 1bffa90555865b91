import type { Endpoint } from 'payload'

import { asLocale } from '../i18n/translate'
import { accountHref } from '../lib/routes'
import { isValidUnsubscribe } from '../lib/unsubscribe'
import type { ResolvedOptions } from '../types'

/**
 * One-click unsubscribe from the link in every alert: no sign-in, the signature proves the link
 * came from us. GET for the link, POST for mail clients' List-Unsubscribe-Post.
 */
export const unsubscribeEndpoint = (
  options: ResolvedOptions,
  method: 'get' | 'post',
): Endpoint => ({
  path: `${options.endpointPath}/unsubscribe`,
  method,
  handler: async (req) => {
    const url = new URL(req.url ?? '', req.payload.config.serverURL || 'http://localhost')
    const id = url.searchParams.get('c') ?? ''
    const signupId = url.searchParams.get('g') ?? ''
    const signature = url.searchParams.get('s') ?? ''
    const locale = asLocale(url.searchParams.get('locale'))
    const redirect = (query: Record<string, string>, page: 'login' | 'sectorAlerts' = 'login') =>
      new Response(null, {
        status: 303,
        headers: {
          Location: accountHref(locale, page, query),
          'Cache-Control': 'private, no-store',
        },
      })
    if (signupId) {
      if (!isValidUnsubscribe(req.payload.secret, signupId, signature, 'signup'))
        return redirect({ error: 'invalidToken' }, 'sectorAlerts')
      await req.payload.delete({
        collection: options.alertSignupsCollection as 'alert-signups',
        where: { id: { equals: Number(signupId) } },
        overrideAccess: true,
      })
      return redirect({ status: 'unsubscribed' }, 'sectorAlerts')
    }
    if (!isValidUnsubscribe(req.payload.secret, id, signature))
      return redirect({ error: 'invalidToken' })
    try {
      await req.payload.update({
        collection: options.slug as 'citizens',
        id: Number(id),
        data: {
          alertTopics: [],
          alertChannels: [],
          ...(options.notifications.newsTopics.length ? { newsTopics: [] } : {}),
        } as never,
        overrideAccess: true,
        context: { isCitizenSystem: true },
      })
    } catch (err) {
      // The account may have been deleted since: there is nothing left to stop.
      req.payload.logger.warn({ err, msg: 'citizen-accounts: unsubscribe of a missing citizen' })
    }
    return redirect({ status: 'unsubscribed' })
  },
})
