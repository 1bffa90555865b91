import { createHash, randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { ownSchema, pendingTable } from '../defaults'
import { petitionTranslator } from '../i18n/translate'
import type { PetitionLocale } from '../types'
import { dbOf } from './db'
import { isInArea, type PetitionForSigning, visitorEligibility } from './model'
import { readPetitionForSigning } from './readPetition'
import { confirmHref } from './routes'
import { addressSignerKey, queueThresholdEmails, type SignResult, writeSignature } from './sign'

/** How long a confirmation link works. */
export const confirmationHours = 48

const pending = () => sql`${sql.identifier(ownSchema)}.${sql.identifier(pendingTable)}`

/** A link's token is kept only as its SHA-256: the table alone confirms nothing. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex')

/** A token as the link carries it: 32 random bytes, base64url (43 characters). */
export const isTokenShaped = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The site's public address, for the link written into the email. */
const siteBase = (payload: Payload) =>
  (payload.config.serverURL || 'http://localhost:3000').replace(/\/$/, '')

export type VisitorRequest = {
  fullName: string
  email: string
  emailDomain: string
  addressId: number
  sectorId: number
  network: string | null
  locale: PetitionLocale
  wantsOutcomeEmail: boolean
}

/**
 * A visitor asked to sign: their signature waits, with a random token whose hash alone is kept,
 * for 48 hours, and the link to confirm it is emailed in the page's language. Nothing is counted
 * yet. Asking again sends another link (e-petitions' lesson: signing again is the resend); the
 * rate limits bound both. Expired rows are purged first (`purgePendingSignatures`). When the
 * email cannot be sent, the row is removed and the error goes up.
 */
export const requestVisitorSignature = async ({
  payload,
  petition,
  title,
  request,
  basePath,
}: {
  payload: Payload
  petition: { id: number }
  title: string
  request: VisitorRequest
  basePath?: Record<PetitionLocale, string>
}): Promise<void> => {
  const db = dbOf(payload).drizzle
  const token = randomBytes(32).toString('base64url')
  await purgePendingSignatures(payload)
  const { rows } = await db.execute(sql`
    INSERT INTO ${pending()}
      (token_hash, petition_id, full_name, address_id, sector_id, email, email_domain, network,
       locale, wants_outcome_email, expires_at)
    VALUES (${tokenHash(token)}, ${petition.id}, ${request.fullName}, ${request.addressId},
      ${request.sectorId}, ${request.email}, ${request.emailDomain}, ${request.network},
      ${request.locale}, ${request.wantsOutcomeEmail},
      now() + make_interval(hours => ${confirmationHours}))
    RETURNING id`)
  const t = petitionTranslator(request.locale)
  const url = `${siteBase(payload)}${confirmHref(request.locale, token, { base: basePath })}`
  const lines = [
    t('visitorEmail.hello', { name: request.fullName }),
    t('visitorEmail.intro', { title }),
    t('visitorEmail.action'),
    url,
    t('visitorEmail.expires', { hours: confirmationHours }),
    t('visitorEmail.ignore'),
  ]
  try {
    await payload.sendEmail({
      to: request.email,
      subject: t('visitorEmail.subject', { title }),
      text: lines.join('\n\n'),
      html: lines
        .map((line) =>
          line === url
            ? `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`
            : `<p>${escapeHtml(line)}</p>`,
        )
        .join('\n'),
    })
  } catch (err) {
    await db.execute(sql`DELETE FROM ${pending()} WHERE id = ${Number(rows[0]?.id)}`)
    throw err
  }
}

/**
 * Law 25: a link never confirmed forgets the person as soon as it expires (only its hash and
 * dates stay, so it can still say "expired"), and every waiting row goes a week after its expiry.
 * Run before each new request and by the daily anonymisation job; safe to run twice.
 */
export const purgePendingSignatures = async (payload: Payload) => {
  const db = dbOf(payload).drizzle
  await db.execute(sql`DELETE FROM ${pending()} WHERE expires_at < now() - interval '7 days'`)
  await db.execute(sql`
    UPDATE ${pending()} SET full_name = NULL, address_id = NULL, sector_id = NULL, email = NULL,
      email_domain = NULL, network = NULL
    WHERE expires_at <= now() AND (full_name IS NOT NULL OR email IS NOT NULL)`)
}

export type ConfirmationState =
  | { state: 'pending'; petitionId: number; locale: PetitionLocale; name: string }
  | { state: 'confirmed'; petitionId: number; locale: PetitionLocale }
  | { state: 'expired'; petitionId: number; locale: PetitionLocale }
  | { state: 'unknown' }

/** What a confirmation link stands for, read without changing anything (a GET: mail scanners follow links). */
export const readConfirmation = async (
  payload: Payload,
  token: unknown,
): Promise<ConfirmationState> => {
  if (!isTokenShaped(token)) return { state: 'unknown' }
  const { rows } = await dbOf(payload).drizzle.execute(sql`
    SELECT petition_id, locale, full_name, confirmed_at, expires_at <= now() AS is_expired
    FROM ${pending()} WHERE token_hash = ${tokenHash(token)}`)
  const row = rows[0]
  if (!row) return { state: 'unknown' }
  const petitionId = Number(row.petition_id)
  const locale = row.locale === 'en' ? 'en' : 'fr'
  if (row.confirmed_at) return { state: 'confirmed', petitionId, locale }
  if (row.is_expired) return { state: 'expired', petitionId, locale }
  return { state: 'pending', petitionId, locale, name: String(row.full_name ?? '') }
}

export type ConfirmResult =
  | { outcome: SignResult['outcome'] | 'notAllowed'; petitionId: number; locale: PetitionLocale }
  | { outcome: 'expired'; petitionId: number; locale: PetitionLocale }
  | { outcome: 'unknown' }

/**
 * The button on the confirmation page was pressed: in one transaction, the waiting row is locked
 * (two presses at once are ordered: the second finds it confirmed), checked (not expired, not
 * confirmed yet), and the signature written as any other (`writeSignature`: the petition still
 * open and allowing visitors, one per key `a:{address}:{name}`, none if the same name already
 * signed from that address by any channel, the count and thresholds moved in SQL). A confirmed
 * row keeps only its hash and dates, so its "already confirmed" answer holds nothing personal.
 */
export const confirmVisitorSignature = async (
  payload: Payload,
  token: unknown,
): Promise<ConfirmResult> => {
  if (!isTokenShaped(token)) return { outcome: 'unknown' }
  let written: SignResult | null = null
  const confirmed = await dbOf(payload).drizzle.transaction(async (tx): Promise<ConfirmResult> => {
    const { rows } = await tx.execute(sql`
      SELECT id, petition_id, full_name, address_id, sector_id, email, email_domain, network,
        locale, wants_outcome_email, confirmed_at, expires_at <= now() AS is_expired
      FROM ${pending()} WHERE token_hash = ${tokenHash(token)} FOR UPDATE`)
    const row = rows[0]
    if (!row) return { outcome: 'unknown' }
    const petitionId = Number(row.petition_id)
    const locale: PetitionLocale = row.locale === 'en' ? 'en' : 'fr'
    if (row.confirmed_at) return { outcome: 'already', petitionId, locale }
    if (row.is_expired) return { outcome: 'expired', petitionId, locale }
    const petition: PetitionForSigning | null = await readPetitionForSigning(payload, petitionId)
    if (!petition) return { outcome: 'unknown' }
    const allowed = visitorEligibility(petition)
    if (allowed === 'notOpen') return { outcome: 'closed', petitionId, locale }
    if (allowed !== 'eligible') return { outcome: 'notAllowed', petitionId, locale }
    const sectorId = Number(row.sector_id)
    // The area was checked when asked; the petition's area does not change while signing is open,
    // but the check is cheap and keeps the rule in one place.
    if (!isInArea(petition.area, sectorId)) return { outcome: 'notAllowed', petitionId, locale }
    const fullName = String(row.full_name ?? '')
    const addressId = Number(row.address_id)
    const result = await writeSignature({
      payload,
      petition,
      tx,
      signature: {
        key: addressSignerKey(addressId, fullName),
        citizenId: null,
        name: fullName,
        addressId,
        sectorId,
        channel: 'online',
        wantsOutcomeEmail: Boolean(row.wants_outcome_email),
        email: String(row.email ?? '') || null,
        emailDomain: String(row.email_domain ?? '') || null,
        network: row.network ? String(row.network) : null,
        locale,
      },
    })
    // Signed, or already signed under this key: the link is used up and forgets the person.
    if (result.outcome === 'signed' || result.outcome === 'already')
      await tx.execute(sql`
        UPDATE ${pending()} SET confirmed_at = now(), full_name = NULL, address_id = NULL,
          sector_id = NULL, email = NULL, email_domain = NULL, network = NULL
        WHERE id = ${Number(row.id)}`)
    written = result
    return { outcome: result.outcome, petitionId, locale }
  })
  // After the commit (lib/sign.ts, queueThresholdEmails).
  if (written) await queueThresholdEmails(payload, written)
  return confirmed
}

/** The address a visitor gave lies in the petition's area and the petition takes visitors now. */
export const visitorMaySign = (petition: PetitionForSigning, sectorId: number | null) =>
  visitorEligibility(petition) === 'eligible' && isInArea(petition.area, sectorId)
