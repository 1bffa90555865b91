/** Cache tags the app's data functions put on the public list and map, expired by the plugin's hooks and "me too". */
export const publicRequestCacheTags = { list: 'service-requests-public' } as const

/** Expires tags inside a Next server; elsewhere (scripts, tests) there is no cache to expire. */
export const expireTags = async (tags: string[]) => {
  try {
    const { revalidateTag } = await import('next/cache')
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  } catch {
    // Outside a Next request there is no incremental cache.
  }
}
