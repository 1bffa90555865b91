/** Cache tags the app's data functions put on petition reads, expired by the plugin's hooks and endpoints. */
export const petitionCacheTags = {
  petitions: 'petitions',
  petition: (id: number | string) => `petition-${id}`,
} as const

export { expireSoon, expireTags } from '../../kit/cache'
