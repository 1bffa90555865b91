import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { formatDay } from '../frontend/format'
import { asLocale, petitionTranslator } from '../i18n/translate'
import { petitionsSlug, signaturesTable } from '../defaults'
import type { PetitionLocale, ResolvedPetitionsOptions } from '../types'
import { dbOf } from './db'
import { deliverOnce, deliveries } from './deliveries'
import { renderEmail, type RenderedEmail } from './emails'
import { petitionHref } from './routes'
import { unsubscribeUrl } from './unsubscribe'

/** What the greffe publishes, each emailed once to every signer who asked. */
export const outcomeKinds = ['response', 'consultation', 'report'] as const
export type OutcomeKind = (typeof outcomeKinds)[number]

/** A petition's published outcome, in both languages (the response is localized). */
export type PublishedOutcome = {
  id: number
  slug: string
  title: string
  status: string
  response: { fr: string; en: string } | null
  responseUrl: string | null
  consultationAt: string | null
  reportUrl: string | null
}

/** Statuses whose outcome is public, so emailed: the petition is open for signing or closed. */
const outcomeStatuses = ['signing', 'closed']

/** The kinds this petition has published: a response text, a consultation date, a report link. */
export const publishedKinds = (petition: PublishedOutcome): OutcomeKind[] => {
  if (!outcomeStatuses.includes(petition.status)) return []
  return outcomeKinds.filter((kind) =>
    kind === 'response'
      ? Boolean(petition.response?.fr || petition.response?.en)
      : kind === 'consultation'
        ? Boolean(petition.consultationAt)
        : Boolean(petition.reportUrl),
  )
}

type Doc = {
  id: number
  slug?: string
  title?: string
  status?: string
  outcomeSummary?: { fr?: string | null; en?: string | null } | string | null
  outcomeUrl?: string | null
  consultationAt?: string | null
  reportUrl?: string | null
}

const toOutcome = (doc: Doc): PublishedOutcome => {
  const summary = doc.outcomeSummary
  const response =
    summary && typeof summary === 'object'
      ? { fr: (summary.fr ?? '').trim(), en: (summary.en ?? '').trim() }
      : typeof summary === 'string'
        ? { fr: summary.trim(), en: '' }
        : null
  return {
    id: doc.id,
    slug: doc.slug ?? '',
    title: doc.title ?? '',
    status: doc.status ?? '',
    response: response && (response.fr || response.en) ? response : null,
    responseUrl: doc.outcomeUrl || null,
    consultationAt: doc.consultationAt || null,
    reportUrl: doc.reportUrl || null,
  }
}

const absolute = (serverURL: string, url: string) => (url.startsWith('/') ? serverURL + url : url)

/** One outcome email in the signer's language, with the petition's link and the unsubscribe link. */
export const renderOutcomeEmail = ({
  kind,
  locale,
  petition,
  serverURL,
  unsubscribe,
  base,
}: {
  kind: OutcomeKind
  locale: PetitionLocale
  petition: PublishedOutcome
  serverURL: string
  unsubscribe: string
  base: Record<PetitionLocale, string>
}): RenderedEmail => {
  const t = petitionTranslator(locale)
  const title = petition.title
  const paragraphs: string[] = []
  const links: { label: string; url: string }[] = []
  if (kind === 'response') {
    paragraphs.push(t('emails.response.intro', { title }))
    const text = (locale === 'en' ? petition.response?.en : petition.response?.fr) || ''
    paragraphs.push(text || petition.response?.fr || petition.response?.en || '')
    if (petition.responseUrl)
      links.push({
        label: t('emails.response.link'),
        url: absolute(serverURL, petition.responseUrl),
      })
  } else if (kind === 'consultation') {
    paragraphs.push(
      t('emails.consultation.intro', { title, date: formatDay(locale, petition.consultationAt!) }),
    )
  } else {
    paragraphs.push(t('emails.report.intro', { title }))
    links.push({ label: t('emails.report.link'), url: absolute(serverURL, petition.reportUrl!) })
  }
  links.push({
    label: t('emails.petitionLink'),
    url: serverURL + petitionHref(locale, petition.slug, { base }),
  })
  return renderEmail({
    locale,
    subject: t(`emails.${kind}.subject`, { title }),
    paragraphs,
    links,
    footer: [t('emails.why')],
    footerLinks: [{ label: t('emails.unsubscribe'), url: unsubscribe }],
  })
}

