/** Cache tags the app's data functions put on programme reads, expired by the plugin's hooks and endpoints. */
export const activityCacheTags = {
  programme: 'activities',
  session: (id: number | string) => `activity-session-${id}`,
} as const

export { expireSoon, expireTags } from '../../kit/cache'
