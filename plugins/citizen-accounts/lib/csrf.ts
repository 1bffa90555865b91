import { csrfTokens } from '../../kit/forms'

export { isSameOriginPost, requestOrigin } from '../../kit/forms'

/** The account forms' tokens: two hours after the page was rendered (plugins/kit/forms.ts). */
export const { createCsrfToken, isValidCsrfToken } = csrfTokens('citizen-csrf', {
  maxAgeMs: 2 * 60 * 60 * 1000,
})
