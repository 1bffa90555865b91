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

const { default: config } = await import('../payload.config')
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

payload.logger.info(`worker ${process.pid}: queue "${queue}", every ${pollMs} ms, up to ${limit} jobs a run`)
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
