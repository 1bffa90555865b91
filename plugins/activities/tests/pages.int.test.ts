import type { Payload } from 'payload'
import { createElement as h } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { HoldView } from '../frontend/HoldView'
import {
  getHoldContext,
  getPublicSession,
  getRegisterContext,
  listProgramme,
} from '../frontend/load'
import { ProgrammeList } from '../frontend/ProgrammeList'
import { SessionView } from '../frontend/SessionView'
import { formatTimeOfDay } from '../lib/holds'
import { readPlaces } from '../lib/db'
import { demoActivities, seedActivities } from '../seed'
import { closePayload, getTestPayload } from './host'
import { makeResident, makeSession, post, registrationRows, type Resident } from './helpers'

const basePath = { fr: 'loisirs', en: 'activities' }
const cookie = (who: Resident) => new Headers({ cookie: `payload-token=${who.token}` })
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe('activities: the programme, a session’s page and the hold’s page, from the database', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })
  afterAll(async () => closePayload(payload))

  it('should list published activities with their sessions and places left, hiding drafts', async () => {
    const { session } = await makeSession(payload, { capacity: 4, slug: 'natation-3' })
    await makeSession(payload, {
      slug: 'brouillon',
      activity: { title: 'Brouillon', isPublished: false },
    })
    const who = await makeResident(payload, 'list@example.test', { address: null })
    await post(payload, 'register', {
      resident: who,
      fields: [
        ['session', String(session.id)],
        ['member', 'self'],
      ],
    })
    const programme = await listProgramme(payload, 'fr')
    expect(programme.map((a) => a.slug)).toEqual(['natation-3'])
    expect(programme[0].sessions[0]).toMatchObject({ id: session.id, capacity: 4, placesLeft: 3 })
    const html = renderToStaticMarkup(
      h(ProgrammeList, { locale: 'fr', activities: programme, basePath }),
    )
    expect(text(html)).toContain('3 places restantes sur 4')
    expect(text(html)).toContain('Résidents : 50,00 $')
    expect(html).toContain(`href="/fr/loisirs/session/${session.id}"`)
  })

  it('should show the register form with the household and a date of birth asked only when missing, then the hold until HH h MM without script', async () => {
    const { session } = await makeSession(payload, { capacity: 2 })
    const who = await makeResident(payload, 'form@example.test', {
      address: null,
      household: [{ firstName: 'Noé' }],
    })
    const detail = (await getPublicSession(payload, session.id, 'fr'))!
    const context = await getRegisterContext(payload, cookie(who), session.id)
    expect(context.members.map((m) => [m.key.startsWith('m:') ? 'member' : m.key, m.name])).toEqual(
      [
        ['self', 'Résidente Test'],
        ['member', 'Noé'],
      ],
    )
    const page = renderToStaticMarkup(
      h(SessionView, {
        locale: 'fr',
        detail,
        context,
        query: {},
        basePath,
        signInHref: '/fr/connexion',
      }),
    )
    expect(page).toContain('action="/api/activities/register"')
    expect(page).toContain(`name="csrf" value="${context.csrf}"`)
    expect(page.match(/name="birthDate:/g)).toHaveLength(1)
    expect(page).not.toContain('<script')

    const held = await post(payload, 'register', {
      resident: who,
      fields: [
        ['session', String(session.id)],
        ['member', 'self'],
      ],
    })
    const hold = (await getHoldContext(payload, cookie(who), held.reference, 'fr'))!
    const [row] = await registrationRows(payload, session.id)
    const until = formatTimeOfDay(new Date(String(row.hold_expires_at)), 'fr')
    const holdPage = renderToStaticMarkup(h(HoldView, { locale: 'fr', hold, query: {}, basePath }))
    expect(holdPage).toContain(`Vos places sont réservées jusqu’à ${until}.`)
    expect(until).toMatch(/^\d{1,2}\u00a0h\u00a0\d{2}$/)
    expect(text(holdPage)).toContain(`Numéro de référence : ${held.reference}`)
    expect(holdPage).toContain('action="/api/activities/pay"')
    // Someone else's session cannot open this hold.
    const other = await makeResident(payload, 'other@example.test', { address: null })
    expect(await getHoldContext(payload, cookie(other), held.reference, 'fr')).toBeNull()

    // Full for the next one: the page offers the waiting list instead.
    const late = await makeResident(payload, 'late@example.test', { address: null })
    await post(payload, 'register', {
      resident: late,
      fields: [
        ['session', String(session.id)],
        ['member', 'self'],
      ],
    })
    const full = await makeResident(payload, 'full@example.test', { address: null })
    const fullPage = renderToStaticMarkup(
      h(SessionView, {
        locale: 'en',
        detail: (await getPublicSession(payload, session.id, 'en'))!,
        context: await getRegisterContext(payload, cookie(full), session.id),
        query: { error: 'full' },
        basePath,
        signInHref: '/en/login',
      }),
    )
    expect(fullPage).toContain('action="/api/activities/waitlist"')
    expect(text(fullPage)).toContain('This session is full.')
  })

  it('should seed the demo programme once, each session with its places counter, in both languages', async () => {
    expect(await seedActivities({ payload, context: { disableRevalidate: true } })).toBe(
      demoActivities.length,
    )
    expect(await seedActivities({ payload, context: { disableRevalidate: true } })).toBe(0)
    const en = await listProgramme(payload, 'en')
    const camp = en.find((a) => a.slug === 'camp-de-jour-ete')!
    expect(camp.title).toBe('Summer day camp')
    expect(camp.prices.resident).toEqual({ per: 'week', cents: 9500, seasonCapCents: 60000 })
    const yoga = en.find((a) => a.slug === 'yoga-doux')!.sessions[0]
    expect(yoga.placesLeft).toBe(2)
    const ids = en.flatMap((a) => a.sessions.map((s) => s.id))
    const places = await readPlaces(payload, ids)
    expect(places.size).toBe(ids.length)
  })
})
