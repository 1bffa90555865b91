import { csrfTokens } from '../../kit/forms'

export { csrfBinding, isSameOriginPost, trustedHeaders } from '../../kit/forms'

/** The survey forms' tokens: four hours (a long survey), plugins/kit/forms.ts. */
export const { createCsrfToken, isValidCsrfToken } = csrfTokens('surveys-csrf', {
  maxAgeMs: 4 * 60 * 60 * 1000,
})

/**
 * A mini-survey block sits in a page the site caches for everyone, so its form cannot carry a
 * session-bound token: it carries a "block" token (30 days), accepted only with an Origin header
 * of this site (a cross-site form cannot forge it).
 */
export const blockBinding = 'mini-survey-block'
export const blockTokenMaxAgeMs = 30 * 24 * 60 * 60 * 1000
