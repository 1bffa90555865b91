/**
 * `npm run bench:requests` (service-requests plugin): p95 of a JSON submission through the form
 * endpoint, of a submission with a ~3 MB photo (checked, re-encoded, stored), and of Open311
 * `GET requests.json` over BENCH_REQUESTS seeded requests (default 100,000). Budgets (issue #5):
 * submission < 300 ms, with photo < 1.5 s, list < 100 ms. Prints figures, never passes or fails.
 * In-process (Local API and Payload's endpoint router, no HTTP server), on a throwaway database on
 * TEST_DATABASE_URL (or a throwaway embedded Postgres). Then, when a production build exists
 * (`npm run build`; this builds nothing), the public pages' p95 while submissions run: see
 * publicPagesWhileSubmitting below.
 */
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  provisionTestServer,
  uniqueDatabaseName,
} from '../tests/helpers/testServer'

const requestsToSeed = Number(process.env.BENCH_REQUESTS || 100_000)
const submissions = Number(process.env.BENCH_SUBMISSIONS || 100)
const base = 'http://localhost:3000'

const p95 = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]
}
const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]
const line = (label: string, samples: number[], budget: number) =>
  console.log(
    `${label.padEnd(44)} n=${String(samples.length).padStart(4)}  median ${median(samples).toFixed(1).padStart(7)} ms  p95 ${p95(samples).toFixed(1).padStart(7)} ms  (budget ${budget} ms)`,
  )

