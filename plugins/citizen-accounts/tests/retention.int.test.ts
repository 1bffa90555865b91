import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { purgeTaskSlug, purgeUnverifiedCitizens } from '../jobs/purgeUnverified'

describe('citizen accounts: retention of unconfirmed accounts', () => {
  let payload: Payload

  const citizen = (email: string, isVerified: boolean) =>
    payload.create({
      collection: 'citizens',
      data: {
        email,
        password: 'correct-horse-battery',
        name: email,
        preferredLanguage: 'fr',
        _verified: isVerified,
      },
      overrideAccess: true,
      disableVerificationEmail: true,
      context: { isCitizenSystem: true },
    })

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should delete only accounts left unconfirmed for more than 30 days, and nothing on a second run', async () => {
    const old = await citizen('old-unverified@example.test', false)
    await citizen('recent-unverified@example.test', false)
    await citizen('old-verified@example.test', true)
    const db = payload.db as unknown as {
      pool: { query: (q: string, v: unknown[]) => Promise<unknown> }
    }
    await db.pool.query(
      `update citizens set created_at = now() - interval '31 days' where email in ($1, $2)`,
      ['old-unverified@example.test', 'old-verified@example.test'],
    )
    expect(await purgeUnverifiedCitizens({ payload, slug: 'citizens', days: 30 })).toBe(1)
    expect(await purgeUnverifiedCitizens({ payload, slug: 'citizens', days: 30 })).toBe(0)
    const { docs } = await payload.find({
      collection: 'citizens',
      sort: 'email',
      overrideAccess: true,
    })
    expect(docs.map((d) => d.email)).toEqual([
      'old-verified@example.test',
      'recent-unverified@example.test',
    ])
    expect(
      await payload.findByID({
        collection: 'citizens',
        id: old.id,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).toBeNull()
  })

  it('should run as a task on the jobs queue', async () => {
    await citizen('queued@example.test', false)
    const db = payload.db as unknown as {
      pool: { query: (q: string, v: unknown[]) => Promise<unknown> }
    }
    await db.pool.query(
      `update citizens set created_at = now() - interval '40 days' where email = $1`,
      ['queued@example.test'],
    )
    const job = await payload.jobs.queue({ task: purgeTaskSlug, input: {} })
    await payload.jobs.runByID({ id: job.id })
    // Payload deletes a job once it has completed; a failed one would stay with its error.
    expect(
      await payload.findByID({
        collection: 'payload-jobs',
        id: job.id,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).toBeNull()
    expect(
      (
        await payload.count({
          collection: 'citizens',
          where: { email: { equals: 'queued@example.test' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })
})
