import type { Payload } from 'payload'

import { closePayload } from '../../src/utilities/closePayload'

/** A Payload instance on this test file's own database, with the committed migrations applied. */
export const getTestPayload = async (): Promise<Payload> => {
  const [{ default: config }, { getPayload }, { migrations }] = await Promise.all([
    import('../../payload.config'),
    import('payload'),
    import('../../src/migrations'),
  ])
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrations as never })
  return payload
}

export { closePayload }
