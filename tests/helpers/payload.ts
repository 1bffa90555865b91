import type { Payload } from 'payload'

import { closePayload } from '../../src/utilities/closePayload'

/** A Payload instance on this test file's own database, with the committed migrations applied. */
export const getTestPayload = async (): Promise<Payload> => {
  // One import at a time (see scripts/lib/prepareDatabase.ts).
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  const { migrations } = await import('../../src/migrations')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrations as never })
  return payload
}

export { closePayload }
