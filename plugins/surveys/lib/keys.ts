import { createHmac, hkdfSync } from 'node:crypto'

/**
 * A key of its own for respondent hashes, derived from the Payload secret: the hash of a citizen's
 * id cannot be recomputed without the server's secret, and changing the purpose string gives an
 * unrelated key (the CSRF tokens use another).
 */
const derived = new Map<string, Buffer>()
export const respondentHashKey = (secret: string): Buffer => {
  let key = derived.get(secret)
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'ville-ouverte', 'surveys:respondent-key', 32))
    derived.set(secret, key)
  }
  return key
}

const hmac = (secret: string, text: string) =>
  createHmac('sha256', respondentHashKey(secret)).update(text).digest('base64url')

/**
 * The respondent key of a citizen for one survey. The survey is part of the hash, so the same
 * citizen's answers to two surveys cannot be linked to each other either.
 */
export const citizenRespondentKey = (secret: string, surveyId: number, citizenId: number) =>
  `c:${hmac(secret, `citizen\u0000${surveyId}\u0000${citizenId}`)}`

/** The respondent key of a browser (anonymous surveys): a random cookie, hashed the same way. */
export const browserRespondentKey = (secret: string, surveyId: number, browserId: string) =>
  `b:${hmac(secret, `browser\u0000${surveyId}\u0000${browserId}`)}`

/** The per-IP counter's key: the address is never stored in clear. */
export const ipKey = (secret: string, surveyId: number, ip: string) =>
  hmac(secret, `ip\u0000${surveyId}\u0000${ip}`)