/** Signers of this petition owed this kind: valid, asked for it, with an email, not yet sent. */
const recipients = async ({
  payload,
  options,
  petitionId,
  kind,
  after,
}: {
  payload: Payload
  options: ResolvedPetitionsOptions
  petitionId: number
  kind: OutcomeKind
  after: number
}) => {
  const hasCitizens = Boolean(payload.collections[options.citizensCollection as 'users'])
  const citizens = sql.identifier(options.citizensCollection.replace(/-/g, '_'))
  // A signed-in signer's account email, else the one given (a visitor's, confirmed by link).
  const email = hasCitizens ? sql`coalesce(nullif(s.email, ''), c.email)` : sql`nullif(s.email, '')`
  const { rows } = await dbOf(payload).drizzle.execute(sql`
    SELECT s.id, s.locale, ${email} AS email
    FROM ${sql.identifier(signaturesTable)} s
    ${hasCitizens ? sql`LEFT JOIN ${citizens} c ON c.id = s.citizen_id` : sql``}
    WHERE s.petition_id = ${petitionId} AND s.id > ${after}
      AND s.status = 'valid' AND s.phase IS DISTINCT FROM 'support' AND s.wants_outcome_email
      AND ${email} IS NOT NULL
      AND NOT EXISTS (
        SELECT 1 FROM ${deliveries()} d
        WHERE d.signature_id = s.id AND d.kind = ${kind} AND d.status = 'sent')
    ORDER BY s.id
    LIMIT 200`)
  return rows.map((row) => ({
    id: Number(row.id),
    locale: asLocale(row.locale),
    email: String(row.email),
  }))
}

export type SendResult = { sent: number; skipped: number; failed: number }

/**
 * Emails each published outcome (the city's response, the consultation date, the report) to every
 * valid signer who asked for it and has an email, once per signer and kind, in the signer's
 * language, with a signed unsubscribe link. The delivery log (lib/deliveries.ts) is claimed before
 * each send, so running twice, or on two workers at once, sends nothing more. A failed send is
 * logged and retried on the next run; the others go on. Given no petition, every petition with a
 * published outcome is scanned (the scheduled run); the signers already sent are skipped in SQL.
 */
export const sendOutcomes = async ({
  payload,
  options,
  petitionId,
}: {
  payload: Payload
  options: ResolvedPetitionsOptions
  petitionId?: number | null
}): Promise<SendResult> => {
  const result: SendResult = { sent: 0, skipped: 0, failed: 0 }
  const { docs } = await payload.find({
    collection: petitionsSlug as 'users',
    where: {
      and: [
        ...(petitionId ? [{ id: { equals: petitionId } }] : []),
        { status: { in: outcomeStatuses } },
      ],
    },
    locale: 'all',
    depth: 0,
    limit: 0,
    pagination: false,
    select: {
      slug: true,
      title: true,
      status: true,
      outcomeSummary: true,
      outcomeUrl: true,
      consultationAt: true,
      reportUrl: true,
    } as never,
    overrideAccess: true,
  })
  const serverURL = payload.config.serverURL ?? ''
  for (const doc of docs as unknown as Doc[]) {
    const petition = toOutcome(doc)
    for (const kind of publishedKinds(petition)) {
      for (let after = 0; ;) {
        const batch = await recipients({ payload, options, petitionId: petition.id, kind, after })
        if (batch.length === 0) break
        for (const signer of batch) {
          after = signer.id
          const message = renderOutcomeEmail({
            kind,
            locale: signer.locale,
            petition,
            serverURL,
            unsubscribe: unsubscribeUrl({
              serverURL,
              secret: payload.secret,
              signatureId: signer.id,
              locale: signer.locale,
              base: options.basePath,
            }),
            base: options.basePath,
          })
          try {
            const outcome = await deliverOnce({
              payload,
              key: `outcome:${signer.id}:${kind}`,
              kind,
              signatureId: signer.id,
              send: async () => {
                await payload.sendEmail({ to: signer.email, ...message })
              },
            })
            result[outcome === 'sent' ? 'sent' : 'skipped'] += 1
          } catch (err) {
            result.failed += 1
            payload.logger.error({ err, msg: `petitions: outcome email ${kind} ${signer.id}` })
          }
        }
      }
    }
  }
  return result
}
