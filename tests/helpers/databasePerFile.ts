import { afterAll, inject } from 'vitest'

import { createDatabase, databaseUrl, dropDatabase, uniqueDatabaseName } from './testServer'

// Runs in each test file's own process before the file is imported: the Payload config then reads
// this file's database from DATABASE_URL.
const serverUrl = inject('testServerUrl')
const database = uniqueDatabaseName()
await createDatabase(serverUrl, database)
process.env.DATABASE_URL = databaseUrl(serverUrl, database)
process.env.PAYLOAD_SECRET ||= 'integration-tests-secret-0123456789abcdef'
process.env.DATA_DIR ||= `${process.cwd()}/.data/test`

afterAll(async () => {
  await dropDatabase(serverUrl, database)
})
