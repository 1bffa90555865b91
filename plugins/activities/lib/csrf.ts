import { csrfTokens } from '../../kit/forms'

export { csrfBinding, isSameOriginPost, trustedHeaders } from '../../kit/forms'

/** The registration forms' tokens: two hours (plugins/kit/forms.ts). */
export const { createCsrfToken, isValidCsrfToken } = csrfTokens('activities-csrf', {
  maxAgeMs: 2 * 60 * 60 * 1000,
})
