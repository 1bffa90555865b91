import config from '@payload-config'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { getPayload } from 'payload'

import { checkHealth } from '@/lib/health/check'

export const dynamic = 'force-dynamic'

/** Load balancers and `npm start` poll this: 200 only after a real query reached Postgres. */
export const GET = async (): Promise<Response> => {
  const { httpStatus, report } = await checkHealth(async () => {
    const payload = await getPayload({ config })
    await (payload.db as unknown as PostgresAdapter).pool.query('select 1')
  })
  return Response.json(report, { status: httpStatus, headers: { 'Cache-Control': 'no-store' } })
}
