import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkHealth } from '../../src/lib/health/check'
import { freePort } from '../../scripts/lib/freePort'
import { closePayload, getTestPayload } from '../helpers/payload'

describe('health check', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should answer 200 after a real round trip to Postgres', async () => {
    const pool = (payload.db as unknown as PostgresAdapter).pool
    const result = await checkHealth(() => pool.query('select 1'))
    expect(result.httpStatus).toBe(200)
    expect(result.report).toMatchObject({ status: 'ok', database: 'ok' })
  })

  it('should answer 503 when the database cannot be reached', async () => {
    const port = await freePort()
    const pool = new pg.Pool({
      connectionString: `postgres://nobody@127.0.0.1:${port}/none`,
      connectionTimeoutMillis: 1000,
    })
    const result = await checkHealth(() => pool.query('select 1'))
    await pool.end()
    expect(result).toEqual({
      httpStatus: 503,
      report: { status: 'unavailable', database: 'unreachable' },
    })
  })

  it('should answer 503 when the database hangs past the timeout', async () => {
    const pool = (payload.db as unknown as PostgresAdapter).pool
    const result = await checkHealth(() => pool.query('select pg_sleep(2)'), { timeoutMs: 200 })
    expect(result.httpStatus).toBe(503)
  })
})
