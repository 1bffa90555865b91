/**
 * `npm run bench`: prints figures, never passes or fails on wall time.
 *
 * Starts the production build (it builds nothing: run `npm run build` or `npm start` once first)
 * against DATABASE_URL or the embedded Postgres under .data/, and measures in one run:
 *   - cold start: from `next start` to the first 200 on /fr
 *   - /fr and /api/health with autocannon (throughput, p50/p95/p99)
 *   - a plain Node static server serving the identical /fr HTML bytes (the baseline) and the ratios
 *   - /fr p95 at a fixed 100 requests/s
 *   - /fr/recherche over 10,000 indexed documents (seeded straight into the search tables, removed
 *     afterwards), cycling through several queries: throughput, and p95 at a fixed 50 requests/s
 *   - a news article, a service page and one address's collection days: throughput, p95 at 100 req/s
 *   - page weight in Chromium: compressed JavaScript and total bytes per public page
 *   - every public template in both languages (section indexes with a filter combination, page 2,
 *     month views, searches, the event, notice and news pages), each with its ratio to the baseline
 *     and its p95 at 100 req/s; /fr/avis for a signed-in resident; Mon dossier at 20 concurrent
 *     signed-in residents
 *   - server RSS after 10,000 requests on /fr, then after 10,000 more across every template
 *   - the emergency surge (bench/lib/surge.ts): 20,000 subscribers, a notice published through the
 *     REST API, the fan-out on the server's jobs queue, 500 residents over 60 s, and when the notice
 *     first shows on each page; then the server's RSS (BENCH_SURGE=0 skips it)
 *   - server RSS before, at its peak during and after 8 parallel 100 MB posts to the sign-in form
 *     (with Content-Length, then chunked), and what they were answered (413: refused while read)
 * Set BENCH_URL to measure a server you started yourself (cold start and RSS are then skipped; the
 * search figures need DATABASE_URL too, to seed the documents).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'
import pg from 'pg'

import { dataDir as resolveDataDir, developmentSecret } from '../src/lib/config/env'
import { runServer } from '../scripts/lib/build'
import { resolveDatabase } from '../scripts/lib/database'
import { demoAccounts } from '../scripts/lib/demoAccounts'
import { freePort } from '../scripts/lib/freePort'
import { prepareDatabase } from '../scripts/lib/prepareDatabase'

import { bigPosts } from './lib/bigPosts'
import { benchPages, templatePages } from './lib/pages'
import { cleanUpSurge, runSurge, signInResident } from './lib/surge'
import { kb, measurePageWeight } from './lib/pageWeight'
import { removeSearchCorpus, seedSearchCorpus } from './searchCorpus'

const root = path.resolve(import.meta.dirname, '..')
const duration = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const searchDocuments = 10_000
const searchRate = 50
// Common and rare words, several words, an accent left out, a type filter, page 2, and a typo
// that finds nothing (the suggestion path).
const searchQueries = [
  'q=deneigement',
  'q=collecte+des+ordures',
  'q=piscine+horaire',
  'q=permis+de+construction',
  'q=bibliotheque',
  'q=stationnement+hiver&type=notices',
  'q=travaux+rue&page=2',
  'q=thermopompe',
  'q=%C3%A9cocentre+matieres+dangereuses',
  'q=deneigment',
]

type Figures = {
  rps: number
  p50: number
  p95: number
  p99: number
  errors: number
  non2xx: number
  requests: number
}

const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
    : NaN

/** One autocannon run; latencies are kept per response so p95 is exact (autocannon reports p97.5). */
const load = (url: string, options: Partial<autocannon.Options> = {}): Promise<Figures> =>
  new Promise((resolve, reject) => {
    const latencies: number[] = []
    const settings = options.amount
      ? { url, connections, ...options }
      : { url, connections, duration, ...options }
    const instance = autocannon(settings, (err, result) => {
      if (err) return reject(err)
      latencies.sort((a, b) => a - b)
      const seconds = (result.finish.getTime() - result.start.getTime()) / 1000
      resolve({
        rps: result.requests.total / seconds,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        requests: result.requests.total,
      })
    })
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    )
  })

const serverRssMb = (pgid: number): number => {
  let kb = 0
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    } catch {
      // the process ended while we looked
    }
  }
  return kb / 1024
}

/** A plain Node server sending the same bytes for every request: the ceiling to compare with. */
const baselineServer = `
const html = require('node:fs').readFileSync(process.argv[1])
require('node:http').createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': html.length })
  res.end(html)
}).listen(Number(process.argv[2]), '127.0.0.1')
`

