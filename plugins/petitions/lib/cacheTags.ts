import { loadNextApis } from '../../kit/cache'

/** Cache tags the app's data functions put on petition reads, expired by the plugin's hooks and endpoints. */
export const petitionCacheTags = {
  petitions: 'petitions',
  petition: (id: number | string) => `petition-${id}`,
} as const

export { expireTags } from '../../kit/cache'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const scheduled = new Set<string>()
const lastExpired = new Map<string, number>()

/**
 * Expires a tag after the response is sent (Next's `after`), at most once per `windowMs`: a burst
 * of signatures refreshes the count once a second or so, not once per signature, and no signer
 * waits for it. Outside a Next request there is no cache to expire.
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
    scheduled.delete(tag)
  }
}
