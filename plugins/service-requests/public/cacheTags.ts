/**
 * Cache tags the app's data functions put on the plugin's public reads, expired by the plugin's
 * hooks and "me too": `list` (the public list and map, any request or type change) and `types`
 * (the active types of the form and the list's filter: only a type's change, so the form's first
 * page stays cached while residents submit).
 */
export const publicRequestCacheTags = {
  list: 'service-requests-public',
  types: 'service-requests-types',
} as const

/** Expires tags inside a Next server, or through the host's expiry outside one (plugins/kit/cache.ts). */
export { expireTags } from '../../kit/cache'
