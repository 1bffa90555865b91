import type { PayloadRequest } from 'payload'

/** True for a signed-in member of staff (the admin's auth collection), never for a citizen. */
export const isStaffRequest = (req: PayloadRequest, staffCollection: string): boolean =>
  Boolean(req.user && req.user.collection === staffCollection)
