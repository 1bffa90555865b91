import { type ChildProcess, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildIfNeeded, runServer } from '../../scripts/lib/build'
import { freePort } from '../../scripts/lib/freePort'
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  provisionTestServer,
  uniqueDatabaseName,
} from '../helpers/testServer'
import { startMailSink } from './mailSink'

const root = path.resolve(import.meta.dirname, '../..')
const log = (message: string) => console.log(`[e2e] ${message}`)

const waitForHealth = async (url: string, server: ChildProcess, timeoutMs = 90_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`next start exited early with code ${server.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`)
}

export default async function globalSetup() {
  if (process.env.E2E_BASE_URL) return
  const server = await provisionTestServer()
  const database = uniqueDatabaseName('ville_e2e')
  await createDatabase(server.serverUrl, database)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ville-e2e-'))
  // Mail goes over real SMTP to a sink of the tests' own; the specs read it from this folder.
  const mailDir = path.join(dataDir, 'mail')
  const mailSink = await startMailSink(mailDir)
  process.env.E2E_MAIL_DIR = mailDir
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl(server.serverUrl, database),
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-tests-secret-0123456789abcdef0123',
    NEXT_TELEMETRY_DISABLED: '1',
    SMTP_URL: mailSink.url,
    // /_cache-stats for tests/e2e/page-cache.spec.ts: what the page caches hold.
    PAGE_CACHE_STATS: '1',
  }
  let child: ChildProcess | null = null
  const teardown = async () => {
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve))
      process.kill(-child.pid, 'SIGTERM')
      await exited
    }
    await dropDatabase(server.serverUrl, database)
    await server.stop()
    await mailSink.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    log('Seeding a fresh database…')
    const seed = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], {
        cwd: root,
        env,
        encoding: 'utf8',
      })
    let seeded = seed()
    // A child that printed nothing at all and exited 0 never started its work: tsx can lose a race
    // on its transform cache with another tsx process writing it at the same moment. The seed is
    // idempotent, so one more try is safe; a second silent exit fails below.
    if (seeded.status === 0 && !seeded.stdout.trim() && !seeded.stderr.trim()) {
      log('The seed process exited silently; trying once more.')
      seeded = seed()
    }
    const summary = seeded.stdout.split('\n').find((line) => line.includes('Seeded:'))
    // Every test below assumes the demo city: a seed that did not say what it did is a failure.
    if (seeded.status !== 0 || !summary)
      throw new Error(`seed failed (exit ${seeded.status}):\n${seeded.stdout}\n${seeded.stderr}`)
    log(summary)
    await buildIfNeeded(log)
    const port = await freePort()
    // Its own process group, so the teardown stops next and every worker it started.
    // The jobs queue every 5 s instead of every minute: alert emails arrive while a test waits.
    child = runServer({
      port,
      host: '127.0.0.1',
      env: {
        ...(env as Record<string, string>),
        JOBS_CRON: process.env.JOBS_CRON ?? '*/5 * * * * *',
      },
      isDetached: true,
    })
    const baseUrl = `http://127.0.0.1:${port}`
    await waitForHealth(`${baseUrl}/api/health`, child)
    process.env.E2E_BASE_URL = baseUrl
    process.env.E2E_CREDENTIALS = fs.readFileSync(
      path.join(dataDir, 'demo-credentials.json'),
      'utf8',
    )
    log(`Server ready at ${baseUrl}`)
  } catch (err) {
    await teardown()
    throw err
  }
  return teardown
}
