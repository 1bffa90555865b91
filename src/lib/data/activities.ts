import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/config'
import {
  activityCacheTags,
  type ActivitySummary,
  getPublicSession,
  listProgramme,
  type SessionDetail,
} from '@plugins/activities/frontend'

import { getPayloadClient } from './payload'

/**
 * The leisure programme. Cached by tag: an edit in the admin and registrations (at most once a
 * second, plugins/activities/lib/cacheTags.ts) expire it, so places left follow within a second
 * or two (the registration itself is exact, counted in the database); 30 s at most in any case.
 */
export const getProgramme = (locale: Locale): Promise<ActivitySummary[]> =>
  unstable_cache(
    async () => listProgramme(await getPayloadClient(), locale),
    ['activities-programme', locale],
    { tags: [activityCacheTags.programme], revalidate: 30 },
  )()

/** One session of a published activity, with its places left. */
export const getActivitySession = (locale: Locale, id: number): Promise<SessionDetail | null> =>
  unstable_cache(
    async () => getPublicSession(await getPayloadClient(), id, locale),
    ['activity-session', locale, String(id)],
    { tags: [activityCacheTags.programme, activityCacheTags.session(id)], revalidate: 30 },
  )()
