import { csrfTokens } from '../../kit/forms'

export { csrfBinding, isSameOriginPost, trustedHeaders } from '../../kit/forms'

/** The signing forms' tokens: two hours (plugins/kit/forms.ts). */
export const { createCsrfToken, isValidCsrfToken } = csrfTokens('petitions-csrf', {
  maxAgeMs: 2 * 60 * 60 * 1000,
})
