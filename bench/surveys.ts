/**
 * `npm run bench:surveys`: mini-surveys under load, against the production build (run `npm run build`
 * or `npm start` once first; this builds nothing). Prints figures, never passes or fails on time.
 *   - 200 signed-in residents answering the same survey at once, through the real form endpoint
 *     (HTTP, CSRF, eligibility, validation, upsert): responses/s and p50/p95/p99 (budget p95 < 150 ms),
 *     then the same residents at steady arrival rates (open loop, BENCH_RATES answers/s)
 *   - the results page of a survey holding 50,000 responses: first render (counted in SQL) and
 *     p95 under load, cached and expired by new answers (budget p95 < 100 ms)
 * Uses a throwaway database on TEST_DATABASE_URL (or a throwaway embedded Postgres), seeded with the
 * demo city. BENCH_RESIDENTS, BENCH_RESPONSES, BENCH_SECONDS, BENCH_RATES change the sizes.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { startBenchServer, stopBenchServer } from './lib/server'
import { groupCpuMs, summary } from './lib/stats'
import { demoAccounts } from '../scripts/lib/demoAccounts'
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  provisionTestServer,
  uniqueDatabaseName,
} from '../tests/helpers/testServer'

const root = path.resolve(import.meta.dirname, '..')
const residents = Number(process.env.BENCH_RESIDENTS || 200)
const responses = Number(process.env.BENCH_RESPONSES || 50_000)
const seconds = Number(process.env.BENCH_SECONDS || 10)
/** Open-loop arrival rates (answers per second), BENCH_RATES=20,50,100. */
const rates = (process.env.BENCH_RATES || '20,50,100,200')
  .split(',')
  .map(Number)
  .filter((n) => n > 0)

