import type { Payload } from 'payload'

import { createCsrfToken, csrfBinding, trustedHeaders } from '../lib/csrf'
import { petitionsOptions } from '../lib/options'
import { sectorOfAddress } from '../lib/readPetition'
import {
  hasSupported,
  readPetitionByShareToken,
  type SupportEligibility,
  supportEligibility,
  type SupportPetition,
} from '../lib/support'
import { readUnsubscribe, type UnsubscribeContext } from '../lib/unsubscribe'

/** Everything the support page needs: the draft behind the link and this visitor. Never cached. */
export type SupportContext = {
  petition: SupportPetition
  eligibility: SupportEligibility
  hasSupported: boolean
  csrf: string
  token: string
}

/**
 * The draft whose share link this is (`?appui=` on its page), read fresh: null when the token is
 * not the petition's own, so a wrong link shows nothing of the draft.
 */
export const getSupportContext = async (
  payload: Payload,
  headers: Headers,
  { slug, token }: { slug: string; token: string },
): Promise<SupportContext | null> => {
  const petition = await readPetitionByShareToken(payload, { slug, token })
  if (!petition) return null
  const options = petitionsOptions(payload)
  const citizen = await options.identifyCitizen({ payload, headers: trustedHeaders(headers) })
  const sectorId = citizen ? await sectorOfAddress(payload, options, citizen.addressId) : null
  return {
    petition,
    eligibility: supportEligibility({
      petition,
      isSignedIn: Boolean(citizen),
      hasAddress: Boolean(citizen?.addressId),
      addressSectorId: sectorId,
    }),
    hasSupported: citizen ? await hasSupported(payload, petition.id, citizen.id) : false,
    csrf: createCsrfToken(payload.secret, csrfBinding(citizen)),
    token,
  }
}

/** What the unsubscribe page shows for a link (GET: reads only); null when the link is not valid. */
export const getUnsubscribeContext = (
  payload: Payload,
  query: { signature?: string | null; s?: string | null },
): Promise<UnsubscribeContext | null> => readUnsubscribe(payload, query)

export type { UnsubscribeContext }
