import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/config'
import {
  type ConfirmationContext,
  getConfirmationContext,
  getPublicPetition,
  getSupportContext,
  getUnsubscribeContext,
  listPublicPetitions,
  petitionCacheTags,
  type PetitionDetail,
  type PetitionFilters,
  type PetitionSummary,
  type SupportContext,
  type UnsubscribeContext,
} from '@plugins/petitions/frontend'

import { getPayloadClient } from './payload'

/**
 * Petitions residents may see, by filter. Cached by tag: an edit in the admin and the signatures
 * (at most once a second, plugins/petitions/lib/cacheTags.ts) expire it, so the counts follow
 * within a second or two; 30 s at most in any case, since signing opens and closes on its own.
 */
export const getPetitionList = (
  locale: Locale,
  filters: PetitionFilters,
): Promise<PetitionSummary[]> =>
  unstable_cache(
    async () => listPublicPetitions(await getPayloadClient(), locale, filters),
    ['petitions-list', locale, filters.status, String(filters.area)],
    { tags: [petitionCacheTags.petitions], revalidate: 30 },
  )()

/** One public petition by its slug (never a draft or one awaiting the greffe). */
export const getPetitionBySlug = (locale: Locale, slug: string): Promise<PetitionDetail | null> =>
  unstable_cache(
    async () => getPublicPetition(await getPayloadClient(), slug, locale),
    ['petition', locale, slug],
    { tags: [petitionCacheTags.petitions], revalidate: 30 },
  )()

/**
 * A draft reached by its share link (`?appui=`), with this visitor's support form: never cached
 * (drafts are not public, the token is what lets a resident read it, the form is bound to the
 * session). Null when the token is not the petition's own.
 */
export const getSupportPage = async (
  slug: string,
  token: string,
  requestHeaders: Headers,
): Promise<SupportContext | null> =>
  getSupportContext(await getPayloadClient(), requestHeaders, { slug, token })

/** The unsubscribe link's signature checked and what it stops (reads only, never cached). */
export const getUnsubscribePage = async (query: {
  signature?: string
  s?: string
}): Promise<UnsubscribeContext | null> => getUnsubscribeContext(await getPayloadClient(), query)
/** What a visitor's emailed confirmation link stands for: never cached (the token is theirs). */
export const getSignatureConfirmation = async (
  token: string | undefined,
): Promise<ConfirmationContext> => getConfirmationContext(await getPayloadClient(), token)
