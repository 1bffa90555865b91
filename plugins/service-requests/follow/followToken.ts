import { createHash, createHmac } from 'node:crypto'

/**
 * The anonymous follow-up secret. Derived from the submission's idempotency key (itself a random
 * secret only the submitter's browser holds), so a repeated submit can show the same link again;
 * only its hash is stored.
 */
export const followTokenFor = (secret: string, idempotencyKey: string) =>
  createHmac('sha256', secret)
    .update(`service-request-follow\u0000${idempotencyKey}`)
    .digest('base64url')

export const hashFollowToken = (token: string) => createHash('sha256').update(token).digest('hex')

export const isFollowTokenShape = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
