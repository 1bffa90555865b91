import type { FieldHook, PayloadRequest } from 'payload'

import { relationId } from '../../../../kit/ids'

import type { ResolvedOptions } from '../../../types'

type Contact = { name: string | null; email: string | null; phone: string | null }

/** One read of the citizen per request and submitter, shared by the three fields below. */
const contactOf = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  citizenId: number,
): Promise<Contact | null> => {
  const cache = ((req.context.submitterContacts as
    Map<number, Promise<Contact | null>> | undefined) ??= new Map())
  let pending = cache.get(citizenId)
  if (!pending) {
    pending = req.payload
      .findByID({
        collection: options.citizensCollection as 'citizens',
        id: citizenId,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        select: { name: true, email: true, phone: true },
      })
      .then((doc) =>
        doc ? { name: doc.name ?? null, email: doc.email ?? null, phone: doc.phone ?? null } : null,
      )
    cache.set(citizenId, pending)
  }
  return pending
}

/**
 * The submitter's contact details, read from their account for the staff who may read this request
 * (an agent of its department, an administrator): the field's own read access decides who sees it,
 * the request's read access which requests. Agents thus reach a resident's contact only through the
 * requests they handle, never through the resident list.
 */
export const readSubmitterContact =
  (options: ResolvedOptions, key: keyof Contact): FieldHook =>
  async ({ siblingData, req }) => {
    const citizenId = relationId(siblingData?.submitter)
    if (!citizenId) return null
    return (await contactOf(req, options, citizenId))?.[key] ?? null
  }
