import type { Payload } from 'payload'

import { surveysSlug } from '../defaults'
import type { SurveyLocale } from '../types'
import type { SurveyDoc } from './model'

/** A survey by id or slug, in one language, as the system sees it (drafts included: callers check). */
export const readSurvey = async (payload: Payload, by: { id?: number; slug?: string }, locale: SurveyLocale): Promise<SurveyDoc | null> => {
  if (by.id !== undefined) {
    if (!Number.isSafeInteger(by.id) || by.id <= 0) return null
    const doc = await payload.findByID({ collection: surveysSlug as 'users', id: by.id, locale, depth: 0, overrideAccess: true, disableErrors: true })
    return (doc as unknown as SurveyDoc | null) ?? null
  }
  if (!by.slug || !/^[a-z0-9-]{1,80}$/.test(by.slug)) return null
  const { docs } = await payload.find({
    collection: surveysSlug as 'users',
    where: { slug: { equals: by.slug } },
    locale,
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return (docs[0] as unknown as SurveyDoc | undefined) ?? null
}
