import type { Payload } from 'payload'

import { createCsrfToken } from '../lib/csrf'
import { readPetitionForSigning } from '../lib/readPetition'
import { type ConfirmationState, isTokenShaped, readConfirmation } from '../lib/visitor'

/** What the confirmation page shows for one emailed link. */
export type ConfirmationContext = {
  state: ConfirmationState['state']
  /** The token again, for the button's form (only when it has the shape of one). */
  token: string | null
  name: string | null
  petition: { id: number; title: string; slug: string } | null
  /** The button's token, bound to no session (a visitor has none). */
  csrf: string
}

/**
 * The confirmation page's data: what the link stands for (waiting, already confirmed, expired,
 * unknown) and its petition. Reading it changes nothing: only the page's button signs, so a mail
 * scanner that follows the link signs nobody. Never cached (the token is the visitor's).
 */
export const getConfirmationContext = async (
  payload: Payload,
  token: string | undefined,
): Promise<ConfirmationContext> => {
  const state = await readConfirmation(payload, token)
  const petition =
    state.state === 'unknown' ? null : await readPetitionForSigning(payload, state.petitionId)
  return {
    state: state.state,
    token: isTokenShaped(token) ? token : null,
    name: state.state === 'pending' ? state.name : null,
    petition: petition ? { id: petition.id, title: petition.title, slug: petition.slug } : null,
    csrf: createCsrfToken(payload.secret, 'anonymous'),
  }
}
