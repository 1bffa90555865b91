import { createLocalReq, type Endpoint, logoutOperation } from 'payload'
import { generateExpiredPayloadCookie } from 'payload/shared'

import { formEndpoint } from '../lib/endpointKit'
import type { ResolvedOptions } from '../types'

/**
 * Sign-out that really revokes: the session id is removed from the citizen's record, so the token
 * is refused from then on even if it was copied. `everywhere` removes every session.
 */
export const logoutEndpoint = (
  options: ResolvedOptions,
  { everywhere }: { everywhere: boolean },
): Endpoint =>
  formEndpoint({
    options,
    action: everywhere ? 'logout-everywhere' : 'logout',
    fallbackPage: everywhere ? 'security' : 'dashboard',
    requiresCitizen: false,
    handler: async ({ payload, citizen }) => {
      const collection = payload.collections[options.slug as 'citizens']
      if (citizen) {
        const req = await createLocalReq({ user: citizen as never }, payload)
        await logoutOperation({ allSessions: everywhere, collection, req })
      }
      const headers = new Headers()
      headers.append(
        'Set-Cookie',
        generateExpiredPayloadCookie({
          collectionAuthConfig: collection.config.auth,
          cookiePrefix: payload.config.cookiePrefix,
        }),
      )
      return { page: 'login', status: everywhere ? 'loggedOutEverywhere' : 'loggedOut', headers }
    },
  })
