/** Cache tags the app's data functions put on survey reads, expired by the plugin's hooks and endpoints. */
export const surveyCacheTags = {
  surveys: 'surveys',
  results: (surveyId: number | string) => `survey-results-${surveyId}`,
} as const

/** Expires tags inside a Next server, or through the host's expiry outside one (plugins/kit/cache.ts). */
export { expireSoon, expireTags } from '../../kit/cache'
