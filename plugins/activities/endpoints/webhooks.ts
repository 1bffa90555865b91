import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedActivitiesOptions } from '../types'

/**
 * The payment processors' webhooks (`POST /api/activities/<provider's path>`, e.g.
 * `/stripe/webhook`): served only for the providers configured, each verifying its own signature.
 * Not the kit's form frame: a processor posts from its servers, with no origin, session or CSRF
 * token; its signature over the raw body is what is trusted.
 */
export const webhookEndpoints = (options: ResolvedActivitiesOptions): Endpoint[] =>
  options.paymentProviders.flatMap((provider) =>
    provider.webhook
      ? [
          {
            path: provider.webhook.path,
            method: 'post' as const,
            handler: (req: PayloadRequest) => provider.webhook!.handler({ req, options }),
          },
        ]
      : [],
  )
