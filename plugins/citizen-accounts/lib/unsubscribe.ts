import { createHmac, timingSafeEqual } from 'node:crypto'

const sign = (secret: string, citizenId: number | string) =>
  createHmac('sha256', secret).update(`citizen-unsubscribe\u0000${citizenId}`).digest('base64url')

/** A link that stops every alert of one citizen, without signing in (its signature is the proof). */
export const unsubscribeUrl = ({ serverURL, secret, citizenId, locale, endpointPath }: { serverURL: string; secret: string; citizenId: number; locale: string; endpointPath: string }) =>
  `${serverURL}/api${endpointPath}/unsubscribe?${new URLSearchParams({ c: String(citizenId), s: sign(secret, citizenId), locale })}`

export const isValidUnsubscribe = (secret: string, citizenId: string, signature: string) => {
  if (!/^\d{1,12}$/.test(citizenId)) return false
  const expected = Buffer.from(sign(secret, citizenId))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
