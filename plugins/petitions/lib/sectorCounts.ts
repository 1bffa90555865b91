import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { csvCell } from '../../kit/csv'
import { signaturesTable } from '../defaults'
import type { PetitionLocale, ResolvedPetitionsOptions } from '../types'
import { dbOf } from './db'

export type SectorCount = {
  sectorId: number | null
  name: string | null
  online: number
  paper: number
  total: number
}

/**
 * Valid signatures of the signing phase by sector and channel, every sector of the city listed
 * (those with none too), then the signatures in no sector if any. Counts only: no name, no key,
 * no address. The sector is the one kept on the signature, so anonymised ones still count.
 */
export const sectorCounts = async ({
  payload,
  options,
  petitionId,
  locale,
}: {
  payload: Payload
  options: ResolvedPetitionsOptions
  petitionId: number
  locale: PetitionLocale
}): Promise<SectorCount[]> => {
  const [{ rows }, sectors] = await Promise.all([
    dbOf(payload).drizzle.execute(sql`
      SELECT sector_id,
             count(*) FILTER (WHERE channel = 'online')::int AS online,
             count(*) FILTER (WHERE channel = 'paper')::int AS paper
      FROM ${sql.identifier(signaturesTable)}
      WHERE petition_id = ${petitionId} AND status = 'valid' AND phase = 'signing'
      GROUP BY sector_id`),
    payload.find({
      collection: options.sectorsCollection as 'users',
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'name',
      locale,
      select: { name: true } as never,
      overrideAccess: true,
    }),
  ])
  const bySector = new Map(
    rows.map((row) => [
      row.sector_id === null ? null : Number(row.sector_id),
      { online: Number(row.online), paper: Number(row.paper) },
    ]),
  )
  const count = (sectorId: number | null, name: string | null): SectorCount => {
    const { online = 0, paper = 0 } = bySector.get(sectorId) ?? {}
    return { sectorId, name, online, paper, total: online + paper }
  }
  const list = (sectors.docs as unknown as { id: number; name?: string | null }[]).map((s) =>
    count(s.id, s.name ?? `#${s.id}`),
  )
  return bySector.has(null) ? [...list, count(null, null)] : list
}

const headers: Record<PetitionLocale, string[]> = {
  fr: ['Secteur', 'Signatures valides', 'En ligne', 'Papier'],
  en: ['Sector', 'Valid signatures', 'Online', 'Paper'],
}
const noSector: Record<PetitionLocale, string> = { fr: 'Sans secteur', en: 'No sector' }
const total: Record<PetitionLocale, string> = { fr: 'Total', en: 'Total' }

/** The counts as CSV (RFC 4180, CRLF, a UTF-8 BOM for spreadsheets), with a total line. */
export const sectorCountsCsv = (counts: SectorCount[], locale: PetitionLocale): string => {
  const sum = (pick: (c: SectorCount) => number) => counts.reduce((n, c) => n + pick(c), 0)
  const lines = [
    headers[locale],
    ...counts.map((c) => [c.name ?? noSector[locale], c.total, c.online, c.paper]),
    [total[locale], sum((c) => c.total), sum((c) => c.online), sum((c) => c.paper)],
  ]
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`
}
