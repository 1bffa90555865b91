/**
 * The emergency surge, measured end to end on the running server (`npm run bench`):
 *   - 20,000 residents subscribed to a sector's alerts (written straight in SQL, as bench/fanout.ts);
 *   - an emergency notice for that sector published through the admin's REST API, as an editor would;
 *   - the fan-out on the server's own jobs queue, until every delivery is recorded;
 *   - at the same time, residents arriving over the window (500 over 60 s by default) who follow the
 *     alert's link, then open /fr/avis and the home page; a fifth of them signed in, who also open
 *     Mon dossier;
 *   - how long after publishing the notice first appears on each of those pages.
 * Figures only, never pass or fail.
 */
import pg from 'pg'

export type SurgeOptions = {
  baseUrl: string
  databaseUrl: string
  admin: { email: string; password: string }
  /** Demo residents' logins: the signed-in fifth share their sessions. */
  residents: { email: string; password: string; sectorCode: string }[]
  sectorCode: string
  subscribers?: number
  visitors?: number
  windowSeconds?: number
}

type Timing = { page: string; ms: number; status: number }

const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
    : NaN

/** Signs a resident in through the sign-in form, as a browser without JavaScript would. */
export const signInResident = async (
  baseUrl: string,
  email: string,
  password: string,
): Promise<string | null> => {
  const page = await fetch(`${baseUrl}/fr/mon-dossier/connexion`)
  const html = await page.text()
  const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1]
  if (!csrf) return null
  const response = await fetch(`${baseUrl}/api/citizen-account/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: baseUrl,
      'sec-fetch-site': 'same-origin',
    },
    body: new URLSearchParams({ email, password, csrf, locale: 'fr' }).toString(),
  })
  const token = response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
  return token ? token.split(';')[0]! : null
}

const timed = async (
  url: string,
  page: string,
  cookie?: string,
): Promise<Timing & { body: string }> => {
  const started = performance.now()
  try {
    const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual' })
    const body = await response.text()
    return { page, ms: performance.now() - started, status: response.status, body }
  } catch {
    return { page, ms: performance.now() - started, status: 0, body: '' }
  }
}

export const runSurge = async ({
  baseUrl,
  databaseUrl,
  admin,
  residents,
  sectorCode,
  subscribers = 20_000,
  visitors = 500,
  windowSeconds = 60,
}: SurgeOptions) => {
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 })
  const marker = `bench-surge-${Date.now()}`
  try {
    const sector = (
      await db.query<{ id: number }>('select id from sectors where code = $1', [sectorCode])
    ).rows[0]
    if (!sector) throw new Error(`no sector ${sectorCode}`)
    // Subscribers straight in SQL: hashing 20,000 passwords would measure the seed, not the surge.
    await db.query(
      `insert into citizens (name, preferred_language, sector_id, email, _verified, updated_at, created_at)
       select 'Résident ' || g, case when g % 5 = 0 then 'en' else 'fr' end::enum_citizens_preferred_language, $1,
              $3 || '-' || g || '@bench.test', true, now(), now()
       from generate_series(1, $2::int) g`,
      [sector.id, subscribers, marker],
    )
    await db.query(
      `insert into citizens_alert_topics (parent_id, value, "order") select id, 'all', 1 from citizens where email like $1`,
      [`${marker}-%`],
    )
    await db.query(
      `insert into citizens_alert_channels (parent_id, value, "order") select id, 'email', 1 from citizens where email like $1`,
      [`${marker}-%`],
    )

    const sessions = (
      await Promise.all(residents.map((r) => signInResident(baseUrl, r.email, r.password)))
    ).filter((c): c is string => Boolean(c))
    const login = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    })
    const { token } = (await login.json()) as { token?: string }
    if (!token) throw new Error('admin sign-in failed')

    const title = `Avis d’ébullition préventif — ${marker}`
    const drafted = await fetch(`${baseUrl}/api/notices?locale=fr&draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        title,
        summary: 'Faites bouillir l’eau une minute avant de la boire.',
        kind: 'boil-water',
        severity: 'emergency',
        isSafety: true,
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        sectors: [sector.id],
        _status: 'draft',
      }),
    })
    // A safety notice is published with its English (requireEnglishForSafety): the English save publishes it.
    const draftDoc = ((await drafted.json()) as { doc?: { id: number; slug: string } }).doc
    if (!drafted.ok || !draftDoc) throw new Error(`drafting the notice failed (${drafted.status})`)
    const publishedAt = performance.now()
    const created = await fetch(`${baseUrl}/api/notices/${draftDoc.id}?locale=en`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: `Boil-water notice ${Date.now()}`,
        summary: 'Boil water for one minute before drinking it.',
        body: {
          root: {
            type: 'root',
            format: '',
            indent: 0,
            version: 1,
            direction: null,
            children: [
              {
                type: 'paragraph',
                format: '',
                indent: 0,
                version: 1,
                direction: null,
                children: [
                  {
                    type: 'text',
                    text: 'Boil water for one minute before drinking it.',
                    format: 0,
                    style: '',
                    mode: 'normal',
                    detail: 0,
                    version: 1,
                  },
                ],
              },
            ],
          },
        },
        _status: 'published',
      }),
    })
    const publishMs = performance.now() - publishedAt
    const { doc } = (await created.json()) as { doc?: { id: number; slug: string } }
    if (!created.ok || !doc) throw new Error(`publishing the notice failed (${created.status})`)
    // The French address (the answer is in English, the locale of the publishing save).
    const alertPath = `/fr/avis/${draftDoc.slug}`

    // When the notice first shows on each page, polled every 100 ms (a resident of the sector signed in for Mon dossier).
    const firstSeen: Record<string, number | null> = {
      [alertPath]: null,
      '/fr/avis': null,
      '/fr': null,
      '/fr/mon-dossier': null,
    }
    const sectorSession =
      sessions[residents.findIndex((r) => r.sectorCode === sectorCode)] ?? sessions[0]
    const watching = (async () => {
      const deadline = publishedAt + 30_000
      while (performance.now() < deadline && Object.values(firstSeen).some((v) => v === null)) {
        await Promise.all(
          Object.keys(firstSeen)
            .filter((path) => firstSeen[path] === null)
            .map(async (path) => {
              const { body, status } = await timed(
                `${baseUrl}${path}`,
                path,
                path === '/fr/mon-dossier' ? sectorSession : undefined,
              )
              if (status === 200 && body.includes(marker))
                firstSeen[path] = performance.now() - publishedAt
            }),
        )
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    })()

    // Deliveries recorded, polled once a second.
    let fanOutSeconds = null as number | null
    let delivered = 0
    const fanOut = (async () => {
      const deadline = publishedAt + 300_000
      while (performance.now() < deadline) {
        delivered = (
          await db.query<{ n: number }>(
            'select count(*)::int as n from alert_deliveries where notice_id = $1',
            [doc.id],
          )
        ).rows[0]!.n
        if (delivered >= subscribers) {
          fanOutSeconds = (performance.now() - publishedAt) / 1000
          return
        }
        await new Promise((resolve) => setTimeout(resolve, 1000))
      }
    })()

    // Residents arrive evenly over the window; each reads their pages one after the other.
    const timings: Timing[] = []
    const journeys: Promise<void>[] = []
    for (let i = 0; i < visitors; i++) {
      const cookie = i % 5 === 0 && sessions.length ? sessions[i % sessions.length] : undefined
      journeys.push(
        (async () => {
          await new Promise((resolve) => setTimeout(resolve, (i * windowSeconds * 1000) / visitors))
          for (const page of [
            alertPath,
            '/fr/avis',
            '/fr',
            ...(cookie ? ['/fr/mon-dossier'] : []),
          ]) {
            const { body: _body, ...timing } = await timed(
              `${baseUrl}${page}`,
              page === alertPath ? 'alert (notice page)' : page,
              cookie,
            )
            timings.push(
              page === '/fr/avis' || page === '/fr'
                ? { ...timing, page: cookie ? `${page} (signed in)` : page }
                : timing,
            )
          }
        })(),
      )
    }
    await Promise.all(journeys)
    await watching
    await fanOut

    const byPage = new Map<string, Timing[]>()
    for (const t of timings) byPage.set(t.page, [...(byPage.get(t.page) ?? []), t])
    const pages = [...byPage.entries()].map(([page, list]) => {
      const ms = list.map((t) => t.ms).sort((a, b) => a - b)
      return {
        page,
        count: list.length,
        p50: percentile(ms, 50),
        p95: percentile(ms, 95),
        p99: percentile(ms, 99),
        errors: list.filter((t) => t.status !== 200).length,
      }
    })
    return {
      subscribers,
      visitors,
      windowSeconds,
      publishMs,
      fanOutSeconds,
      delivered,
      firstSeen,
      pages,
      signedIn: sessions.length,
      noticeId: doc.id,
      marker,
    }
  } finally {
    await db.end()
  }
}

/** Removes what the surge added: the notice (through REST, which expires the pages), its deliveries, the subscribers. */
export const cleanUpSurge = async (
  databaseUrl: string,
  {
    baseUrl,
    admin,
    noticeId,
    marker,
  }: {
    baseUrl: string
    admin: { email: string; password: string }
    noticeId: number
    marker: string
  },
) => {
  const db = new pg.Pool({ connectionString: databaseUrl, max: 1 })
  try {
    await db.query('delete from alert_deliveries where notice_id = $1', [noticeId])
    const login = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    })
    const { token } = (await login.json()) as { token?: string }
    if (token)
      await fetch(`${baseUrl}/api/notices/${noticeId}`, {
        method: 'DELETE',
        headers: { authorization: `JWT ${token}` },
      })
    await db.query('delete from citizens where email like $1', [`${marker}-%`])
  } finally {
    await db.end()
  }
}
