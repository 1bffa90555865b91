/**
 * Cache tags the app's data functions put on the plugin's public reads, expired by the plugin's
 * hooks and "me too": `list` (the public list and map, any request or type change) and `types`
 * (the active types of the form and the list's filter: only a type's change, so the form's first
 * page stays cached while residents submit).
 */
export const publicRequestCacheTags = { list: 'service-requests-public', types: 'service-requests-types' } as const

/** Expires tags inside a Next server; elsewhere (scripts, tests) there is no cache to expire. */
export const expireTags = async (tags: string[]) => {
  try {
    const { revalidateTag } = await import('next/cache')
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  } catch {
    // Outside a Next request there is no incremental cache.
  }
}
