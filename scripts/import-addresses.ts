/**
 * `npm run import:addresses -- <file.csv>`: adds the civic addresses of a CSV file (the Adresses
 * Québec open-data layout: number, suffix, street, postal_code, lat, long) to the registry, each
 * with its sector. All or nothing: a file with any invalid line is refused with the list of lines.
 * Uses DATABASE_URL, or the embedded PostgreSQL of `npm start`.
 */
import fs from 'node:fs'

import { dataDir as resolveDataDir } from '../src/lib/config/env'
import { resolveDatabase } from './lib/database'

const log = (message: string) => console.log(`[addresses] ${message}`)
const file = process.argv.slice(2).find((arg) => !arg.startsWith('-'))
if (!file || !fs.existsSync(file)) {
  console.error(
    'Usage : npm run import:addresses -- adresses.csv  (fichier introuvable / file not found)',
  )
  process.exit(2)
}
const { parseAddressCsv } = await import('../engines/place')
const { rows, problems } = parseAddressCsv(fs.readFileSync(file, 'utf8'), { maxProblems: 200 })
if (problems.length) {
  console.error(`Aucune adresse importée / no address imported — ${problems.length} problème(s) :`)
  for (const p of problems) console.error(`  ligne/line ${p.line}: ${p.fr} / ${p.en}`)
  process.exit(1)
}
const database = await resolveDatabase(resolveDataDir(), log)
let exitCode = 0
try {
  process.env.DATABASE_URL = database.url
  const config = await (await import('./lib/importConfig')).importPayloadConfig()
  const { getPayload } = await import('payload')
  const { importAddresses } = await import('../src/lib/place/importAddresses')
  const { closePayload } = await import('../src/utilities/closePayload')
  const { migrations } = await import('../src/migrations')
  const payload = await getPayload({ config })
  try {
    await payload.db.migrate({ migrations: migrations as never })
    const { inserted, skipped } = await importAddresses(payload, rows)
    log(
      `${inserted} adresse(s) ajoutée(s), ${skipped} déjà présente(s) / ${inserted} added, ${skipped} already present.`,
    )
  } finally {
    await closePayload(payload)
  }
} catch (error) {
  console.error(error)
  exitCode = 1
} finally {
  await database.stop()
}
process.exit(exitCode)
