import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isStaffRequest } from '../../../access/isStaff'

export class CredentialChangeRefused extends APIError {
  constructor() {
    super(
      'Le personnel ne peut pas changer le mot de passe ni le courriel d’un résident : envoyez-lui un courriel de réinitialisation. / Staff cannot change a resident’s password or email: send them a reset email instead.',
      403,
      undefined,
      true,
    )
  }
}

/**
 * Nobody on staff sets a resident's password or sign-in email (either would hand them the account):
 * an update by staff that carries a password, or an email other than the stored one, is refused
 * whole, before Payload hashes anything. The email field's own update access (false) holds the same
 * line for bulk updates; residents reset their password themselves from the emailed link.
 */
export const refuseStaffCredentialChanges =
  ({
    staffCollection,
    slug,
  }: {
    staffCollection: string
    slug: string
  }): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'update' || !isStaffRequest(req, staffCollection)) return args
    const { data, id } = args as { data?: Record<string, unknown>; id?: number | string }
    if (!data) return args
    if (typeof data.password === 'string' && data.password !== '')
      throw new CredentialChangeRefused()
    if ('email' in data && data.email !== undefined) {
      if (id === undefined) throw new CredentialChangeRefused()
      const stored = await req.payload.findByID({
        collection: slug as 'citizens',
        id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        select: { email: true },
      })
      if (stored && String(data.email).trim().toLowerCase() !== String(stored.email).toLowerCase())
        throw new CredentialChangeRefused()
    }
    return args
  }
