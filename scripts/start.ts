/**
 * `npm start`: the newcomer path. Uses DATABASE_URL when set, otherwise starts an embedded
 * PostgreSQL under .data/; applies migrations; seeds the demo city into an empty database; builds
 * the site when the sources changed; serves it on PORT (3000). Ctrl-C stops everything cleanly.
 * `npm run dev` does the same with `next dev`.
 */
import type { ChildProcess } from 'node:child_process'

import { ConfigError, dataDir as resolveDataDir, developmentSecret } from '../src/lib/config/env'
import { buildIfNeeded, runNext, runServer } from './lib/build'
import { resolveDatabase } from './lib/database'
import { demoAccounts, printDemoAccounts } from './lib/demoAccounts'
import { isPortFree } from './lib/freePort'
import { prepareDatabase } from './lib/prepareDatabase'

const log = (message: string) => console.log(`[ville] ${message}`)
const isDev = process.argv.includes('--dev')
const port = Number(process.env.PORT || 3000)

const main = async () => {
  process.env.NEXT_TELEMETRY_DISABLED = '1'
  const dataDir = resolveDataDir()
  const isProduction = process.env.NODE_ENV === 'production'
  if (!process.env.PAYLOAD_SECRET) {
    if (isProduction) {
      throw new ConfigError(
        'PAYLOAD_SECRET must be set when NODE_ENV=production (generate one with `openssl rand -hex 32`).',
      )
    }
    process.env.PAYLOAD_SECRET = developmentSecret()
    log('Using the local secret stored in .data/secret (set PAYLOAD_SECRET in production).')
  }
  if (!(await isPortFree(port))) {
    throw new ConfigError(
      `Port ${port} is already in use. Stop the other server or choose another port: PORT=3001 npm start`,
    )
  }

  const database = await resolveDatabase(dataDir, log)
  let server: ChildProcess | null = null
  let isStopping = false
  const stop = async (code: number) => {
    if (isStopping) return
    isStopping = true
    if (server && server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((resolve) => server?.once('exit', resolve))
    }
    await database.stop()
    if (database.isEmbedded) log('Embedded PostgreSQL stopped.')
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))

  try {
    process.env.DATABASE_URL = database.url
    const accounts = demoAccounts(dataDir)
    await prepareDatabase({ accounts, log })
    if (!isDev) await buildIfNeeded(log)

    const url = process.env.SERVER_URL || `http://localhost:${port}`
    const env = { DATABASE_URL: database.url, NODE_OPTIONS: '--no-deprecation' }
    server = isDev
      ? runNext(['dev', '-p', String(port)], {
          ...env,
          NODE_ENV: 'development',
          JOBS_AUTORUN: process.env.JOBS_AUTORUN ?? '1',
        })
      : runServer({ port, env })
    server.on('exit', (code) => {
      if (!isStopping) void stop(code ?? 1)
    })
    await waitForHealth(`http://127.0.0.1:${port}/api/health`)
    printDemoAccounts(accounts, url)
    log('Press Ctrl-C to stop.')
  } catch (err) {
    console.error(`\n[ville] ${err instanceof Error ? err.message : String(err)}\n`)
    await stop(1)
  }
}

const waitForHealth = async (url: string, timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs / 1000} s.`)
}

main().catch((err) => {
  console.error(
    `\n[ville] ${err instanceof ConfigError ? err.message : err instanceof Error ? err.stack : String(err)}\n`,
  )
  process.exit(1)
})
