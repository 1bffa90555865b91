import type { SeedAccounts, SeedReport } from '../../src/seed'
import { closePayload } from '../../src/utilities/closePayload'
import { importPayloadConfig } from './importConfig'

/**
 * Applies the committed migrations, then seeds the demo city if the database has no staff account
 * yet (and SEED_DEMO is not "0"). DATABASE_URL must be set before this is called: the Payload
 * config reads it when first imported.
 */
export const prepareDatabase = async ({
  accounts,
  forceSeed = false,
  log = console.log,
}: {
  accounts: SeedAccounts
  forceSeed?: boolean
  log?: (message: string) => void
}): Promise<{ seeded: SeedReport | null }> => {
  // One import at a time: concurrent dynamic imports of overlapping module graphs can leave a
  // top-level await unsettled on a cold tsx cache, and Node then exits silently with nothing done.
  const config = await importPayloadConfig()
  const { getPayload } = await import('payload')
  const { migrations } = await import('../../src/migrations')
  const { seedDemoCity } = await import('../../src/seed')
  const payload = await getPayload({ config, disableOnInit: false })
  try {
    await payload.db.migrate({ migrations: migrations as never })
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    const isEmpty = totalDocs === 0
    if (!forceSeed && (!isEmpty || process.env.SEED_DEMO === '0')) return { seeded: null }
    log(isEmpty ? 'Empty database: seeding the demo city…' : 'Seeding the demo city…')
    const report = await seedDemoCity(payload, accounts)
    log(
      `Seeded: ${Object.entries(report.created)
        .map(([k, v]) => `${v} ${k}`)
        .join(
          ', ',
        )}, ${report.addresses.inserted} addresses (${report.addresses.skipped} already there).`,
    )
    return { seeded: report }
  } finally {
    await closePayload(payload)
  }
}
