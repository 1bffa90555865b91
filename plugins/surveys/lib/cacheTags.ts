import { loadNextApis } from '../../kit/cache'

/** Cache tags the app's data functions put on survey reads, expired by the plugin's hooks and endpoints. */
export const surveyCacheTags = {
  surveys: 'surveys',
  results: (surveyId: number | string) => `survey-results-${surveyId}`,
} as const

/** Expires tags inside a Next server, or through the host's expiry outside one (plugins/kit/cache.ts). */
export { expireTags } from '../../kit/cache'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const scheduled = new Set<string>()
const lastExpired = new Map<string, number>()

/**
 * Expires a tag after the response is sent (Next's `after`), at most once per `windowMs`: 200
 * answers in a second expire a survey's results once or twice, not 200 times, and no answer waits
 * for it. An answer arriving while an expiry is scheduled is covered by it (its row was written
 * before), so the page is never more than `windowMs` behind. Outside a Next request: nothing to do.
 */
export const expireSoon = async (tag: string, windowMs = 1000) => {
  if (scheduled.has(tag)) return
  scheduled.add(tag)
  try {
    const [{ after }, { revalidateTag }] = await loadNextApis()
    after(async () => {
      try {
        const wait = (lastExpired.get(tag) ?? 0) + windowMs - Date.now()
        if (wait > 0) await sleep(wait)
        scheduled.delete(tag)
        lastExpired.set(tag, Date.now())
        revalidateTag(tag, { expire: 0 })
      } catch {
        scheduled.delete(tag)
      }
    })
  } catch {
    // Outside a Next request there is no incremental cache.
    scheduled.delete(tag)
  }
}
