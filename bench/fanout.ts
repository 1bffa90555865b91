/**
 * `npx tsx bench/fanout.ts`: notice fan-out to 20,000 subscribed citizens (BENCH_CITIZENS) over a
 * local SMTP sink (smtp-server, in a child process; 32 pooled connections), batches of
 * BENCH_BATCH (1000) citizens, BENCH_CONCURRENCY (32) at a time. Prints the time until every delivery is recorded,
 * messages per second and peak RSS; never passes or fails on wall time (budget: < 60 s).
 * Uses a throwaway database on TEST_DATABASE_URL (or a throwaway embedded Postgres).
 */
import { fork } from 'node:child_process'
import path from 'node:path'

import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  provisionTestServer,
  uniqueDatabaseName,
} from '../tests/helpers/testServer'

const total = Number(process.env.BENCH_CITIZENS || 20_000)

const main = async () => {
  // The SMTP sink runs in its own process, as a mail relay would: its parsing is not charged to the fan-out.
  const sink = fork(path.join(import.meta.dirname, 'lib/smtpSink.ts'), [], {
    execArgv: ['--import', 'tsx'],
  })
  const ask = <T>(type: string, key: string) =>
    new Promise<T>((resolve) => {
      const listener = (message: Record<string, T>) => {
        if (key in message) {
          sink.off('message', listener)
          resolve(message[key])
        }
      }
      sink.on('message', listener)
      if (type) sink.send({ type })
    })
  const port = await ask<number>('', 'port')
  // Pooled SMTP connections, as a production relay would be used.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}/?pool=true&maxConnections=32`
  process.env.PAYLOAD_SECRET ||= 'bench-secret-0123456789abcdef0123456789'

  const server = await provisionTestServer()
  const database = uniqueDatabaseName('ville_bench')
  await createDatabase(server.serverUrl, database)
  process.env.DATABASE_URL = databaseUrl(server.serverUrl, database)
  try {
    const config = await (await import('../scripts/lib/importConfig')).importPayloadConfig()
    const { getPayload } = await import('payload')
    const { migrations } = await import('../src/migrations')
    const { fanOutNotice } = await import('../plugins/citizen-accounts/jobs/notifyNotice')
    const { accountOptions } = await import('../plugins/citizen-accounts/frontend/citizen')
    const payload = await getPayload({ config })
    await payload.db.migrate({ migrations: migrations as never })
    const pool = (
      payload.db as unknown as {
        pool: { query: (q: string, v?: unknown[]) => Promise<{ rows: { id: number }[] }> }
      }
    ).pool

    const sector = await payload.create({
      collection: 'sectors',
      data: {
        name: 'Banc',
        code: 'banc',
        boundary: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 1],
              [0, 0],
            ],
          ],
        },
      },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    // Citizens straight in SQL: hashing 20,000 passwords would measure the seed, not the fan-out.
    const seeding = Date.now()
    await pool.query(
      `insert into citizens (name, preferred_language, sector_id, email, _verified, updated_at, created_at)
       select 'Résident ' || g, case when g % 5 = 0 then 'en' else 'fr' end::enum_citizens_preferred_language, $1,
              'resident' || g || '@bench.test', true, now(), now()
       from generate_series(1, $2::int) g`,
      [sector.id, total],
    )
    await pool.query(
      `insert into citizens_alert_topics (parent_id, value, "order") select id, 'all', 1 from citizens`,
    )
    await pool.query(
      `insert into citizens_alert_channels (parent_id, value, "order") select id, 'email', 1 from citizens`,
    )
    console.log(`seeded ${total} citizens in ${((Date.now() - seeding) / 1000).toFixed(1)} s`)

    const notice = await payload.create({
      collection: 'notices',
      data: {
        title: 'Avis d’ébullition (banc d’essai)',
        summary: 'Faites bouillir l’eau.',
        kind: 'boil-water',
        severity: 'warning',
        startsAt: new Date().toISOString(),
        sectors: [sector.id],
        _status: 'published',
      } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })

    let peakRss = process.memoryUsage().rss
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100)
    const started = Date.now()
    const base = accountOptions(payload)
    const options = {
      ...base,
      notifications: {
        ...base.notifications,
        batchSize: Number(process.env.BENCH_BATCH || 1000),
        concurrency: Number(process.env.BENCH_CONCURRENCY || 32),
      },
    }
    // BENCH_SEND=none measures everything but the mail transport.
    const result = await fanOutNotice({
      payload,
      options,
      noticeId: notice.id,
      send: process.env.BENCH_SEND === 'none' ? async () => {} : undefined,
    })
    const seconds = (Date.now() - started) / 1000
    clearInterval(sampler)
    const { rows } = await pool.query(
      `select count(*)::int as id from alert_deliveries where notice_id = $1 and status = 'sent'`,
      [notice.id],
    )
    const received = await ask<number>('count', 'received')
    console.log(
      [
        `fan-out of one notice to ${total} subscribed citizens (email, local SMTP sink, batches of ${options.notifications.batchSize}, concurrency ${options.notifications.concurrency})`,
        `  deliveries recorded as sent: ${rows[0].id}; messages received by SMTP: ${received}; reported sent: ${result.sent}`,
        `  time: ${seconds.toFixed(1)} s   throughput: ${(result.sent / seconds).toFixed(0)} messages/s   peak RSS: ${(peakRss / 1048576).toFixed(0)} MB`,
        `  budget: 20,000 deliveries in under 60 s`,
      ].join('\n'),
    )
    await payload.destroy()
  } finally {
    await dropDatabase(server.serverUrl, database)
    await server.stop()
    sink.send({ type: 'stop' })
  }
}

await main()
process.exit(0)
