/** `npm run seed`: applies migrations and seeds the demo city (idempotent: safe to run again). */
import { dataDir as resolveDataDir } from '../src/lib/config/env'
import { resolveDatabase } from './lib/database'
import { demoAccounts, printDemoAccounts } from './lib/demoAccounts'
import { prepareDatabase } from './lib/prepareDatabase'

const log = (message: string) => console.log(`[seed] ${message}`)
const dataDir = resolveDataDir()
const database = await resolveDatabase(dataDir, log)
try {
  process.env.DATABASE_URL = database.url
  const accounts = demoAccounts(dataDir)
  await prepareDatabase({ accounts, forceSeed: true, log })
  printDemoAccounts(accounts, process.env.SERVER_URL || 'http://localhost:3000')
} finally {
  await database.stop()
}
process.exit(0)
