import { csrfTokens } from '../../kit/forms'

export { csrfBinding, isSameOriginPost } from '../../kit/forms'

/** The request form's tokens: two hours after the step was rendered (plugins/kit/forms.ts). */
export const { createCsrfToken, isValidCsrfToken } = csrfTokens('service-request-csrf', {
  maxAgeMs: 2 * 60 * 60 * 1000,
})
