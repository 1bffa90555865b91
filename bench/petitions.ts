/**
 * `npm run bench:petitions`: one petition signed at a steady rate, against the production build
 * (run `npm run build` or `npm start` once first; this builds nothing). Prints figures, never
 * passes or fails on time.
 *   - BENCH_RATE signatures a second (default 500) for BENCH_SECONDS (default 30) on the demo's
 *     city-wide petition, each by a different signed-in resident through the real form endpoint
 *     (HTTP, origin, CSRF, session, address → sector, the SQL that writes the row and moves the
 *     count), open loop: p50/p95/p99, errors, and the final count against the accepted signatures
 *   - meanwhile the petition's page under load (10 connections): p95 and how old the count it shows
 *     is (a probe reads the page's `data-count` twice a second and compares it with the signatures
 *     accepted by then)
 * Residents are written in SQL (accounts, verified, one session each, the session token signed
 * with Payload's own jwtSign): what is measured is signing, not signing up. Uses a throwaway
 * database on TEST_DATABASE_URL (or a throwaway embedded Postgres), seeded with the demo city.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { demoAccounts } from '../scripts/lib/demoAccounts'
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  provisionTestServer,
  uniqueDatabaseName,
} from '../tests/helpers/testServer'
import { startBenchServer, stopBenchServer } from './lib/server'
import { groupCpuMs, percentile, summary } from './lib/stats'

const root = path.resolve(import.meta.dirname, '..')
const rate = Number(process.env.BENCH_RATE || 500)
const seconds = Number(process.env.BENCH_SECONDS || 30)
const signers = rate * seconds
const petitionSlug = 'pistes-cyclables-rue-principale'

type Row = Record<string, unknown>

const main = async () => {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')))
    throw new Error('No production build: run `npm run build` first.')
  process.env.PAYLOAD_SECRET ||= 'bench-secret-0123456789abcdef0123456789'
  const server = await provisionTestServer()
  const database = uniqueDatabaseName('ville_bench_petitions')
  await createDatabase(server.serverUrl, database)
  process.env.DATABASE_URL = databaseUrl(server.serverUrl, database)
  let web: ChildProcess | null = null
  try {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ville-bench-petitions-'))
    const config = await (await import('../scripts/lib/importConfig')).importPayloadConfig()
    const { getPayload, jwtSign } = await import('payload')
    const { migrations } = await import('../src/migrations')
    const { seedDemoCity } = await import('../src/seed')
    const { sql } = await import('@payloadcms/db-postgres')
    const { createCsrfToken, csrfBinding } = await import('../plugins/petitions/lib/csrf')
    const payload = await getPayload({ config })
    await payload.db.migrate({ migrations: migrations as never })
    await seedDemoCity(payload, demoAccounts(dataDir))
    console.log('[bench] demo city seeded')
    const db = payload.db as unknown as {
      drizzle: { execute: (q: unknown) => Promise<{ rows: Row[] }> }
    }

    const { docs } = await payload.find({
      collection: 'petitions',
      where: { slug: { equals: petitionSlug } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const petition = docs[0] as { id: number; status: string } | undefined
    if (petition?.status !== 'signing') throw new Error(`${petitionSlug} is not open for signing`)

    // Residents spread over the registry's addresses that lie in a sector (a city-wide petition
    // takes any of them), each with one live session.
    const started = Date.now()
    await db.drizzle.execute(sql`
      WITH places AS (
        SELECT id, sector_id, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS n
        FROM addresses WHERE sector_id IS NOT NULL
      )
      INSERT INTO citizens (name, email, preferred_language, address_id, sector_id, _verified)
      SELECT 'Signataire ' || g, 'signe-' || g || '@bench.test', 'fr', p.id, p.sector_id, true
      FROM generate_series(1, ${signers}) AS g
      JOIN places p ON p.i = g % p.n`)
    const { rows: accounts } = await db.drizzle.execute(sql`
      SELECT id, email FROM citizens WHERE email LIKE '%@bench.test' ORDER BY id`)
    await db.drizzle.execute(sql`
      INSERT INTO citizens_sessions (_order, _parent_id, id, created_at, expires_at)
      SELECT 1, id, 'banc-' || id, now(), now() + interval '1 day'
      FROM citizens WHERE email LIKE '%@bench.test'`)
    const sessions = await Promise.all(
      accounts.map(async (account) => {
        const id = Number(account.id)
        const sid = `banc-${id}`
        const { token } = await jwtSign({
          fieldsToSign: { id, collection: 'citizens', email: String(account.email), sid },
          secret: payload.secret,
          tokenExpiration: 86_400,
        })
        return {
          cookie: `payload-token=${token}`,
          csrf: createCsrfToken(payload.secret, csrfBinding({ id, sid })),
        }
      }),
    )
    console.log(
      `[bench] ${sessions.length} residents with a session (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    )
    await payload.destroy()

    const running = await startBenchServer()
    web = running.web
    const { base } = running
    const pageUrl = `${base}/fr/petitions/${petitionSlug}`
    const shownCount = async () => {
      const html = await fetch(pageUrl)
        .then((r) => r.text())
        .catch(() => '')
      const match = html.match(/data-count="(\d+)"/)
      return match ? Number(match[1]) : NaN
    }
    const initial = await shownCount()

    const signOnce = async (session: { cookie: string; csrf: string }) => {
      const body = new URLSearchParams([
        ['csrf', session.csrf],
        ['locale', 'fr'],
        ['member', ''],
        ['ageDeclared', '1'],
      ])
      const t0 = performance.now()
      try {
        const response = await fetch(`${base}/api/petitions/${petition.id}/sign`, {
          method: 'POST',
          redirect: 'manual',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            cookie: session.cookie,
            origin: base,
          },
          body: body.toString(),
        })
        await response.arrayBuffer()
        const location = response.headers.get('location') ?? ''
        const ok = location.includes('status=signed')
        // A 503: refused at the door by the server's admission control (src/server/admission.ts).
        return {
          ms: performance.now() - t0,
          ok,
          location: response.status === 503 ? '?error=busy-503' : location,
        }
      } catch (err) {
        return { ms: performance.now() - t0, ok: false, location: String(err) }
      }
    }
    // Warm-up: the route's first compile, by the last resident (kept out of the figures' count).
    const warm = await signOnce(sessions.pop()!)
    if (!warm.ok) throw new Error(`the warm-up signature was refused: ${warm.location}`)

    // The page under load while signing runs, and the freshness probe.
    let isSigning = true
    const acceptedAt: number[] = [] // the instant of each accepted signature, in order
    const lags: number[] = []
    const probe = (async () => {
      while (isSigning) {
        const at = performance.now()
        const shown = (await shownCount()) - initial - 1 // the warm-up is in the initial count
        // The figure shown is stale since the first signature it does not include was accepted.
        const missedSince = acceptedAt[Math.max(0, shown)]
        lags.push(missedSince !== undefined && missedSince < at ? (at - missedSince) / 1000 : 0)
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
    })()
    const pageLatencies: number[] = []
    const pageLoad = new Promise<{ rps: number; non2xx: number }>((resolve, reject) => {
      const instance = autocannon(
        { url: pageUrl, connections: 10, duration: seconds },
        (err, result) => {
          if (err) return reject(err)
          resolve({ rps: result.requests.average, non2xx: result.non2xx })
        },
      )
      instance.on('response', (_c, _s, _b, ms) => pageLatencies.push(ms))
    })

    const latencies: number[] = []
    const refusals = new Map<string, number>()
    let accepted = 0
    const cpuStart = groupCpuMs(web.pid)
    const t0 = performance.now()
    const sent: Promise<void>[] = []
    for (let i = 0; i < sessions.length; i++) {
      const due = t0 + (i * 1000) / rate
      const wait = due - performance.now()
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      sent.push(
        signOnce(sessions[i]!).then((r) => {
          latencies.push(r.ms)
          if (r.ok) {
            accepted++
            acceptedAt.push(performance.now())
          } else {
            const reason = r.location.replace(/^.*[?&](error|status)=([^&#]+).*$/, '$2')
            refusals.set(reason, (refusals.get(reason) ?? 0) + 1)
          }
        }),
      )
    }
    await Promise.all(sent)
    const took = (performance.now() - t0) / 1000
    const cpuPerSignature = (groupCpuMs(web.pid) - cpuStart) / latencies.length
    const page = await pageLoad
    isSigning = false
    await probe
    // Once the count's cache has expired (at most a second after the last signature, plus the
    // render), the page shows every signature.
    await new Promise((resolve) => setTimeout(resolve, 2_500))
    const finalShown = await shownCount()

    // A plain connection: a second Payload instance after destroy() would have no tables.
    const pg = new (await import('pg')).default.Client({
      connectionString: process.env.DATABASE_URL,
    })
    await pg.connect()
    const { rows: counted } = await pg.query(
      `SELECT (SELECT signatures FROM petitions_counts.counters WHERE petition_id = $1) AS counter,
              (SELECT count(*) FROM petition_signatures WHERE petition_id = $1 AND status = 'valid')::int AS rows`,
      [petition.id],
    )
    await pg.end()
    const expected = initial + 1 + accepted
    const sortedLags = [...lags].sort((a, b) => a - b)

    console.log(
      `\nPetitions benchmark — ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}`,
    )
    console.log(
      `  signing at ${rate}/s for ${seconds} s: ${latencies.length} sent in ${took.toFixed(1)} s = ${(accepted / took).toFixed(0)} accepted/s   ${summary(latencies)}   refused: ${latencies.length - accepted}${refusals.size ? ` (${[...refusals].map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}   server CPU ${cpuPerSignature.toFixed(1)} ms/signature`,
    )
    console.log(
      `  final count: counter ${String(counted[0]?.counter)}, valid rows ${String(counted[0]?.rows)}, expected ${expected} (seeded ${initial} + warm-up 1 + accepted ${accepted}) → ${Number(counted[0]?.counter) === expected && Number(counted[0]?.rows) === expected ? 'equal' : 'DIFFERENT'}; page shows ${finalShown}`,
    )
    console.log(
      `  petition page while signing (10 connections): ${page.rps.toFixed(0)} req/s   ${summary(pageLatencies)}   non-2xx: ${page.non2xx}`,
    )
    console.log(
      `  count shown on the page, age: p50 ${percentile(sortedLags, 50).toFixed(2)} s   p95 ${percentile(sortedLags, 95).toFixed(2)} s   max ${(sortedLags.at(-1) ?? NaN).toFixed(2)} s (${lags.length} probes)`,
    )
  } finally {
    await stopBenchServer(web)
    await dropDatabase(server.serverUrl, database)
    await server.stop()
  }
}

await main()
process.exit(0)
