import { createHash, randomBytes } from 'node:crypto'

/**
 * An Open311 POST's token is the request's idempotency key, prefixed `o311-` so that
 * `tokens/{token}` never answers for a key of the resident form (a draft's key). With an
 * `Idempotency-Key` header the token is derived from the client and that key, so a repeat finds
 * the first request; without one it is random (every POST is a new request).
 */
const prefix = 'o311-'

export const isOpen311Token = (value: string) =>
  value.startsWith(prefix) && /^[A-Za-z0-9_-]{16,64}$/.test(value)

export const tokenFor = (clientId: number, idempotencyKey: string | null) =>
  idempotencyKey
    ? `${prefix}${createHash('sha256').update(`${clientId}:${idempotencyKey}`).digest('base64url').slice(0, 40)}`
    : `${prefix}${randomBytes(24).toString('base64url')}`

/** What a client may send as `Idempotency-Key`: printable, 8 to 200 characters. */
export const isClientIdempotencyKey = (value: string) => /^[\x21-\x7e]{8,200}$/.test(value)