const main = async () => {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')))
    throw new Error('No production build: run `npm run build` first.')
  process.env.PAYLOAD_SECRET ||= 'bench-secret-0123456789abcdef0123456789'
  const server = await provisionTestServer()
  const database = uniqueDatabaseName('ville_bench_surveys')
  await createDatabase(server.serverUrl, database)
  process.env.DATABASE_URL = databaseUrl(server.serverUrl, database)
  let web: ChildProcess | null = null
  try {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ville-bench-surveys-'))
    // One Payload instance for the whole setup (a second getPayload after closing one has no tables).
    const config = await (await import('../scripts/lib/importConfig')).importPayloadConfig()
    const { getPayload } = await import('payload')
    const { migrations } = await import('../src/migrations')
    const { seedDemoCity } = await import('../src/seed')
    const { sql } = await import('@payloadcms/db-postgres')
    const { createCsrfToken, csrfBinding } = await import('../plugins/surveys/lib/csrf')
    const payload = await getPayload({ config })
    await payload.db.migrate({ migrations: migrations as never })
    await seedDemoCity(payload, demoAccounts(dataDir))
    console.log('[bench] demo city seeded')
    const db = payload.db as unknown as {
      drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
    }
    const ctx = { disableRevalidate: true }

    const { docs: addresses } = await payload.find({
      collection: 'addresses',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const started = Date.now()
    const sessions: { cookie: string; csrf: string }[] = []
    // Password hashing dominates: a few residents at a time (libuv's thread pool hashes in parallel).
    const signUp = async (i: number) => {
      const email = `banc-${i}@bench.test`
      await payload.create({
        collection: 'citizens',
        data: {
          email,
          password: 'bench-password-123',
          name: `Résident ${i}`,
          preferredLanguage: 'fr',
          _verified: true,
          address: addresses[0]?.id ?? null,
        } as never,
        overrideAccess: true,
        disableVerificationEmail: true,
        context: { isCitizenSystem: true },
      })
      const { token } = await payload.login({
        collection: 'citizens',
        data: { email, password: 'bench-password-123' },
        overrideAccess: true,
      })
      const claims = JSON.parse(Buffer.from(token!.split('.')[1]!, 'base64url').toString()) as {
        id: number
        sid?: string
      }
      sessions.push({
        cookie: `payload-token=${token}`,
        csrf: createCsrfToken(payload.secret, csrfBinding({ id: claims.id, sid: claims.sid })),
      })
    }
    for (let i = 0; i < residents; i += 8)
      await Promise.all(Array.from({ length: Math.min(8, residents - i) }, (_, j) => signUp(i + j)))
    console.log(
      `[bench] ${residents} residents signed in (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    )

    const questions = [
      {
        blockType: 'singleChoice',
        question: 'Quel parc ?',
        required: true,
        options: [{ label: 'Nature' }, { label: 'Famille' }, { label: 'Sport' }],
      },
      {
        blockType: 'multipleChoice',
        question: 'Équipements',
        required: false,
        maxChoices: 2,
        options: [{ label: 'Tables' }, { label: 'Toilettes' }, { label: 'Vélos' }],
      },
      {
        blockType: 'rating',
        question: 'Importance',
        required: true,
        scaleMin: 1,
        scaleMax: 5,
        minLabel: 'Peu',
        maxLabel: 'Beaucoup',
      },
      {
        blockType: 'ranking',
        question: 'Priorités',
        required: false,
        options: [{ label: 'A' }, { label: 'B' }, { label: 'C' }],
      },
    ]
    type Created = {
      id: number
      slug: string
      questions: { id: string; options?: { id: string }[] }[]
    }
    const make = async (slug: string, extra: Record<string, unknown>) =>
      (await payload.create({
        collection: 'surveys',
        locale: 'fr',
        data: {
          title: `Banc d’essai ${slug}`,
          slug,
          status: 'open',
          audience: 'anyone',
          answerPolicy: 'citizen',
          resultsVisibility: 'live',
          questions,
          ...extra,
        } as never,
        overrideAccess: true,
        context: ctx,
      })) as unknown as Created
    const live = await make('banc-reponses', {})
    const big = await make('banc-resultats', {})
    const [q1, q2, q3, q4] = big.questions as [
      Created['questions'][0],
      Created['questions'][0],
      Created['questions'][0],
      Created['questions'][0],
    ]
    const seeding = Date.now()
    await db.drizzle.execute(sql`
      INSERT INTO survey_responses (survey_id, respondent_key, mode, answers, updated_at, created_at)
      SELECT ${big.id}, 'bench:' || n, 'citizen',
        jsonb_build_object(
          ${q1.id}::text, (${JSON.stringify(q1.options!.map((o) => o.id))}::jsonb ->> (n % 3)),
          ${q2.id}::text, jsonb_build_array(${JSON.stringify(q2.options!.map((o) => o.id))}::jsonb ->> (n % 3)),
          ${q3.id}::text, 1 + (n * 7) % 5,
          ${q4.id}::text, CASE WHEN n % 2 = 0 THEN ${JSON.stringify(q4.options!.map((o) => o.id))}::jsonb ELSE ${JSON.stringify([...q4.options!.map((o) => o.id)].reverse())}::jsonb END),
        now(), now()
      FROM generate_series(1, ${responses}) AS n`)
    console.log(
      `[bench] ${responses} responses inserted (${((Date.now() - seeding) / 1000).toFixed(1)} s)`,
    )
    await payload.destroy()

    const running = await startBenchServer()
    web = running.web
    const { base } = running

    const [a1, a2, a3, a4] = live.questions as [
      Created['questions'][0],
      Created['questions'][0],
      Created['questions'][0],
      Created['questions'][0],
    ]
    const answerOnce = async (session: { cookie: string; csrf: string }, i: number) => {
      const body = new URLSearchParams([
        ['csrf', session.csrf],
        ['locale', 'fr'],
        [`q.${a1.id}`, a1.options![i % 3]!.id],
        [`q.${a2.id}`, a2.options![(i + 1) % 3]!.id],
        [`q.${a3.id}`, String(1 + (i % 5))],
        ...a4.options!.map(
          (o, j) => [`q.${a4.id}.${o.id}`, String(((i + j) % 3) + 1)] as [string, string],
        ),
      ])
      const t0 = performance.now()
      const response = await fetch(`${base}/api/surveys/${live.id}/answer`, {
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
      return {
        ms: performance.now() - t0,
        ok: response.status === 303 && (response.headers.get('location') ?? '').includes('/merci'),
      }
    }
    // One warm-up answer (first compile of the route), then every resident at once, three rounds
    // (the second and third change the answers: the upsert's update path).
    await answerOnce(sessions[0]!, 0)
    const latencies: number[] = []
    let failures = 0
    const cpuStart = groupCpuMs(web.pid)
    const roundStart = performance.now()
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(sessions.map((s, i) => answerOnce(s, i + round)))
      for (const r of results) {
        latencies.push(r.ms)
        if (!r.ok) failures++
      }
    }
    const elapsed = (performance.now() - roundStart) / 1000
    console.log(
      `\nSurveys benchmark — ${os.cpus().length} CPUs, load average before the runs ${os.loadavg()[0]!.toFixed(1)}`,
    )
    const cpuPerAnswer = (groupCpuMs(web.pid) - cpuStart) / latencies.length
    console.log(
      `  closed loop, ${residents} residents at once, 3 rounds: ${latencies.length} answers in ${elapsed.toFixed(1)} s = ${(latencies.length / elapsed).toFixed(0)} responses/s   ${summary(latencies)}   failures: ${failures}   (budget p95 < 150 ms)`,
    )
    console.log(
      `  web server CPU per answer: ${cpuPerAnswer.toFixed(1)} ms (Postgres not included)`,
    )

    // Open loop: the same residents answering at a steady arrival rate (each answer sent on time,
    // whether or not the earlier ones are done), as when 200 residents fill the form over a few
    // minutes rather than all pressing "send" in the same millisecond.
    for (const rate of rates) {
      const lat: number[] = []
      let failed = 0
      const cpuAt = groupCpuMs(web.pid)
      const total = rate * seconds
      const t0 = performance.now()
      const sent: Promise<void>[] = []
      for (let i = 0; i < total; i++) {
        const due = t0 + (i * 1000) / rate
        const wait = due - performance.now()
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
        sent.push(
          answerOnce(sessions[i % sessions.length]!, i).then((r) => {
            lat.push(r.ms)
            if (!r.ok) failed++
          }),
        )
      }
      await Promise.all(sent)
      const took = (performance.now() - t0) / 1000
      console.log(
        `  open loop at ${rate} answers/s for ${seconds} s: ${lat.length} answers in ${took.toFixed(1)} s = ${(lat.length / took).toFixed(0)} responses/s   ${summary(lat)}   failures: ${failed}   server CPU ${((groupCpuMs(web.pid) - cpuAt) / lat.length).toFixed(1)} ms/answer   (budget p95 < 150 ms)`,
      )
    }

    const resultsUrl = `${base}/fr/sondages/banc-resultats/resultats`
    const t0 = performance.now()
    const first = await fetch(resultsUrl)
    const firstHtml = await first.text()
    console.log(
      `  results page, first render over ${responses} responses: ${(performance.now() - t0).toFixed(0)} ms (status ${first.status}, ${firstHtml.includes(`${responses.toLocaleString('fr-CA')}`) || firstHtml.includes('réponses') ? 'counts shown' : 'NO COUNTS'})`,
    )
    const cannon = (url: string) =>
      new Promise<{ latencies: number[]; rps: number; non2xx: number }>((resolve, reject) => {
        const lat: number[] = []
        const instance = autocannon({ url, connections: 10, duration: seconds }, (err, result) => {
          if (err) return reject(err)
          resolve({ latencies: lat, rps: result.requests.average, non2xx: result.non2xx })
        })
        instance.on('response', (_c, _s, _b, ms) => lat.push(ms))
      })
    const loaded = await cannon(resultsUrl)
    console.log(
      `  results page under load (10 connections, ${seconds} s): ${loaded.rps.toFixed(0)} req/s   ${summary(loaded.latencies)}   non-2xx: ${loaded.non2xx}   (budget p95 < 100 ms)`,
    )
  } finally {
    await stopBenchServer(web)
    await dropDatabase(server.serverUrl, database)
    await server.stop()
  }
}

await main()
process.exit(0)
