/**
 * `npm run bench:scale`: the deployment of the README's "Scaling out" (tests/scale/cluster.ts:
 * Postgres, Redis, S3, two web servers, a worker, nginx) measured through nginx with one web server
 * in the pool, then two: requests/s and p50/p95/p99 of a cached page (`/fr`, nginx's own cache
 * bypassed so the servers answer) and of Mon dossier for signed-in residents, and the delay between
 * a publish on server A and the notice on server B. Figures only, never pass/fail.
 * On a 2-core machine the two servers share the same two cores with nginx, Postgres and the load
 * generator: expect the second server to add little to CPU-bound pages (see the README).
 *   BENCH_SECONDS=10 BENCH_CONNECTIONS=10
 */
import { createHash } from 'node:crypto'

import autocannon from 'autocannon'

import { createCsrfToken } from '../plugins/citizen-accounts/lib/csrf'
import { type Cluster, startCluster } from '../tests/scale/cluster'

const seconds = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Figures = {
  rps: number
  p50: number
  p95: number
  p99: number
  errors: number
  non2xx: number
}

const load = (url: string, headers: Record<string, string> = {}): Promise<Figures> =>
  new Promise((resolve, reject) => {
    const latencies: number[] = []
    const instance = autocannon({ url, connections, duration: seconds, headers }, (err, result) => {
      if (err) return reject(err)
      latencies.sort((a, b) => a - b)
      const at = (q: number) =>
        latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0
      resolve({
        rps: result.requests.average,
        p50: at(0.5),
        p95: at(0.95),
        p99: at(0.99),
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
      })
    })
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    )
  })

const residentCookie = async (cluster: Cluster) => {
  const resident = cluster.accounts.citizens![0]
  const secret = createHash('sha256').update(cluster.secret).digest('hex').slice(0, 32)
  const response = await fetch(`${cluster.nginxUrl}/api/citizen-account/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: cluster.nginxUrl,
      'sec-fetch-site': 'same-origin',
    },
    body: new URLSearchParams({
      locale: 'fr',
      csrf: createCsrfToken(secret, 'anonymous'),
      email: resident.email,
      password: resident.password,
    }),
  })
  const cookie = /payload-token=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0]
  if (!cookie) throw new Error(`resident sign-in failed: ${response.status}`)
  return cookie
}

const publishDelay = async (cluster: Cluster) => {
  const [a, b] = cluster.servers
  const login = await fetch(`${a.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: cluster.accounts.editor.email,
      password: cluster.accounts.editor.password,
    }),
  })
  const { token } = (await login.json()) as { token: string }
  const delays: number[] = []
  for (let i = 0; i < 5; i++) {
    for (const page of ['/fr', '/fr/avis']) await (await fetch(`${b.url}${page}`)).arrayBuffer()
    const title = `Mesure ${Date.now().toString(36)} ${i}`
    const startedAt = Date.now()
    await fetch(`${a.url}/api/notices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        title,
        summary: 'Mesure du délai de publication.',
        kind: 'road-closure',
        severity: 'warning',
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        _status: 'published',
      }),
    })
    while (Date.now() - startedAt < 15_000) {
      if ((await (await fetch(`${b.url}/fr/avis`)).text()).includes(title)) break
      await sleep(25)
    }
    delays.push(Date.now() - startedAt)
    await sleep(1500)
  }
  return delays
}

const row = (label: string, f: Figures) =>
  `| ${label} | ${Math.round(f.rps)} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.errors + f.non2xx} |`

const cluster = await startCluster({ webServers: 2, workers: 1 })
try {
  const cookie = await residentCookie(cluster)
  const ports = cluster.servers.map((s) => s.port)
  const lines: string[] = []
  for (const count of [1, 2]) {
    await cluster.setUpstreams(ports.slice(0, count))
    // Warm both servers' caches, then measure through nginx. The session cookie makes nginx pass
    // /fr on to the servers (its own cache would answer otherwise, whatever their number).
    await load(`${cluster.nginxUrl}/fr`, { cookie: 'payload-token=none' })
    lines.push(
      row(
        `/fr (server cache), ${count} server${count > 1 ? 's' : ''}`,
        await load(`${cluster.nginxUrl}/fr`, { cookie: 'payload-token=none' }),
      ),
    )
    lines.push(
      row(
        `/fr/mon-dossier (signed in), ${count} server${count > 1 ? 's' : ''}`,
        await load(`${cluster.nginxUrl}/fr/mon-dossier`, { cookie }),
      ),
    )
  }
  lines.push(
    row(
      '/fr anonymous (nginx cache when Cache-Control allows, else micro-cache)',
      await load(`${cluster.nginxUrl}/fr`),
    ),
  )
  const delays = await publishDelay(cluster)
  console.log(
    `\n## bench:scale (${seconds} s per figure, ${connections} connections, through nginx)\n`,
  )
  console.log('| page | req/s | p50 ms | p95 ms | p99 ms | errors |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const line of lines) console.log(line)
  console.log(
    `\npublish on A → visible on B (/fr/avis): ${delays.join(', ')} ms (max ${Math.max(...delays)} ms)`,
  )
} finally {
  await cluster.stop()
}
process.exit(0)
