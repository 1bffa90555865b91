import { existsSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { parse } from 'qs-esm'
import { renderToStaticMarkup } from 'react-dom/server'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { StaffDashboard } from '../components/StaffDashboard'
import { purgeDraftsTaskSlug, purgeExpiredDrafts } from '../jobs/purgeDrafts'
import { dashboardScope, listHref, requestStats } from '../staff/dashboard'
import { createDraft } from '../form/drafts'
import { submitRequest } from '../form/submit'
import { type City, makeCity, newKey, options, rest } from './helpers'

type Pool = {
  pool: { query: (q: string, v?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
}

describe('service requests: staff dashboard and upkeep', () => {
  let payload: Payload
  let city: City
  const ids: Record<string, number> = {}
  const query = (q: string, v?: unknown[]) => (payload.db as unknown as Pool).pool.query(q, v)
  const user = async (id: number) => ({
    ...(await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })),
    collection: 'users' as const,
  })

  beforeAll(async () => {
    payload = await getTestPayload()
    city = await makeCity(payload)
    const submit = async (name: string, addressId: number) => {
      const r = await submitRequest(payload, options, {
        typeId: city.type.id,
        description: name,
        answers: { size: 'small' },
        addressId,
        language: 'fr',
        citizenId: null,
        idempotencyKey: newKey(),
      })
      if (!r.ok) throw new Error('refused')
      ids[name] = r.id
    }
    for (const name of ['roadsOverdue', 'roadsOpen', 'roadsLate', 'roadsOnTime', 'roadsOld'])
      await submit(name, city.westAddress.id)
    for (const name of ['parksOverdue', 'parksOnTime']) await submit(name, city.eastAddress.id)
    for (const name of ['roadsLate', 'roadsOnTime', 'roadsOld', 'parksOnTime']) {
      await payload.update({
        collection: 'service-requests',
        id: ids[name],
        data: { status: 'resolved' } as never,
        overrideAccess: true,
      })
    }
    // Times set in the database, relative to now: (created, resolved, due) in days ago.
    const at = async (name: string, created: number, resolved: number | null, due: number) =>
      query(
        `update service_requests set created_at = now() - make_interval(days => $2), resolved_at = case when $3::int is null then null else now() - make_interval(days => $3::int) end, due_at = now() - make_interval(days => $4) where id = $1`,
        [ids[name], created, resolved, due],
      )
    await at('roadsOverdue', 10, null, 1)
    await at('roadsOpen', 1, null, -3)
    await at('roadsLate', 10, 8, 9) // 48 h, late
    await at('roadsOnTime', 5, 4, 3) // 24 h, on time
    await at('roadsOld', 60, 40, 50) // outside the 30 days
    await at('parksOverdue', 10, null, 2)
    await at('parksOnTime', 2, 1, -1) // 24 h, on time
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should compute open, overdue, median time to resolve and on-time rate per department in SQL, within the viewer’s access', async () => {
    expect(dashboardScope(options, await user(city.admin.id))).toEqual({ kind: 'all' })
    expect(dashboardScope(options, await user(city.agentA.id))).toEqual({
      kind: 'department',
      id: city.roads.id,
    })
    expect(dashboardScope(options, await user(city.editor.id))).toBeNull()
    expect(
      dashboardScope(options, { id: city.citizenA.id, collection: 'citizens' } as never),
    ).toBeNull()
    expect(dashboardScope(options, null)).toBeNull()

    const all = await requestStats({ payload, options, scope: { kind: 'all' } })
    const row = (id: number | null) => all.find((s) => !s.isTotal && s.departmentId === id)
    expect(row(city.roads.id)).toMatchObject({ open: 2, overdue: 1, resolved: 2, onTime: 1 })
    expect(row(city.roads.id)!.medianHours).toBeCloseTo(36, 1)
    expect(row(city.parks.id)).toMatchObject({ open: 1, overdue: 1, resolved: 1, onTime: 1 })
    expect(row(city.parks.id)!.medianHours).toBeCloseTo(24, 1)
    const total = all.find((s) => s.isTotal)
    expect(total).toMatchObject({ open: 3, overdue: 2, resolved: 3, onTime: 2 })
    expect(total!.medianHours).toBeCloseTo(24, 1)

    const agent = await requestStats({
      payload,
      options,
      scope: { kind: 'department', id: city.roads.id },
    })
    expect(agent.filter((s) => !s.isTotal).map((s) => s.departmentId)).toEqual([city.roads.id])
  })

  it('should link each figure to the admin list filtered the same way (the overdue link, as an agent, lists the overdue requests)', async () => {
    const href = listHref({
      adminRoute: '/admin',
      options,
      departmentId: city.roads.id,
      filter: 'overdue',
    })
    expect(href.startsWith('/admin/collections/service-requests?')).toBe(true)
    const search = href.slice(href.indexOf('?') + 1)
    expect(parse(search)).toMatchObject({ sort: 'dueAt' })
    const asAgent = await (
      await rest(payload, 'GET', `/api/service-requests?${search}&depth=0`, {
        cookie: city.agentA.cookie,
      })
    ).json()
    expect(asAgent.docs.map((d: { id: number }) => d.id)).toEqual([ids.roadsOverdue])
    // The same link for the parks department gives agent A nothing: access still applies.
    const parks = listHref({
      adminRoute: '/admin',
      options,
      departmentId: city.parks.id,
      filter: 'overdue',
    })
    const denied = await (
      await rest(payload, 'GET', `/api/service-requests?${parks.slice(parks.indexOf('?') + 1)}`, {
        cookie: city.agentA.cookie,
      })
    ).json()
    expect(denied.docs).toEqual([])
    const resolved = listHref({
      adminRoute: '/admin',
      options,
      departmentId: city.roads.id,
      filter: 'resolved',
    })
    const asAdmin = await (
      await rest(
        payload,
        'GET',
        `/api/service-requests?${resolved.slice(resolved.indexOf('?') + 1)}&depth=0`,
        { cookie: city.admin.cookie },
      )
    ).json()
    expect(asAdmin.docs.map((d: { id: number }) => d.id).sort()).toEqual(
      [ids.roadsLate, ids.roadsOnTime].sort(),
    )
  })

  it('should render the dashboard for an agent with their department only, and nothing for an editor', async () => {
    const render = async (id: number, language = 'fr') => {
      const element = await StaffDashboard({
        payload,
        user: await user(id),
        i18n: { language },
      } as never)
      return element ? renderToStaticMarkup(element) : ''
    }
    const agent = await render(city.agentA.id)
    expect(agent).toContain('Votre service')
    expect(agent).toContain('Travaux publics')
    expect(agent).not.toContain('Parcs')
    expect(agent).toMatch(/50\s%/)
    expect(agent).toMatch(/href="\/admin\/collections\/service-requests\?where/)
    const admin = await render(city.admin.id, 'en')
    expect(admin).toContain('All departments')
    expect(admin).toContain('Parcs')
    expect(admin).toContain('Total')
    expect(await render(city.editor.id)).toBe('')
  })

  it('should purge abandoned drafts and their photos on the jobs queue, never a photo of a sent request', async () => {
    const photo = async (data: Record<string, unknown>) => {
      const file = await sharp({
        create: { width: 50, height: 50, channels: 3, background: '#123' },
      })
        .jpeg()
        .toBuffer()
      return payload.create({
        collection: 'request-photos',
        data: data as never,
        file: { data: file, mimetype: 'image/jpeg', name: 'p.jpg', size: file.length },
        overrideAccess: true,
      })
    }
    const old = await createDraft(payload, options, null, { description: 'vieux' })
    const recent = await createDraft(payload, options, null, { description: 'récent' })
    const oldPhoto = await photo({ draftKey: old.key })
    const recentPhoto = await photo({ draftKey: recent.key })
    const sentPhoto = await photo({ draftKey: old.key, request: ids.roadsOpen })
    await query(`update request_drafts set updated_at = now() - interval '8 days' where id = $1`, [
      old.id,
    ])
    const file = path.join(
      String(payload.collections['request-photos'].config.upload.staticDir),
      String(oldPhoto.filename),
    )
    expect(existsSync(file)).toBe(true)

    const job = await payload.jobs.queue({ task: purgeDraftsTaskSlug, input: {} })
    await payload.jobs.runByID({ id: job.id })
    expect(
      await payload.findByID({
        collection: 'payload-jobs',
        id: job.id,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).toBeNull()

    const exists = async (collection: 'request-drafts' | 'request-photos', id: number) =>
      Boolean(
        await payload.findByID({
          collection,
          id,
          overrideAccess: true,
          disableErrors: true,
          depth: 0,
        }),
      )
    expect(await exists('request-drafts', old.id)).toBe(false)
    expect(await exists('request-photos', oldPhoto.id)).toBe(false)
    expect(existsSync(file)).toBe(false)
    expect(await exists('request-drafts', recent.id)).toBe(true)
    expect(await exists('request-photos', recentPhoto.id)).toBe(true)
    expect(await exists('request-photos', sentPhoto.id)).toBe(true)
    // A second run finds nothing.
    expect(await purgeExpiredDrafts({ payload, options })).toEqual({ drafts: 0, photos: 0 })
  })
})
