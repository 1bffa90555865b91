import { createHmac, timingSafeEqual } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { petitionsTable, signaturesTable } from '../defaults'
import type { PetitionLocale } from '../types'
import { dbOf } from './db'
import { unsubscribeHref } from './routes'

const mac = (secret: string, signatureId: number) =>
  createHmac('sha256', secret)
    .update(`petitions-unsubscribe\u0000${signatureId}`)
    .digest('base64url')

/**
 * The link in every outcome email that stops them for this signature without signing in: an HMAC
 * of the signature's id with Payload's secret is the proof. It opens a page with a button; only
 * the button's POST unsubscribes (mail scanners follow links).
 */
export const unsubscribeUrl = ({
  serverURL,
  secret,
  signatureId,
  locale,
  base,
}: {
  serverURL: string
  secret: string
  signatureId: number
  locale: PetitionLocale
  base?: Record<PetitionLocale, string>
}) =>
  `${serverURL}${unsubscribeHref(locale, {
    query: { signature: String(signatureId), s: mac(secret, signatureId) },
    base,
  })}`

/** The signature's id when the link's HMAC is its own, else null (constant-time comparison). */
export const verifiedSignatureId = (
  secret: string,
  signature: string | null | undefined,
  given: string | null | undefined,
): number | null => {
  if (!signature || !/^\d{1,12}$/.test(signature) || !given) return null
  const id = Number(signature)
  const expected = Buffer.from(mac(secret, id))
  const actual = Buffer.from(given)
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? id : null
}

/** What the unsubscribe page shows of a valid link: the petition's title, whether still subscribed. */
export type UnsubscribeContext = {
  signatureId: number
  petitionTitle: string
  language: PetitionLocale
  isSubscribed: boolean
}

/** Reads a link's signature (GET: never changes anything); null when the link is not valid. */
export const readUnsubscribe = async (
  payload: Payload,
  { signature, s }: { signature?: string | null; s?: string | null },
): Promise<UnsubscribeContext | null> => {
  const id = verifiedSignatureId(payload.secret, signature, s)
  if (id === null) return null
  const { rows } = await dbOf(payload).drizzle.execute(sql`
    SELECT p.title, p.language, s.wants_outcome_email
    FROM ${sql.identifier(signaturesTable)} s
    JOIN ${sql.identifier(petitionsTable)} p ON p.id = s.petition_id
    WHERE s.id = ${id}`)
  const row = rows[0]
  if (!row) return null
  return {
    signatureId: id,
    petitionTitle: String(row.title ?? ''),
    language: row.language === 'en' ? 'en' : 'fr',
    isSubscribed: Boolean(row.wants_outcome_email),
  }
}

/** The signer wants no more outcome emails for this petition. */
export const unsubscribeSignature = async (payload: Payload, signatureId: number) => {
  await dbOf(payload).drizzle.execute(sql`
    UPDATE ${sql.identifier(signaturesTable)} SET wants_outcome_email = false, updated_at = now()
    WHERE id = ${signatureId}`)
}
