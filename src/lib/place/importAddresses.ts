import type { Payload } from 'payload'

import { type AddressRow, addressKey, addressLabel, sectorForPoint } from '@engines/place'

import { loadSectorShapes } from '@plugins/kit/sectors'

export type { AddressRow }

type Table = Parameters<Payload['db']['drizzle']['insert']>[0]

/**
 * Adds civic addresses in bulk (thousands per second), computing each one's label, unique key and
 * sector exactly as the collection hooks do. Addresses already in the registry are left unchanged,
 * so an import can be re-run safely. Returns how many rows were new.
 */
export const importAddresses = async (
  payload: Payload,
  rows: AddressRow[],
  { chunkSize = 500 }: { chunkSize?: number } = {},
): Promise<{ inserted: number; skipped: number }> => {
  const shapes = await loadSectorShapes({ payload })
  const db = payload.db as unknown as {
    drizzle: Payload['db']['drizzle']
    tables: Record<string, Table>
  }
  const table = db.tables.addresses
  let inserted = 0
  // One transaction: an import that fails halfway leaves the registry exactly as it was.
  await db.drizzle.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += chunkSize) {
      const values = rows.slice(start, start + chunkSize).map((row) => ({
        number: row.number,
        suffix: row.suffix || null,
        street: row.street,
        postalCode: row.postalCode,
        lat: String(row.lat),
        lng: String(row.lng),
        sector: sectorForPoint({ lat: row.lat, lng: row.lng }, shapes),
        label: addressLabel(row),
        civicKey: addressKey(row),
      }))
      const result = await tx
        .insert(table)
        .values(values as never)
        .onConflictDoNothing()
        .returning()
      inserted += (result as unknown[]).length
    }
  })
  return { inserted, skipped: rows.length - inserted }
}
