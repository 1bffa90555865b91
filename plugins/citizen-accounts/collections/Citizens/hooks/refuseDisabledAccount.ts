import { APIError, type CollectionBeforeLoginHook } from 'payload'

export class AccountDisabledError extends APIError {
  constructor() {
    super(
      'Ce dossier est désactivé : communiquez avec la Ville. / This account is disabled: please contact the city.',
      403,
      undefined,
      true,
    )
  }
}

/** A disabled account signs in nowhere (staff disable it from the admin; see endpoints/accountActions.ts). */
export const refuseDisabledAccount: CollectionBeforeLoginHook = ({ user }) => {
  if ((user as { disabledAt?: string | null }).disabledAt) throw new AccountDisabledError()
  return user
}
