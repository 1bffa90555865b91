/**
 * `npm run worker`: runs Payload's jobs queue in its own process (alerts fan-out, reminders,
 * scheduled publishing, purges), for deployments whose web servers set JOBS_AUTORUN=0. Run as many
 * as the queue needs: jobs are claimed one run at a time, and a job two workers happen to run at
 * once still sends each message once (the delivery log's claim, plugins/citizen-accounts/lib/fanOut.ts).
 *
 * Every JOBS_POLL_MS (1000) it queues the scheduled tasks that are due and runs up to JOBS_LIMIT (50)
 * jobs of the `default` queue (JOBS_QUEUE). SIGTERM / Ctrl-C: the run under way finishes, then it exits.
 * Needs the same DATABASE_URL, PAYLOAD_SECRET, SMTP_* (and S3_*, REDIS_URL) as the web servers.
 */
const pollMs = Number(process.env.JOBS_POLL_MS || 1000)
const limit = Number(process.env.JOBS_LIMIT || 50)
const queue = process.env.JOBS_QUEUE || 'default'
// This process is the runner: never also start the cron of the web servers' autoRun.
process.env.JOBS_AUTORUN = '0'
export {}

// With the servers' page cache in Redis, what a job changes (a scheduled publication) expires the
// same tags there as an edit on a server would (src/lib/cache/revalidate.ts calls this outside Next).
if (process.env.REDIS_URL) {
  const fs = await import('node:fs')
  const path = await import('node:path')
  const { createClient } = await import('@redis/client')
  const { default: createRedisHandler } =
    await import('@fortedigital/nextjs-cache-handler/redis-strings')
  // The web servers' build (the cache keys carry its id): a worker runs from the same build.
  const buildIdFile = path.resolve(import.meta.dirname, '../.next/BUILD_ID')
  if (!fs.existsSync(buildIdFile))
    throw new Error(
      `REDIS_URL is set but ${buildIdFile} is missing: run the worker from the web servers' build (npm run build)`,
    )
  const buildId = fs.readFileSync(buildIdFile, 'utf8').trim()
  const client = createClient({ url: process.env.REDIS_URL })
  client.on('error', (err) => console.error(`[redis cache] ${err}`))
  await client.connect()
  // The keys of src/server/redisCacheHandler.mjs: same prefix, same build.
  const handler = createRedisHandler({
    client: client as never,
    keyPrefix: `${process.env.REDIS_KEY_PREFIX ?? 'ville-ouverte:'}${buildId}:`,
  })
  ;(
    globalThis as { __villeOuverteExpireTags?: (tags: string[]) => Promise<void> }
  ).__villeOuverteExpireTags = async (tags) => {
    for (const tag of tags) await handler.revalidateTag(tag)
  }
}

const config = await (await import('./lib/importConfig')).importPayloadConfig()
const { getPayload } = await import('payload')
const payload = await getPayload({ config })

let isStopping = false
let wake: (() => void) | null = null
const stop = () => {
  if (isStopping) return
  isStopping = true
  payload.logger.info('worker: stopping after the current run')
  wake?.()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

payload.logger.info(
  `worker ${process.pid}: queue "${queue}", every ${pollMs} ms, up to ${limit} jobs a run`,
)
while (!isStopping) {
  try {
    await payload.jobs.handleSchedules({ queue })
    await payload.jobs.run({ queue, limit })
  } catch (err) {
    payload.logger.error({ err, msg: 'worker: run failed' })
  }
  if (isStopping) break
  await new Promise<void>((resolve) => {
    wake = resolve
    setTimeout(resolve, pollMs)
  })
}
await payload.destroy()
process.exit(0)
