import type { Payload } from 'payload'

import type { ResolvedOptions } from '../types'

type Row = { section: string; field: string; value: string }

/** Everything the city holds about a citizen, read with system rights (the citizen is the subject). */
export const collectPersonalData = async ({
  payload,
  options,
  citizenId,
}: {
  payload: Payload
  options: ResolvedOptions
  citizenId: number
}) => {
  const doc = (await payload.findByID({
    collection: options.slug as 'citizens',
    id: citizenId,
    depth: 1,
    overrideAccess: true,
  })) as unknown as Record<string, unknown> & {
    email: string
    address?: { label?: string } | null
    sector?: { name?: string } | null
    sessions?: { createdAt?: string; expiresAt?: string }[] | null
  }
  const mail = await payload.find({
    collection: options.outboxCollection as 'mail-outbox',
    where: { to: { equals: doc.email } },
    limit: 1000,
    depth: 0,
    overrideAccess: true,
    sort: 'createdAt',
  })
  const hasAlerts = Boolean(payload.collections[options.deliveriesCollection as 'alert-deliveries'])
  const deliveries = hasAlerts
    ? await payload.find({
        collection: options.deliveriesCollection as 'alert-deliveries',
        where: { citizen: { equals: citizenId } },
        limit: 5000,
        depth: 0,
        overrideAccess: true,
        sort: 'createdAt',
      })
    : { docs: [] }
  const signups = hasAlerts
    ? await payload.find({
        collection: options.alertSignupsCollection as 'alert-signups',
        where: { email: { equals: doc.email } },
        limit: 100,
        depth: 0,
        overrideAccess: true,
      })
    : { docs: [] }
  const others: Record<string, unknown> = {}
  for (const provider of options.personalDataProviders) {
    others[provider.key] = await provider.export({ citizenId, email: doc.email, payload })
  }
  return {
    exportedAt: new Date().toISOString(),
    account: {
      email: doc.email,
      name: doc.name,
      phone: doc.phone ?? null,
      preferredLanguage: doc.preferredLanguage,
      emailConfirmed: Boolean(doc._verified),
      createdAt: doc.createdAt,
      updatedAt: doc.updatedAt,
    },
    address: doc.address
      ? { label: doc.address.label ?? null, sector: doc.sector?.name ?? null }
      : null,
    household: ((doc.household as { firstName: string; relationship: string }[] | null) ?? []).map(
      ({ firstName, relationship }) => ({ firstName, relationship }),
    ),
    consents: (
      (doc.consents as { purpose: string; textVersion: string; acceptedAt: string }[] | null) ?? []
    ).map(({ purpose, textVersion, acceptedAt }) => ({ purpose, textVersion, acceptedAt })),
    sessions: (doc.sessions ?? []).map(({ createdAt, expiresAt }) => ({ createdAt, expiresAt })),
    alerts: {
      topics: (doc.alertTopics as string[] | null) ?? [],
      newsTopics: (doc.newsTopics as string[] | null | undefined) ?? [],
      channels: (doc.alertChannels as string[] | null) ?? [],
      sent: deliveries.docs.map((d) => ({
        notice: (d as { notice: unknown }).notice,
        news: (d as { news?: unknown }).news ?? null,
        channel: (d as { channel: string }).channel,
        status: (d as { status: string }).status,
        sentAt: (d as { sentAt?: string }).sentAt ?? null,
      })),
      sectorSignupsWithoutAccount: signups.docs.map((g) => ({
        sector: (g as { sector: unknown }).sector,
        confirmedAt: (g as { confirmedAt?: string }).confirmedAt ?? null,
      })),
    },
    emailsSent: mail.docs.map((m) => ({
      subject: (m as { subject?: string }).subject ?? '',
      sentAt: (m as { createdAt: string }).createdAt,
    })),
    ...others,
  }
}

const flatten = (value: unknown, section: string, field: string, rows: Row[]) => {
  if (value === null || value === undefined || typeof value !== 'object') {
    rows.push({ section, field, value: value === null || value === undefined ? '' : String(value) })
    return
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    flatten(child, section, field ? `${field}.${key}` : key, rows)
  }
}

const csvCell = (value: string) => {
  // Cells starting with = + - @ are read as formulas by spreadsheets: quote them harmless.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** One row per value: section, field (dotted path), value. Opens in any spreadsheet. */
export const toCsv = (data: Record<string, unknown>) => {
  const rows: Row[] = []
  for (const [section, value] of Object.entries(data)) flatten(value, section, '', rows)
  return (
    [
      'section,field,value',
      ...rows.map((r) => [r.section, r.field, r.value].map(csvCell).join(',')),
    ].join('\r\n') + '\r\n'
  )
}

/** Deletes the account and what hangs on it; other plugins erase or anonymise their part first. */
export const erasePersonalData = async ({
  payload,
  options,
  citizenId,
  email,
}: {
  payload: Payload
  options: ResolvedOptions
  citizenId: number
  email: string
}) => {
  for (const provider of options.personalDataProviders)
    await provider.erase({ citizenId, email, payload })
  await payload.delete({
    collection: options.outboxCollection as 'mail-outbox',
    where: { to: { equals: email } },
    overrideAccess: true,
  })
  if (payload.collections[options.alertSignupsCollection as 'alert-signups']) {
    await payload.delete({
      collection: options.alertSignupsCollection as 'alert-signups',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
  }
  // The delivery log keeps its rows for the city's records, without the person: the citizen link
  // is cleared by the foreign key (ON DELETE SET NULL) when the account goes.
  await payload.delete({
    collection: options.slug as 'citizens',
    id: citizenId,
    overrideAccess: true,
  })
}
