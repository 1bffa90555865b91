/**
 * `npx tsx bench/fanout.ts`: notice fan-out to 20,000 subscribed citizens (BENCH_CITIZENS) over a
 * local SMTP sink (smtp-server, in this process). Prints the time until every delivery is recorded,
 * messages per second and peak RSS; never passes or fails on wall time (budget: < 60 s).
 * Uses a throwaway database on TEST_DATABASE_URL (or a throwaway embedded Postgres).
 */
import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

import { createDatabase, databaseUrl, dropDatabase, provisionTestServer, uniqueDatabaseName } from '../tests/helpers/testServer'

const total = Number(process.env.BENCH_CITIZENS || 20_000)

const main = async () => {
  let received = 0
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {})
      stream.on('end', () => {
        received++
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const { port } = smtp.server.address() as AddressInfo
  // Pooled SMTP connections, as a production relay would be used.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}/?pool=true&maxConnections=8`
  process.env.PAYLOAD_SECRET ||= 'bench-secret-0123456789abcdef0123456789'

  const server = await provisionTestServer()
  const database = uniqueDatabaseName('ville_bench')
  await createDatabase(server.serverUrl, database)
  process.env.DATABASE_URL = databaseUrl(server.serverUrl, database)
  try {
    const { default: config } = await import('../payload.config')
    const { getPayload } = await import('payload')
    const { migrations } = await import('../src/migrations')
    const { fanOutNotice } = await import('../plugins/citizen-accounts/jobs/notifyNotice')
    const { accountOptions } = await import('../plugins/citizen-accounts/frontend/citizen')
    const payload = await getPayload({ config })
    await payload.db.migrate({ migrations: migrations as never })
    const pool = (payload.db as unknown as { pool: { query: (q: string, v?: unknown[]) => Promise<{ rows: { id: number }[] }> } }).pool

    const sector = await payload.create({
      collection: 'sectors',
      data: { name: 'Banc', code: 'banc', boundary: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] } },
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
    await pool.query(`insert into citizens_alert_topics (parent_id, value, "order") select id, 'all', 1 from citizens`)
    await pool.query(`insert into citizens_alert_channels (parent_id, value, "order") select id, 'email', 1 from citizens`)
    console.log(`seeded ${total} citizens in ${((Date.now() - seeding) / 1000).toFixed(1)} s`)

    const notice = await payload.create({
      collection: 'notices',
      data: { title: 'Avis d’ébullition (banc d’essai)', summary: 'Faites bouillir l’eau.', kind: 'boil-water', severity: 'warning', startsAt: new Date().toISOString(), sectors: [sector.id], _status: 'published' } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })

    let peakRss = process.memoryUsage().rss
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100)
    const started = Date.now()
    const result = await fanOutNotice({ payload, options: accountOptions(payload), noticeId: notice.id })
    const seconds = (Date.now() - started) / 1000
    clearInterval(sampler)
    const { rows } = await pool.query(`select count(*)::int as id from alert_deliveries where notice_id = $1 and status = 'sent'`, [notice.id])
    console.log(
      [
        `fan-out of one notice to ${total} subscribed citizens (email, local SMTP sink, batches of ${accountOptions(payload).notifications.batchSize}, concurrency ${accountOptions(payload).notifications.concurrency})`,
        `  deliveries recorded as sent: ${rows[0].id}; messages received by SMTP: ${received}; reported sent: ${result.sent}`,
        `  time: ${seconds.toFixed(1)} s   throughput: ${(result.sent / seconds).toFixed(0)} messages/s   peak RSS: ${(peakRss / 1048576).toFixed(0)} MB`,
        `  budget: 20,000 deliveries in under 60 s`,
      ].join('\n'),
    )
    await payload.destroy()
  } finally {
    await dropDatabase(server.serverUrl, database)
    await server.stop()
    await new Promise<void>((resolve) => smtp.close(() => resolve()))
  }
}

await main()
process.exit(0)