const fmt = (f: Figures) =>
  `${f.rps.toFixed(0).padStart(7)} req/s   p50 ${f.p50.toFixed(1).padStart(6)} ms   p95 ${f.p95.toFixed(1).padStart(6)} ms   p99 ${f.p99.toFixed(1).padStart(6)} ms   (${f.requests} requests, ${f.non2xx} non-2xx, ${f.errors} errors)`

const main = async () => {
  let baseUrl = process.env.BENCH_URL?.replace(/\/$/, '')
  let server: ChildProcess | null = null
  let stopDatabase = async () => {}
  let coldStart: number | null = null

  if (!baseUrl) {
    if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
      throw new Error(
        'No production build found: run `npm run build` (or `npm start` once) first. The benchmark builds nothing.',
      )
    }
    const dataDir = resolveDataDir()
    process.env.PAYLOAD_SECRET ||= developmentSecret()
    const database = await resolveDatabase(dataDir, (m) => console.log(`[bench] ${m}`))
    stopDatabase = database.stop
    process.env.DATABASE_URL = database.url
    await prepareDatabase({
      accounts: demoAccounts(dataDir),
      log: (m) => console.log(`[bench] ${m}`),
    })
    const port = await freePort()
    baseUrl = `http://127.0.0.1:${port}`
    const started = performance.now()
    // The jobs queue every 2 s (default: every minute), so the surge measures the fan-out itself.
    server = runServer({
      port,
      host: '127.0.0.1',
      isDetached: true,
      env: { JOBS_CRON: process.env.JOBS_CRON || '*/2 * * * * *', PAGE_CACHE_STATS: '1' },
    })
    for (;;) {
      if (server.exitCode !== null) throw new Error('next start exited during the cold start')
      try {
        if ((await fetch(`${baseUrl}/fr`)).status === 200) break
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    coldStart = (performance.now() - started) / 1000
  }

  const stop = async () => {
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve))
      process.kill(-server.pid, 'SIGTERM')
      await exited
    }
    await stopDatabase()
  }

  // The search corpus goes into the bench database and leaves with the run.
  const searchDb = process.env.DATABASE_URL
    ? new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
    : null
  try {
    if (searchDb) {
      const started = performance.now()
      await seedSearchCorpus(searchDb, searchDocuments)
      console.log(
        `[bench] ${searchDocuments} search documents indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      )
    }
    const html = Buffer.from(await (await fetch(`${baseUrl}/fr`)).arrayBuffer())
    // The baseline runs in its own process, like the server under test, not beside autocannon.
    const baselinePort = await freePort()
    const htmlFile = path.join(os.tmpdir(), `ville-bench-${process.pid}.html`)
    fs.writeFileSync(htmlFile, html)
    const baseline = spawn(
      process.execPath,
      ['-e', baselineServer, htmlFile, String(baselinePort)],
      { stdio: 'ignore' },
    )
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`http://127.0.0.1:${baselinePort}/`)
          .then((r) => r.ok)
          .catch(() => false)
      )
        break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const baselineUrl = `http://127.0.0.1:${baselinePort}/`

    console.log(
      `\nBenchmark — ${connections} connections, ${duration} s per run, /fr page of ${html.length} bytes`,
    )
    await load(`${baseUrl}/fr`, { duration: 3 }) // warm-up: fills the page cache
    const home = await load(`${baseUrl}/fr`)
    const health = await load(`${baseUrl}/api/health`)
    const base = await load(baselineUrl)
    const paced = await load(`${baseUrl}/fr`, { connections: 10, overallRate: 100 })
    // Other public templates: flat out, then at a fixed 100 req/s, beside the same baseline.
    const pages: { label: string; path: string; flat: Figures; paced: Figures }[] = []
    for (const { label, path: pagePath } of await benchPages(baseUrl)) {
      await load(`${baseUrl}${pagePath}`, { duration: 2 }) // warm-up: fills the page cache
      pages.push({
        label,
        path: pagePath,
        flat: await load(`${baseUrl}${pagePath}`),
        paced: await load(`${baseUrl}${pagePath}`, { connections: 10, overallRate: 100 }),
      })
    }
    // What a phone downloads for one visit, measured in Chromium (compressed bytes on the wire).
    const weights = fs.existsSync(process.env.CHROME_PATH || '/usr/bin/chromium')
      ? await measurePageWeight(baseUrl, [
          '/fr',
          '/fr/actualites',
          '/fr/avis',
          '/fr/evenements',
          '/fr/services',
          '/fr/collectes?address=61+rue+des+erables',
          '/fr/recherche?q=collecte',
          ...pages.map((p) => p.path),
        ])
      : []
    let rss: number | null = null
    if (server?.pid) {
      await load(`${baseUrl}/fr`, { amount: 10_000 })
      rss = serverRssMb(server.pid)
    }
    // Every public template, each against the same baseline (shorter runs: there are many).
    const templateSeconds = Number(process.env.BENCH_TEMPLATE_SECONDS || 3)
    const templates: {
      label: string
      path: string
      flat: Figures
      paced: Figures
      cacheControl: string
    }[] = []
    for (const { label, path: pagePath } of await templatePages(baseUrl)) {
      await load(`${baseUrl}${pagePath}`, { duration: 1 })
      const cacheControl = (await fetch(`${baseUrl}${pagePath}`)).headers.get('cache-control') ?? ''
      templates.push({
        label,
        path: pagePath,
        cacheControl,
        flat: await load(`${baseUrl}${pagePath}`, { duration: templateSeconds }),
        paced: await load(`${baseUrl}${pagePath}`, {
          connections: 10,
          overallRate: 100,
          duration: templateSeconds,
        }),
      })
    }
    // Signed-in residents: the same cached /fr/avis, and Mon dossier at 20 at once.
    const accounts = demoAccounts(resolveDataDir())
    const sessions = (
      await Promise.all(
        (accounts.citizens ?? []).map((c) => signInResident(baseUrl!, c.email, c.password)),
      )
    ).filter((c): c is string => Boolean(c))
    let signedInNotices: Figures | null = null
    let dashboard: Figures | null = null
    let sessionCheck: Figures | null = null
    if (sessions.length) {
      signedInNotices = await load(`${baseUrl}/fr/avis`, {
        headers: { cookie: sessions[0]! },
        duration: templateSeconds,
      })
      const requests = sessions.map((cookie) => ({
        method: 'GET' as const,
        path: '/fr/mon-dossier',
        headers: { cookie },
      }))
      await load(baseUrl, { requests, connections: 20, duration: 2 })
      dashboard = await load(baseUrl, { requests, connections: 20, duration: templateSeconds * 2 })
      // The floor under any signed-in page: Payload's session check and one read of the
      // resident's record (`GET /api/citizens/me`), with no page to render.
      const me = sessions.map((cookie) => ({
        method: 'GET' as const,
        path: '/api/citizens/me',
        headers: { cookie },
      }))
      await load(baseUrl, { requests: me, connections: 20, duration: 1 })
      sessionCheck = await load(baseUrl, {
        requests: me,
        connections: 20,
        duration: templateSeconds * 2,
      })
    }
    let rssTemplates: number | null = null
    if (server?.pid) {
      const requests = templates.map((t) => ({ method: 'GET' as const, path: t.path }))
      await load(baseUrl, { requests, amount: 10_000 })
      rssTemplates = serverRssMb(server.pid)
    }
    // Oversized bodies: memory must stay flat (each is refused while it arrives, never buffered).
    const oversized: {
      label: string
      before: number
      peak: number
      after: number
      statuses: number[]
    }[] = []
    if (server?.pid) {
      const pgid = server.pid
      for (const isChunked of [false, true]) {
        const before = serverRssMb(pgid)
        const { statuses, peakRssMb } = await bigPosts({
          url: `${baseUrl}/api/citizen-account/login`,
          count: 8,
          bytes: 100 * 1024 * 1024,
          isChunked,
          rssMb: () => serverRssMb(pgid),
        })
        await new Promise((resolve) => setTimeout(resolve, 1000))
        oversized.push({
          label: isChunked ? 'chunked' : 'with Content-Length',
          before,
          peak: peakRssMb,
          after: serverRssMb(pgid),
          statuses,
        })
      }
    }
    // After the RSS figure, which stays the /fr one it always was.
    let search: Figures | null = null
    let searchPaced: Figures | null = null
    if (searchDb) {
      const requests = searchQueries.map((query) => ({
        method: 'GET' as const,
        path: `/fr/recherche?${query}`,
      }))
      await load(baseUrl, { requests, duration: 3 }) // warm-up
      search = await load(baseUrl, { requests })
      searchPaced = await load(baseUrl, { requests, connections: 10, overallRate: searchRate })
    }
    let surge: Awaited<ReturnType<typeof runSurge>> | null = null
    let rssSurge: number | null = null
    if (process.env.DATABASE_URL && process.env.BENCH_SURGE !== '0' && accounts.citizens?.length) {
      console.log('[bench] emergency surge: seeding subscribers, publishing the notice…')
      surge = await runSurge({
        baseUrl,
        databaseUrl: process.env.DATABASE_URL,
        admin: accounts.admin,
        residents: accounts.citizens,
        sectorCode: 'plateau',
        subscribers: Number(process.env.BENCH_SUBSCRIBERS || 20_000),
        visitors: Number(process.env.BENCH_SURGE_VISITORS || 500),
        windowSeconds: Number(process.env.BENCH_SURGE_SECONDS || 60),
      })
      if (server?.pid) rssSurge = serverRssMb(server.pid)
      await cleanUpSurge(process.env.DATABASE_URL, {
        baseUrl,
        admin: accounts.admin,
        noticeId: surge.noticeId,
        marker: surge.marker,
      }).catch((err) => console.error(`[bench] could not remove the surge's data: ${String(err)}`))
    }
    baseline.kill()
    fs.rmSync(htmlFile, { force: true })

    console.log('')
    console.log(`  /fr (from cache)      ${fmt(home)}`)
    console.log(`  /api/health (db)      ${fmt(health)}`)
    console.log(`  static baseline       ${fmt(base)}`)
    console.log(`  /fr at 100 req/s      ${fmt(paced)}`)
    for (const page of pages) {
      console.log(`  ${page.label.padEnd(21)} ${fmt(page.flat)}   ${page.path}`)
      console.log(`  ${`${page.label} 100/s`.padEnd(21)} ${fmt(page.paced)}`)
    }
    if (search) console.log(`  /fr/recherche         ${fmt(search)}`)
    if (searchPaced) console.log(`  /fr/recherche ${searchRate}/s   ${fmt(searchPaced)}`)
    console.log('')
    const ratio = home.rps / base.rps
    console.log(
      `  ratio /fr / baseline throughput      ${ratio.toFixed(3)}  (budget ≥ 0.200: ${ratio >= 0.2 ? 'within' : 'OVER'})`,
    )
    console.log(`  ratio /api/health / baseline         ${(health.rps / base.rps).toFixed(3)}`)
    console.log(`  ratio /fr / baseline p95 latency     ${(home.p95 / base.p95).toFixed(2)}`)
    console.log(
      `  /fr p95 at 100 req/s                 ${paced.p95.toFixed(1)} ms  (budget < 50 ms: ${paced.p95 < 50 ? 'within' : 'OVER'})`,
    )
    if (searchPaced) {
      const within = searchPaced.p95 < 100 && searchPaced.non2xx === 0 && searchPaced.errors === 0
      console.log(
        `  search p95 at ${searchRate} req/s, ${searchDocuments.toLocaleString('en')} docs  ${searchPaced.p95.toFixed(1)} ms  (budget < 100 ms: ${within ? 'within' : 'OVER'})`,
      )
    } else {
      console.log(
        '  search                               not measured (no DATABASE_URL to seed the documents)',
      )
    }
    for (const page of pages) {
      const pageRatio = page.flat.rps / base.rps
      const isWithin = pageRatio >= 0.2 && page.paced.p95 < 50 && page.paced.non2xx === 0
      console.log(
        `  ${page.label.padEnd(16)} ratio ${pageRatio.toFixed(3)}, p95 at 100 req/s ${page.paced.p95.toFixed(1)} ms  (budgets ≥ 0.200 and < 50 ms: ${isWithin ? 'within' : 'OVER'})`,
      )
    }
    console.log('')
    console.log(
      '  Every public template (flat out, then at 100 req/s; ratio to the static baseline; budgets ≥ 0.5 and p95 < 50 ms)',
    )
    for (const t of templates) {
      const pageRatio = t.flat.rps / base.rps
      const isWithin =
        pageRatio >= 0.5 && t.paced.p95 < 50 && t.flat.non2xx === 0 && t.paced.non2xx === 0
      console.log(
        `    ${t.path.padEnd(52)} ${t.flat.rps.toFixed(0).padStart(6)} req/s  ratio ${pageRatio.toFixed(2)}  p95 ${t.flat.p95.toFixed(1).padStart(5)} ms, at 100/s ${t.paced.p95.toFixed(1).padStart(5)} ms  ${t.flat.non2xx + t.paced.non2xx} non-2xx  ${isWithin ? 'within' : 'OVER'}  [${t.cacheControl}]`,
      )
    }
    if (signedInNotices)
      console.log(
        `    ${'/fr/avis signed in'.padEnd(52)} ${signedInNotices.rps.toFixed(0).padStart(6)} req/s  ratio ${(signedInNotices.rps / base.rps).toFixed(2)}  p95 ${signedInNotices.p95.toFixed(1).padStart(5)} ms`,
      )
    if (dashboard) {
      console.log(
        `    ${'/fr/mon-dossier, 20 signed in at once'.padEnd(52)} ${dashboard.rps.toFixed(0).padStart(6)} req/s  p50 ${dashboard.p50.toFixed(1)} ms  p95 ${dashboard.p95.toFixed(1)} ms  p99 ${dashboard.p99.toFixed(1)} ms  ${dashboard.non2xx} non-2xx  (budget p95 < 50 ms: ${dashboard.p95 < 50 ? 'within' : 'OVER'})`,
      )
    }
    if (sessionCheck) {
      console.log(
        `    ${'/api/citizens/me (session check alone), 20 at once'.padEnd(52)} ${sessionCheck.rps.toFixed(0).padStart(6)} req/s  p50 ${sessionCheck.p50.toFixed(1)} ms  p95 ${sessionCheck.p95.toFixed(1)} ms  p99 ${sessionCheck.p99.toFixed(1)} ms  ${sessionCheck.non2xx} non-2xx`,
      )
    }
    if (surge) {
      console.log('')
      console.log(
        `  Emergency surge: ${surge.subscribers.toLocaleString('en')} subscribers in one sector, notice published through REST in ${surge.publishMs.toFixed(0)} ms; ${surge.visitors} residents over ${surge.windowSeconds} s (a fifth signed in, ${surge.signedIn} sessions)`,
      )
      console.log(
        `    fan-out: ${surge.delivered.toLocaleString('en')} deliveries recorded${surge.fanOutSeconds !== null ? ` in ${surge.fanOutSeconds.toFixed(1)} s after publishing` : ' (not all within 300 s)'}`,
      )
      for (const p of surge.pages) {
        const isWithin = p.p95 < 200 && p.errors === 0
        console.log(
          `    ${p.page.padEnd(28)} ${String(p.count).padStart(4)} requests  p50 ${p.p50.toFixed(1).padStart(6)} ms  p95 ${p.p95.toFixed(1).padStart(6)} ms  p99 ${p.p99.toFixed(1).padStart(6)} ms  ${p.errors} errors  (budget p95 < 200 ms, 0 errors: ${isWithin ? 'within' : 'OVER'})`,
        )
      }
      for (const [page, ms] of Object.entries(surge.firstSeen)) {
        console.log(
          `    notice first shown on ${page.padEnd(40)} ${ms === null ? 'not within 30 s' : `${(ms / 1000).toFixed(2)} s after publishing`}  (budget < 5 s)`,
        )
      }
    }
    if (coldStart !== null)
      console.log(`  cold start to first 200 on /fr       ${coldStart.toFixed(2)} s`)
    if (rss !== null) console.log(`  server RSS after 10,000 requests     ${rss.toFixed(0)} MB`)
    if (rssTemplates !== null)
      console.log(
        `  server RSS after 10,000 more across every template  ${rssTemplates.toFixed(0)} MB  (aim < 450 MB)`,
      )
    if (rssSurge !== null)
      console.log(
        `  server RSS after the surge           ${rssSurge.toFixed(0)} MB  (aim < 450 MB)`,
      )
    for (const o of oversized) {
      const answered = Object.entries(
        o.statuses.reduce<Record<number, number>>((n, s) => ({ ...n, [s]: (n[s] ?? 0) + 1 }), {}),
      )
        .map(([s, n]) => `${n} × ${s}`)
        .join(', ')
      console.log(
        `  8 × 100 MB posts, ${o.label.padEnd(19)} RSS ${o.before.toFixed(0)} MB before, ${o.peak.toFixed(0)} MB peak, ${o.after.toFixed(0)} MB after  (answered ${answered})`,
      )
    }
    if (weights.length) {
      console.log('')
      console.log(
        '  Page weight in Chromium (390 px wide, cold cache; budgets: JS ≤ 100 KB on any page, home ≤ 350 KB)',
      )
      for (const w of weights) {
        const isWithin = w.jsBytes <= 100 * 1024 && (w.path !== '/fr' || w.totalBytes <= 350 * 1024)
        console.log(
          `    ${w.path.padEnd(44)} JS ${kb(w.jsBytes).padStart(9)} (${w.jsFiles} files)   total ${kb(w.totalBytes).padStart(9)} in ${w.requests} requests  ${isWithin ? 'within' : 'OVER'}`,
        )
      }
    } else {
      console.log(
        '  page weight                          not measured (no Chromium at CHROME_PATH or /usr/bin/chromium)',
      )
    }
    console.log('')
  } finally {
    if (searchDb) {
      await removeSearchCorpus(searchDb).catch((err) =>
        console.error(`[bench] could not remove the search corpus: ${String(err)}`),
      )
      await searchDb.end()
    }
    await stop()
  }
  process.exit(0)
}

main().catch((err) => {
  console.error(`[bench] ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
