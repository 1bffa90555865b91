import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from '../helpers/payload'

// drizzle-kit compares numeric column defaults as text ('0' against 0) and always proposes these
// again, although the committed migrations already create the columns with DEFAULT 0.
const knownFalseDrift = [
  /^ALTER TABLE "\w+" ALTER COLUMN "(login_attempts|total_tried)" SET DEFAULT 0;$/,
  /^ALTER TABLE "open311_clients" ALTER COLUMN "rate_limit" SET DEFAULT 60;$/,
  /^ALTER TABLE "petition_types" ALTER COLUMN "(minimum_age|draft_quorum|contacts|signing_days|retention_days)" SET DEFAULT \d+;$/,
  /^ALTER TABLE "activities" ALTER COLUMN "prices_(non_)?resident_cents" SET DEFAULT 0;$/,
  /^ALTER TABLE "activity_sessions" ALTER COLUMN "schedule_interval_weeks" SET DEFAULT 1;$/,
  /^ALTER TABLE "activities" ALTER COLUMN "cancellation_(fee_cents|refund_until_hours)" SET DEFAULT 0;$/,
  // A foreign key's name longer than Postgres's 63 characters, truncated by Postgres: Drizzle
  // compares the full name and proposes to drop and re-add the same constraint.
  /^ALTER TABLE "activity_cancellations" (DROP|ADD) CONSTRAINT "activity_cancellations_registration_id_activity_registrations_i(d_fk)?"/,
]

describe('committed migrations', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should record every committed migration as applied', async () => {
    const { migrations } = await import('../../src/migrations')
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      limit: 0,
      overrideAccess: true,
    })
    expect(docs.map((d) => d.name).sort()).toEqual(migrations.map((m) => m.name).sort())
  })

  it('should leave nothing for drizzle to change: the collections match the migrations', async () => {
    const adapter = payload.db as unknown as PostgresAdapter
    const { pushSchema } = adapter.requireDrizzleKit()
    const { statementsToExecute } = (await pushSchema(
      adapter.schema,
      adapter.drizzle as never,
      adapter.schemaName ? [adapter.schemaName] : undefined,
      adapter.tablesFilter,
    )) as unknown as { statementsToExecute: string[] }
    // A failure here lists the SQL a missing migration must contain: run `npm run migrate:create`.
    expect(
      statementsToExecute.filter((sql) => !knownFalseDrift.some((re) => re.test(sql))),
    ).toEqual([])
  })
})
