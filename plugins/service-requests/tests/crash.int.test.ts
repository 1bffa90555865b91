import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { createCsrfToken } from '../residents/csrf'
import { createDraft } from '../form/drafts'
import { base, type City, makeCity, options } from './helpers'

type Pool = {
  query: (q: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

const root = path.resolve(import.meta.dirname, '../../..')
const drafts = 60
const photosPerDraft = 2

/**
 * Every request in the database, with what a half record would lack: its number, its routing and
 * the photos its draft holds (attached to it, or still waiting on the draft).
 */
const requestsWithPhotos = async (pool: Pool) =>
  (
    await pool.query(`
      select r.id, r.idempotency_key as key, r.tracking_number as number, r.department_id as department,
        (select count(*)::int from request_photos p where p.request_id = r.id) as attached,
        (select count(*)::int from request_photos p where p.draft_key = r.idempotency_key and p.request_id is null) as waiting
      from service_requests r order by r.id`)
  ).rows as {
    id: number
    key: string
    number: string | null
    department: number | null
    attached: number
    waiting: number
  }[]

describe('service requests: a server killed while residents send their requests', () => {
  let payload: Payload
  let city: City
  let pool: Pool
  const keys: string[] = []

  const send = (draft: string) =>
    handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/service-requests-form/step`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: base,
          'sec-fetch-site': 'same-origin',
        },
        body: new URLSearchParams({
          locale: 'fr',
          csrf: createCsrfToken(payload.secret, 'anonymous'),
          step: 'review',
          draft,
          name: 'Crash',
          email: 'crash@example.test',
        }).toString(),
      }),
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    city = await makeCity(payload)
    pool = (payload.db as unknown as { pool: Pool }).pool
    const photo = await sharp({
      create: { width: 64, height: 48, channels: 3, background: '#964' },
    })
      .jpeg()
      .toBuffer()
    // Forms filled in up to their last step, each with its photos (as the photo step leaves them).
    for (let i = 0; i < drafts; i++) {
      const draft = await createDraft(payload, options, null, {
        typeId: city.type.id,
        description: `Nid-de-poule ${i}`,
        addressId: city.westAddress.id,
        answers: { size: 'small' },
      })
      for (let p = 0; p < photosPerDraft; p++) {
        await payload.create({
          collection: 'request-photos',
          data: { draftKey: draft.key, isPublic: false } as never,
          file: {
            data: photo,
            mimetype: 'image/jpeg',
            name: `crash-${i}-${p}.jpg`,
            size: photo.length,
          },
          overrideAccess: true,
          context: { isPhotoProcessed: true },
          depth: 0,
        })
      }
      keys.push(draft.key)
    }
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it(
    'should leave no numbered or routed request without its photos after SIGKILL, and a retry should send each form once',
    { timeout: 180_000 },
    async () => {
      // A real process sends all the forms at once; it is killed as soon as the first answer comes
      // back, while the others are in flight.
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'crash/sendDrafts.ts')],
        {
          cwd: root,
          env: { ...process.env, CRASH_DRAFTS: JSON.stringify(keys), JOBS_AUTORUN: '0' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
      let stderr = ''
      child.stderr.on('data', (chunk) => (stderr += String(chunk)))
      const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
        child.on('exit', (code, signal) => resolve(signal ?? code)),
      )
      let answers = 0
      for await (const line of createInterface({ input: child.stdout })) {
        if (line.startsWith('sent ')) {
          answers++
          child.kill('SIGKILL')
          break
        }
        if (line === 'done') break
      }
      expect(await exited, stderr).toBe('SIGKILL')
      expect(answers).toBe(1)

      const afterKill = await requestsWithPhotos(pool)
      // The first answer came back, so at least that form was sent; 59 posts never got theirs.
      expect(afterKill.length).toBeGreaterThan(0)
      for (const request of afterKill) {
        expect(request, `request ${request.id} is a half record`).toMatchObject({
          number: expect.stringMatching(/^\d{4}-\d{6}$/),
          department: city.roads.id,
          attached: photosPerDraft,
          waiting: 0,
        })
      }
      // And the kill did land while sends were in flight (not after they had all gone through).
      expect(afterKill.length).toBeLessThan(drafts)

      // The residents press "send" again (a retry: the same draft, the same idempotency key).
      const retries = await Promise.all(keys.map((key) => send(key)))
      expect(retries.every((r) => r.status === 303)).toBe(true)
      expect(
        retries.filter((r) => /error=unexpected/.test(r.headers.get('location') ?? '')),
      ).toHaveLength(0)
      const final = await requestsWithPhotos(pool)
      expect(final).toHaveLength(drafts)
      expect(new Set(final.map((r) => r.key))).toEqual(new Set(keys))
      expect(new Set(final.map((r) => r.number)).size).toBe(drafts)
      for (const request of final)
        expect(request).toMatchObject({
          number: expect.stringMatching(/^\d{4}-\d{6}$/),
          department: city.roads.id,
          attached: photosPerDraft,
          waiting: 0,
        })
      // The requests sent before the kill kept their number.
      for (const request of afterKill)
        expect(final.find((r) => r.id === request.id)?.number).toBe(request.number)
    },
  )
})
