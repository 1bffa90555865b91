import type { Payload } from 'payload'

import type { ResolvedOptions } from '../../types'
import type { StepType } from './types'

/** An active type by id (a posted value or the draft's), or null. */
export const readStepType = async (payload: Payload, options: ResolvedOptions, id: unknown) => {
  const n = Number(id)
  if (!Number.isSafeInteger(n) || n <= 0) return null
  const doc = (await payload.findByID({
    collection: options.typesCollection as 'request-types',
    id: n,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as StepType | null
  return doc?.active ? doc : null
}
