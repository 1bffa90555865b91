import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { selectBannerNotices } from '../../src/lib/data/notices'
import type { User } from '../../src/payload-types'
import { closePayload, getTestPayload } from '../helpers/payload'

const asUser = (user: User) => ({
  user: { ...user, collection: 'users' as const },
  overrideAccess: false,
})

describe('content collections', () => {
  let payload: Payload
  let editor: User
  let agent: User

  beforeAll(async () => {
    payload = await getTestPayload()
    await payload.create({
      collection: 'users',
      data: { email: 'a@x.test', password: 'admin-pass-123', name: 'A', roles: ['admin'] },
      overrideAccess: true,
    })
    editor = await payload.create({
      collection: 'users',
      data: { email: 'e@x.test', password: 'editor-pass-123', name: 'E', roles: ['editor'] },
      overrideAccess: true,
    })
    const department = await payload.create({
      collection: 'departments',
      data: { name: 'Travaux', code: 'travaux' },
      overrideAccess: true,
    })
    agent = await payload.create({
      collection: 'users',
      data: {
        email: 'g@x.test',
        password: 'agent-pass-123',
        name: 'G',
        roles: ['agent'],
        department: department.id,
      },
      overrideAccess: true,
    })
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should show anonymous visitors only published news, never drafts', async () => {
    const published = await payload.create({
      collection: 'news',
      data: {
        title: 'Nouvelle publiée',
        summary: 'Résumé',
        publishedAt: new Date().toISOString(),
        _status: 'published',
      },
      ...asUser(editor),
    })
    const draft = await payload.create({
      collection: 'news',
      data: {
        title: 'Brouillon',
        summary: 'Résumé',
        publishedAt: new Date().toISOString(),
        _status: 'draft',
      },
      draft: true,
      ...asUser(editor),
    })
    const { docs } = await payload.find({ collection: 'news', overrideAccess: false })
    expect(docs.map((d) => d.id)).toEqual([published.id])
    await expect(
      payload.findByID({ collection: 'news', id: draft.id, overrideAccess: false }),
    ).rejects.toThrow()
    const asEditor = await payload.find({ collection: 'news', draft: true, ...asUser(editor) })
    expect(asEditor.docs.map((d) => d.id).sort()).toEqual([published.id, draft.id].sort())
  })

  it('should fill the slug from the title, accent-free, normalise a typed one and keep it unique', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: {
        title: 'Déneigement : l’hiver arrive!',
        summary: 'x',
        publishedAt: new Date().toISOString(),
        _status: 'published',
      },
      ...asUser(editor),
    })
    expect(doc.slug).toBe('deneigement-l-hiver-arrive')
    const typed = await payload.create({
      collection: 'news',
      data: {
        title: 'T',
        summary: 'x',
        slug: 'Pas Bon!',
        publishedAt: new Date().toISOString(),
        _status: 'published',
      },
      ...asUser(editor),
    })
    expect(typed.slug).toBe('pas-bon')
    await expect(
      payload.create({
        collection: 'news',
        data: {
          title: 'Autre',
          summary: 'x',
          slug: 'pas-bon',
          publishedAt: new Date().toISOString(),
          _status: 'published',
        },
        ...asUser(editor),
      }),
    ).rejects.toThrow()
  })

  it('should not let an agent publish content', async () => {
    await expect(
      payload.create({
        collection: 'news',
        data: {
          title: 'Non',
          summary: 'x',
          publishedAt: new Date().toISOString(),
          _status: 'published',
        },
        ...asUser(agent),
      }),
    ).rejects.toThrow()
  })

  it('should refuse a notice that ends before it starts, in French and English', async () => {
    const error = await payload
      .create({
        collection: 'notices',
        data: {
          title: 'Avis',
          summary: 's',
          kind: 'road-closure',
          severity: 'warning',
          startsAt: '2026-12-10T12:00:00.000Z',
          endsAt: '2026-12-09T12:00:00.000Z',
          _status: 'published',
        },
        ...asUser(editor),
      })
      .then(() => null)
      .catch((err: { data?: { errors?: { path: string; message: string }[] } }) => err)
    expect(error?.data?.errors?.[0]).toMatchObject({
      path: 'endsAt',
      message: expect.stringMatching(/fin doit suivre.*end must come/s),
    })
  })

  it('should refuse a collection schedule with an invalid recurrence rule, with the Calendar engine’s message', async () => {
    const sector = await payload.create({
      collection: 'sectors',
      data: {
        name: 'S',
        code: 's1',
        boundary: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
      },
      overrideAccess: true,
    })
    const error = await payload
      .create({
        collection: 'collection-schedules',
        data: {
          name: 'Ordures',
          stream: 'garbage',
          sector: sector.id,
          rrule: 'FREQ=SOMETIMES',
          startDate: '2026-11-02T12:00:00.000Z',
        },
        ...asUser(editor),
      })
      .then(() => null)
      .catch(
        (err: { status?: number; data?: { errors?: { path: string; message: string }[] } }) => err,
      )
    expect(error?.status).toBe(400)
    expect(error?.data?.errors?.[0]?.path).toBe('rrule')
    expect(error?.data?.errors?.[0]?.message).toMatch(/invalide.*invalid/is)
    const ok = await payload.create({
      collection: 'collection-schedules',
      data: {
        name: 'Ordures',
        stream: 'garbage',
        sector: sector.id,
        rrule: 'FREQ=WEEKLY;BYDAY=MO',
        startDate: '2026-11-02T12:00:00.000Z',
      },
      ...asUser(editor),
    })
    expect(ok.rrule).toBe('FREQ=WEEKLY;BYDAY=MO')
  })
})

describe('notice banner windowing', () => {
  const at = (iso: string) => new Date(iso)
  const notice = (
    severity: 'info' | 'warning' | 'emergency',
    startsAt: string,
    endsAt: string | null,
  ) => ({ severity, startsAt, endsAt })

  it('should show warnings and emergencies only between their start and end', () => {
    const warning = notice('warning', '2026-12-01T10:00:00.000Z', '2026-12-01T18:00:00.000Z')
    expect(selectBannerNotices([warning], at('2026-12-01T09:59:59.000Z'))).toEqual([])
    expect(selectBannerNotices([warning], at('2026-12-01T10:00:00.000Z'))).toEqual([warning])
    expect(selectBannerNotices([warning], at('2026-12-01T17:59:59.000Z'))).toEqual([warning])
    expect(selectBannerNotices([warning], at('2026-12-01T18:00:00.000Z'))).toEqual([])
  })

  it('should keep a notice without an end until further notice, and never show information notices', () => {
    const open = notice('emergency', '2026-12-01T10:00:00.000Z', null)
    const info = notice('info', '2026-12-01T10:00:00.000Z', null)
    expect(selectBannerNotices([info, open], at('2027-06-01T00:00:00.000Z'))).toEqual([open])
  })

  it('should order emergencies before warnings, newest first within a severity', () => {
    const oldWarning = notice('warning', '2026-12-01T10:00:00.000Z', null)
    const newWarning = notice('warning', '2026-12-02T10:00:00.000Z', null)
    const emergency = notice('emergency', '2026-11-30T10:00:00.000Z', null)
    expect(
      selectBannerNotices([oldWarning, newWarning, emergency], at('2026-12-03T00:00:00.000Z')),
    ).toEqual([emergency, newWarning, oldWarning])
  })
})
