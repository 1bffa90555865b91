import pg from 'pg'

import { startThrowawayPostgres } from '../../scripts/lib/embeddedPostgres'

export type TestServer = { serverUrl: string; stop: () => Promise<void> }

/**
 * The Postgres server tests create their databases on: TEST_DATABASE_URL (any database on a server
 * where the user may CREATE DATABASE) or, without it, a throwaway embedded cluster.
 */
export const provisionTestServer = async (): Promise<TestServer> => {
  const fromEnv = process.env.TEST_DATABASE_URL
  if (fromEnv) return { serverUrl: fromEnv, stop: async () => {} }
  const cluster = await startThrowawayPostgres()
  return { serverUrl: cluster.urlFor('postgres'), stop: cluster.stop }
}

export const uniqueDatabaseName = (prefix = 'ville_test') =>
  `${prefix}_${Date.now().toString(36)}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`

export const databaseUrl = (serverUrl: string, database: string) => {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

const withClient = async <T>(
  serverUrl: string,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> => {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export const createDatabase = (serverUrl: string, database: string) =>
  withClient(serverUrl, (c) => c.query(`create database ${c.escapeIdentifier(database)}`))

/**
 * Drops a test database once its connections have gone (up to 15 s), then by force. Terminating a
 * connection the file's own process still holds (a pool client closing on a loaded machine) makes
 * that client emit an error nobody listens to, which Vitest reports as an unhandled error of the run.
 */
export const dropDatabase = (serverUrl: string, database: string) =>
  withClient(serverUrl, async (c) => {
    for (let i = 0; i < 60; i++) {
      const { rows } = await c.query<{ n: number }>(
        'select count(*)::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [database],
      )
      if (!rows[0]?.n) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    return c.query(`drop database if exists ${c.escapeIdentifier(database)} with (force)`)
  })
