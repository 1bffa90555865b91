import type { Payload, RequestContext } from 'payload'

import { chosenKeyContext, isApiKeyShape } from '../open311/apiKeys'

export const demoOpen311ClientName = 'Démo Open311'

/**
 * The demo city's Open311 client, once, with the key the installation chose (OPEN311_DEMO_API_KEY,
 * or the one kept in .data/demo-credentials.json); a random one when none is given. Returns how
 * many clients it created (0 or 1).
 */
export const seedOpen311Client = async ({
  payload,
  apiKey,
  slug = 'open311-clients',
  context = {},
}: {
  payload: Payload
  apiKey?: string | null
  slug?: string
  context?: RequestContext
}): Promise<number> => {
  if (apiKey && !isApiKeyShape(apiKey))
    throw new Error(
      'OPEN311_DEMO_API_KEY must be 16 to 128 printable ASCII characters, without spaces.',
    )
  const { totalDocs } = await payload.count({
    collection: slug as 'open311-clients',
    where: { name: { equals: demoOpen311ClientName } },
    overrideAccess: true,
  })
  if (totalDocs > 0) return 0
  await payload.create({
    collection: slug as 'open311-clients',
    data: {
      name: demoOpen311ClientName,
      contactEmail: 'communications@lac-azur.example',
      active: true,
      rateLimit: 60,
    },
    overrideAccess: true,
    context: { ...context, ...(apiKey ? { [chosenKeyContext]: apiKey } : {}) },
  })
  return 1
}
