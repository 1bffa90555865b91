export type HealthReport = {
  status: 'ok' | 'unavailable'
  database: 'ok' | 'unreachable'
  latencyMs?: number
}

/**
 * Runs one real round trip to the database, bounded in time so a hung connection answers 503
 * instead of holding the load balancer's probe.
 */
export const checkHealth = async (
  roundTrip: () => Promise<unknown>,
  { timeoutMs = 2000 }: { timeoutMs?: number } = {},
): Promise<{ httpStatus: 200 | 503; report: HealthReport }> => {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      roundTrip(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`database did not answer within ${timeoutMs} ms`)),
          timeoutMs,
        )
      }),
    ])
    return {
      httpStatus: 200,
      report: { status: 'ok', database: 'ok', latencyMs: Math.round(performance.now() - started) },
    }
  } catch {
    return { httpStatus: 503, report: { status: 'unavailable', database: 'unreachable' } }
  } finally {
    clearTimeout(timer)
  }
}
