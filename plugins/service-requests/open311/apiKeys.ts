import { createHash, randomBytes } from 'node:crypto'

/** Open311 API keys: `o311_` and 32 random characters. Only the SHA-256 hash is stored. */
export const generateApiKey = () => `o311_${randomBytes(24).toString('base64url')}`

export const hashApiKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex')

/** What the admin shows to tell keys apart (`o311_AbCd…`): too short to guess the rest from. */
export const keyPrefixOf = (key: string) => `${key.slice(0, 9)}…`

/** A key a client could send: printable, bounded (the hash is what is compared). */
export const isApiKeyShape = (value: unknown): value is string =>
  typeof value === 'string' && /^[\x21-\x7e]{16,128}$/.test(value)

/** Where the Local API passes a chosen key (the demo seed's OPEN311_DEMO_API_KEY) to the create hook. */
export const chosenKeyContext = 'open311ApiKey'
/** Set by the regenerate endpoint: the update hook issues a new key. */
export const regenerateKeyContext = 'regenerateOpen311Key'
/** The plain key, from the change hook to the response, never stored. */
export const plainKeyContext = 'open311PlainKey'