const main = async () => {
  process.env.PAYLOAD_SECRET ||= 'bench-secret-0123456789abcdef0123456789'
  const server = await provisionTestServer()
  const database = uniqueDatabaseName('ville_bench_requests')
  await createDatabase(server.serverUrl, database)
  process.env.DATABASE_URL = databaseUrl(server.serverUrl, database)
  try {
    const config = await (await import('../scripts/lib/importConfig')).importPayloadConfig()
    const { getPayload, handleEndpoints } = await import('payload')
    const { migrations } = await import('../src/migrations')
    const sharp = (await import('sharp')).default
    const { requestOptions } = await import('../plugins/service-requests/frontend/options')
    const { createDraft } = await import('../plugins/service-requests/form/drafts')
    const { createCsrfToken } = await import('../plugins/service-requests/residents/csrf')
    const { handleOpen311Get } = await import('../plugins/service-requests/open311/handlers')
    const payload = await getPayload({ config })
    await payload.db.migrate({ migrations: migrations as never })
    const options = requestOptions(payload)
    const context = { disableRevalidate: true }
    const sector = await payload.create({
      collection: 'sectors',
      data: {
        name: 'Banc',
        code: 'banc',
        boundary: {
          type: 'Polygon',
          coordinates: [
            [
              [-75, 45],
              [-73, 45],
              [-73, 46],
              [-75, 46],
              [-75, 45],
            ],
          ],
        },
      },
      overrideAccess: true,
      context,
    })
    const department = await payload.create({
      collection: 'departments',
      data: { name: 'Travaux publics', code: 'tp' },
      overrideAccess: true,
      context,
    })
    const address = await payload.create({
      collection: 'addresses',
      data: { number: 1, street: 'rue du Banc', postalCode: 'J0A 1B0', lat: 45.5, lng: -74 },
      overrideAccess: true,
      context,
    })
    const type = await payload.create({
      collection: 'request-types',
      locale: 'fr',
      data: {
        code: 'pothole',
        name: 'Nid-de-poule',
        department: department.id,
        deadlineDays: 5,
        photo: 'optional',
        locationRequired: true,
        allowAnonymous: true,
      },
      overrideAccess: true,
    })

    const post = (path: string, body: BodyInit, contentType: string, length?: number) =>
      handleEndpoints({
        config: payload.config,
        request: new Request(`${base}/api${options.endpointPath}/${path}`, {
          method: 'POST',
          headers: {
            origin: base,
            'content-type': contentType,
            ...(length ? { 'content-length': String(length) } : {}),
          },
          body,
        }),
      })
    const csrf = () => createCsrfToken(payload.secret, 'anonymous')
    const submit = async (draftKey: string) => {
      const body = new URLSearchParams({
        csrf: csrf(),
        locale: 'fr',
        step: 'review',
        draft: draftKey,
        email: 'bench@example.test',
      })
      const response = await post('step', body.toString(), 'application/x-www-form-urlencoded')
      if (!/\/requetes\/\d{4}-\d{6}/.test(response.headers.get('location') ?? ''))
        throw new Error(`submission failed: ${response.headers.get('location')}`)
    }
    const newDraft = () =>
      createDraft(payload, options, null, {
        typeId: type.id,
        description: 'Trou dans la chaussée',
        addressId: address.id,
        answers: {},
      })

    // 1. JSON submissions (the review step: validation, insert with number, routing, due date).
    const json: number[] = []
    for (let i = 0; i < submissions; i++) {
      const draft = await newDraft()
      const started = performance.now()
      await submit(draft.key)
      json.push(performance.now() - started)
    }
    line('submission (form endpoint, no photo)', json, 300)

    // 2. With a ~3 MB photo: upload (sniff, decode, re-encode, store) then send.
    const photo = await sharp({
      create: {
        width: 2600,
        height: 1950,
        channels: 3,
        background: '#888',
        noise: { type: 'gaussian', mean: 128, sigma: 50 },
      },
    })
      .jpeg({ quality: 90 })
      .toBuffer()
    const withPhoto: number[] = []
    for (let i = 0; i < Math.max(10, Math.floor(submissions / 5)); i++) {
      const draft = await newDraft()
      const form = new FormData()
      form.set('csrf', csrf())
      form.set('locale', 'fr')
      form.set('draft', draft.key)
      form.append('photo', new File([new Uint8Array(photo)], 'photo.jpg', { type: 'image/jpeg' }))
      const encoded = new Response(form)
      const bytes = new Uint8Array(await encoded.arrayBuffer())
      const started = performance.now()
      const uploaded = await post(
        'photos?locale=fr',
        bytes,
        encoded.headers.get('content-type')!,
        bytes.length,
      )
      if (/error=/.test(uploaded.headers.get('location') ?? ''))
        throw new Error(`photo refused: ${uploaded.headers.get('location')}`)
      await submit(draft.key)
      withPhoto.push(performance.now() - started)
    }
    line(`submission with a ${(photo.length / 1024 / 1024).toFixed(1)} MB photo`, withPhoto, 1500)

    // 3. Open311 list over many requests, seeded in SQL (the hooks would measure the seed).
    const pool = (
      payload.db as unknown as { pool: { query: (q: string, v?: unknown[]) => Promise<unknown> } }
    ).pool
    const seeding = performance.now()
    await pool.query(
      `insert into service_requests (tracking_number, status, type_id, description, department_id, sector_id, address_id, address_label, lat, lng, language, due_at, updated_at, created_at)
       select '2025-' || lpad(g::text, 7, '0'),
              (array['submitted','acknowledged','in_progress','resolved','closed'])[1 + g % 5]::enum_service_requests_status,
              $1, 'Requête ' || g, $2, $3, $4, '1, rue du Banc', 45.5, -74, 'fr', now() + interval '5 days',
              now() - (g % 80) * interval '1 day', now() - (g % 80) * interval '1 day'
       from generate_series(1, $5::int) g`,
      [type.id, department.id, sector.id, address.id, requestsToSeed],
    )
    // Each with its public "created" history entry, and a public status note on the resolved ones.
    await pool.query(
      `insert into service_requests_history (_order, _parent_id, id, at, kind, status, is_public)
       select 1, id, md5('c' || id), created_at, 'created', 'submitted', true from service_requests where tracking_number like '2025-%'`,
    )
    await pool.query(
      `insert into service_requests_history (_order, _parent_id, id, at, kind, from_status, status, note, is_public)
       select 2, id, md5('s' || id), created_at + interval '1 day', 'status', 'submitted', 'resolved', 'Réparé', true
       from service_requests where tracking_number like '2025-%' and status = 'resolved'`,
    )
    await pool.query('analyze service_requests')
    await pool.query('analyze service_requests_history')
    console.log(
      `seeded ${requestsToSeed} requests in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    )
    const list: number[] = []
    const filtered: number[] = []
    for (let i = 0; i < 100; i++) {
      let started = performance.now()
      await handleOpen311Get({
        payload,
        options,
        path: ['requests.json'],
        query: new URLSearchParams(),
        baseUrl: base,
      })
      list.push(performance.now() - started)
      started = performance.now()
      await handleOpen311Get({
        payload,
        options,
        path: ['requests.json'],
        query: new URLSearchParams({ status: 'open', service_code: 'pothole' }),
        baseUrl: base,
      })
      filtered.push(performance.now() - started)
    }
    line(`Open311 GET requests.json (${requestsToSeed} rows)`, list, 100)
    line('Open311 GET requests.json?status=open&service_code', filtered, 100)
    const updates: number[] = []
    for (let i = 0; i < 50; i++) {
      const started = performance.now()
      await handleOpen311Get({
        payload,
        options,
        path: ['servicerequestupdates.json'],
        query: new URLSearchParams({ start_date: new Date(Date.now() - 86_400_000).toISOString() }),
        baseUrl: base,
      })
      updates.push(performance.now() - started)
    }
    line('Open311 GET servicerequestupdates.json (24 h)', updates, 100)
    await publicPagesWhileSubmitting({ payload, typeId: type.id, addressId: address.id })
    await payload.destroy()
  } finally {
    await dropDatabase(server.serverUrl, database)
    await server.stop()
  }
}

/**
 * Public pages' p95 while residents submit (issue #5): the production build is started on the
 * bench database (the Open311 rows above included) and /fr, a news article and the form's first
 * page (/fr/requetes/nouvelle) are loaded with autocannon, first alone, then while
 * BENCH_SUBMITTERS (default 4) clients post the form's last step over HTTP without pause (Origin,
 * CSRF token, validation, numbered insert, routing). Skipped without a build.
 */
const publicPagesWhileSubmitting = async ({
  payload,
  typeId,
  addressId,
}: {
  payload: import('payload').Payload
  typeId: number
  addressId: number
}) => {
  const fs = await import('node:fs')
  const path = await import('node:path')
  const root = path.resolve(import.meta.dirname, '..')
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log(
      'public pages while submitting: skipped (no production build; run `npm run build` first)',
    )
    return
  }
  const { default: autocannon } = await import('autocannon')
  const { runServer } = await import('../scripts/lib/build')
  const { freePort } = await import('../scripts/lib/freePort')
  const { requestOptions } = await import('../plugins/service-requests/frontend/options')
  const { createDraft } = await import('../plugins/service-requests/form/drafts')
  const { createCsrfToken } = await import('../plugins/service-requests/residents/csrf')
  const options = requestOptions(payload)
  const seconds = Number(process.env.BENCH_SECONDS || 10)
  const submitters = Number(process.env.BENCH_SUBMITTERS || 4)
  const slug = 'banc-actualite-requetes'
  await payload.create({
    collection: 'news',
    locale: 'fr',
    data: {
      _status: 'published',
      title: 'Travaux sur la rue du Banc',
      summary: 'La rue du Banc sera refaite cet été.',
      slug,
      publishedAt: new Date().toISOString(),
    } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  const port = await freePort()
  const site = `http://127.0.0.1:${port}`
  const web = runServer({ port, host: '127.0.0.1', isDetached: true })
  try {
    for (;;) {
      if (web.exitCode !== null) throw new Error('the server exited during start')
      if (
        await fetch(`${site}/fr`)
          .then((r) => r.status === 200)
          .catch(() => false)
      )
        break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const pages = [
      { label: '/fr', path: '/fr' },
      { label: 'news article', path: `/fr/actualites/${slug}` },
      { label: 'GET /fr/requetes/nouvelle', path: '/fr/requetes/nouvelle' },
    ]
    const cannon = (url: string) =>
      new Promise<{ latencies: number[]; non2xx: number }>((resolve, reject) => {
        const latencies: number[] = []
        const instance = autocannon({ url, connections: 10, duration: seconds }, (err, result) =>
          err ? reject(err) : resolve({ latencies, non2xx: result.non2xx }),
        )
        instance.on('response', (_c, _s, _b, ms) => latencies.push(ms))
      })
    // One submission over HTTP: a fresh draft (as the earlier steps leave it), then the review step.
    const submitOnce = async () => {
      const draft = await createDraft(payload, options, null, {
        typeId,
        description: 'Trou dans la chaussée',
        addressId,
        answers: {},
      })
      const body = new URLSearchParams({
        csrf: createCsrfToken(payload.secret, 'anonymous'),
        locale: 'fr',
        step: 'review',
        draft: draft.key,
        email: 'bench@example.test',
      })
      const started = performance.now()
      const response = await fetch(`${site}/api${options.endpointPath}/step`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin: site, 'content-type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
      })
      await response.arrayBuffer()
      return {
        ms: performance.now() - started,
        ok: /\/requetes\/\d{4}-\d{6}/.test(response.headers.get('location') ?? ''),
      }
    }
    const pageLine = (label: string, samples: number[], non2xx: number) =>
      console.log(
        `${label.padEnd(44)} n=${String(samples.length).padStart(5)}  median ${median(samples).toFixed(1).padStart(7)} ms  p95 ${p95(samples).toFixed(1).padStart(7)} ms  (${non2xx} non-2xx)`,
      )
    for (const page of pages) await cannon(`${site}${page.path}`).catch(() => null) // warm-up (first render, page cache)
    await submitOnce()
    console.log(
      `\nPublic pages, 10 connections for ${seconds} s each, alone then while ${submitters} clients submit requests without pause`,
    )
    for (const page of pages) {
      const alone = await cannon(`${site}${page.path}`)
      const submitted: number[] = []
      let failures = 0
      let isRunning = true
      const workers = Array.from({ length: submitters }, async () => {
        while (isRunning) {
          const r = await submitOnce()
          submitted.push(r.ms)
          if (!r.ok) failures++
        }
      })
      const loaded = await cannon(`${site}${page.path}`)
      isRunning = false
      await Promise.all(workers)
      pageLine(`${page.label}, alone`, alone.latencies, alone.non2xx)
      pageLine(`${page.label}, during submissions`, loaded.latencies, loaded.non2xx)
      line(`  submissions meanwhile (${failures} failed)`, submitted, 300)
    }
  } finally {
    if (web.pid && web.exitCode === null) {
      const exited = new Promise((resolve) => web.once('exit', resolve))
      process.kill(-web.pid, 'SIGTERM')
      await exited
    }
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
