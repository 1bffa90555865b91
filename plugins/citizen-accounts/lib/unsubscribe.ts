import { createHmac, timingSafeEqual } from 'node:crypto'

const sign = (secret: string, citizenId: number | string) =>
  createHmac('sha256', secret).update(`citizen-unsubscribe\u0000${citizenId}`).digest('base64url')

/**
 * A link that stops every alert of one citizen (`c`), or one sign-up without account (`g`), without
 * signing in: its signature is the proof.
 */
export const unsubscribeUrl = ({
  serverURL,
  secret,
  citizenId,
  signupId,
  locale,
  endpointPath,
}: {
  serverURL: string
  secret: string
  citizenId?: number
  signupId?: number
  locale: string
  endpointPath: string
}) =>
  `${serverURL}/api${endpointPath}/unsubscribe?${new URLSearchParams(
    signupId
      ? { g: String(signupId), s: sign(secret, `signup:${signupId}`), locale }
      : { c: String(citizenId), s: sign(secret, String(citizenId)), locale },
  )}`

export const isValidUnsubscribe = (
  secret: string,
  id: string,
  signature: string,
  kind: 'citizen' | 'signup' = 'citizen',
) => {
  if (!/^\d{1,12}$/.test(id)) return false
  const expected = Buffer.from(sign(secret, kind === 'signup' ? `signup:${id}` : id))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
