import { sql } from '@payloadcms/db-postgres'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderToStaticMarkup } from 'react-dom/server'

import { BurstsContent } from '../components/BurstsContent'
import { ModerationQueue } from '../components/ModerationQueue'
import { PaperEntryContent } from '../components/PaperEntryContent'
import { readCounts } from '../lib/db'
import { burstGroups } from '../lib/fraud'
import { moderationQueue } from '../lib/moderation'
import { parseCivicAddress, parsePaperLines } from '../lib/paper'
import { readPetitionForSigning } from '../lib/readPetition'
import { addressSignerKey, recordSignature, writeSignature } from '../lib/sign'
import { closePayload, getTestPayload } from './host'
import {
  base,
  create,
  eventRows,
  makeCitizen,
  makeStaff,
  post,
  signatureRows,
  signFields,
  square,
} from './helpers'

const day = 24 * 60 * 60 * 1000
const hour = 60 * 60 * 1000

type Staff = Awaited<ReturnType<typeof makeStaff>>

describe('petitions: the greffe’s tools (moderation, paper entry, bursts, invalidation, CSV)', () => {
  let payload: Payload
  let nord: number
  let sud: number
  let nord1: number
  let nord2: number
  let nord3: number
  let sud1: number
  let paperType: number
  let onlineType: number
  let greffe: Staff
  let agent: Staff
  let editor: Staff
  let seq = 0

  const db = () =>
    payload.db as unknown as {
      drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
    }
  const count = async (id: number) => (await readCounts(payload, [id])).get(id) ?? 0

  const makePetition = async (data: Record<string, unknown> = {}) =>
    create(payload, 'petitions', {
      title: `Pétition ${++seq}`,
      text: 'Texte',
      request: 'Demande',
      type: paperType,
      areaKind: 'sector',
      sector: nord,
      status: 'signing',
      opensAt: new Date(Date.now() - day).toISOString(),
      ...data,
    })

  /** A request of the admin's session (cookie), as the admin's forms and links send it. */
  const staffRequest = async ({
    path,
    staff,
    form,
    origin = base,
  }: {
    path: string
    staff?: Staff
    form?: Record<string, string>
    origin?: string
  }) => {
    // A browser's link or form sends Sec-Fetch-Site; Payload reads the cookie only with it.
    const headers: Record<string, string> = { accept: 'text/html', 'sec-fetch-site': 'same-origin' }
    if (staff) headers.cookie = `payload-token=${staff.token}`
    if (form) {
      headers['content-type'] = 'application/x-www-form-urlencoded'
      headers.origin = origin
      headers['sec-fetch-site'] = origin === base ? 'same-origin' : 'cross-site'
    }
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/petitions${path}`, {
        method: form ? 'POST' : 'GET',
        headers,
        body: form ? new URLSearchParams(form).toString() : undefined,
      }),
    })
    const location = response.headers.get('location') ?? ''
    return {
      status: response.status,
      location,
      query: new URL(location || '/', base).searchParams,
      // The BOM kept, to check it is sent.
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()),
      headers: response.headers,
    }
  }

  const enterPaper = (id: number, lines: string[], staff: Staff = greffe) =>
    staffRequest({
      path: `/${id}/paper`,
      staff,
      form: { lines: lines.join('\n'), declared: '1', locale: 'fr' },
    })

  // Payload's number fields are Postgres `numeric`, read back as strings: compared as numbers.
  const auditRow = async (id: number | string) => {
    const row = (
      await db().drizzle.execute(sql`SELECT * FROM petition_audit WHERE id = ${Number(id)}`)
    ).rows[0]
    if (!row) return undefined
    return {
      ...row,
      count: Number(row.count),
      lines: row.lines === null ? null : Number(row.lines),
      details: row.details as Record<string, unknown> & { refused?: unknown[] },
    }
  }
  const auditRows = async (petitionId: number) =>
    (
      await db().drizzle.execute(
        sql`SELECT * FROM petition_audit WHERE petition_id = ${petitionId} ORDER BY id`,
      )
    ).rows

  /** A signature as the signing path leaves it, then moved to a time, network and email domain. */
  const signAt = async ({
    petitionId,
    name,
    addressId = nord1,
    sectorId = nord,
    at,
    network = null,
    emailDomain = null,
  }: {
    petitionId: number
    name: string
    addressId?: number
    sectorId?: number
    at: Date
    network?: string | null
    emailDomain?: string | null
  }) => {
    const petition = (await readPetitionForSigning(payload, petitionId))!
    const result = await writeSignature({
      payload,
      petition,
      signature: {
        key: addressSignerKey(addressId, name),
        citizenId: null,
        name,
        addressId,
        sectorId,
        channel: 'online',
        wantsOutcomeEmail: false,
      },
    })
    expect(result.outcome).toBe('signed')
    await db().drizzle.execute(sql`
      UPDATE petition_signatures SET created_at = ${at.toISOString()}, network = ${network},
        email_domain = ${emailDomain}
      WHERE petition_id = ${petitionId} AND signer_key = ${addressSignerKey(addressId, name)}`)
    return result
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    nord = (
      await create(payload, 'sectors', { name: 'Nord', code: 'nord', boundary: square(-74, 46) })
    ).id
    sud = (
      await create(payload, 'sectors', { name: 'Sud', code: 'sud', boundary: square(-74, 44) })
    ).id
    const address = (number: number, lat: number, street = 'rue des Érables', suffix?: string) =>
      create(payload, 'addresses', {
        number,
        suffix,
        street,
        postalCode: 'J0A 1B0',
        lat,
        lng: -73.5,
      })
    nord1 = (await address(1, 46.5)).id
    nord2 = (await address(2, 46.5)).id
    nord3 = (await address(12, 46.5, 'rue des Érables', 'A')).id
    sud1 = (await address(3, 44.5)).id
    // The same civic number and street under two postal codes: ambiguous without the code.
    await create(payload, 'addresses', {
      number: 7,
      street: 'rue Double',
      postalCode: 'J0A 1B0',
      lat: 46.5,
      lng: -73.5,
    })
    await create(payload, 'addresses', {
      number: 7,
      street: 'rue Double',
      postalCode: 'J0A 1B1',
      lat: 46.6,
      lng: -73.5,
    })
    paperType = (
      await create(payload, 'petition-types', {
        name: 'Pétition papier',
        channel: 'paper',
        thresholds: [{ area: 'sector', signatures: 3, triggers: 'public-consultation' }],
      })
    ).id
    onlineType = (
      await create(payload, 'petition-types', {
        name: 'Pétition en ligne',
        channel: 'online',
        thresholds: [{ area: 'city', signatures: 3, triggers: 'written-response' }],
      })
    ).id
    greffe = await makeStaff(payload, 'greffe@example.test', ['greffe'])
    agent = await makeStaff(payload, 'agent@example.test', ['agent'])
    editor = await makeStaff(payload, 'editor@example.test', ['editor'])
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  describe('moderation', () => {
    it('should list the submitted petitions, oldest first, overdue strictly after 14 days', async () => {
      const now = new Date()
      const at = (days: number) => new Date(now.getTime() - days * day).toISOString()
      const late = await makePetition({
        status: 'submitted',
        submittedAt: at(15),
        title: 'Tardive',
      })
      const edge = await makePetition({ status: 'submitted', submittedAt: at(14), title: 'Pile' })
      const fresh = await makePetition({
        status: 'submitted',
        submittedAt: at(2),
        title: 'Récente',
      })
      await makePetition({ status: 'draft' })
      const queue = await moderationQueue({
        payload,
        user: greffe.user as never,
        moderationDays: 14,
        now,
      })
      expect(queue.map((q) => q.id)).toEqual([late.id, edge.id, fresh.id])
      expect(queue.map((q) => [q.days, q.isOverdue])).toEqual([
        [15, true],
        [14, false],
        [2, false],
      ])
      // A longer deadline (the option): none overdue.
      const lenient = await moderationQueue({
        payload,
        user: greffe.user as never,
        moderationDays: 20,
        now,
      })
      expect(lenient.some((q) => q.isOverdue)).toBe(false)
      // Other staff read what the public reads: no submitted petition.
      for (const user of [agent.user, editor.user, null]) {
        expect(await moderationQueue({ payload, user: user as never, moderationDays: 14 })).toEqual(
          [],
        )
      }
      // Deciding: inadmissible needs a reason from the list; admissible leaves the queue.
      await expect(
        payload.update({
          collection: 'petitions' as 'users',
          id: late.id,
          data: { status: 'inadmissible' } as never,
          overrideAccess: false,
          user: greffe.user,
          context: { disableRevalidate: true },
        }),
      ).rejects.toThrow()
      await payload.update({
        collection: 'petitions' as 'users',
        id: late.id,
        data: {
          status: 'inadmissible',
          inadmissibleReason: 'duplicate',
          inadmissibleExplanation: 'Voir la pétition 2.',
        } as never,
        overrideAccess: false,
        user: greffe.user,
        context: { disableRevalidate: true },
      })
      await payload.update({
        collection: 'petitions' as 'users',
        id: edge.id,
        data: { status: 'admissible' } as never,
        overrideAccess: false,
        user: greffe.user,
        context: { disableRevalidate: true },
      })
      const after = await moderationQueue({
        payload,
        user: greffe.user as never,
        moderationDays: 14,
      })
      expect(after.map((q) => q.id)).toEqual([fresh.id])
      // Only the greffe moderates.
      await expect(
        payload.update({
          collection: 'petitions' as 'users',
          id: fresh.id,
          data: { status: 'admissible' } as never,
          overrideAccess: false,
          user: agent.user,
          context: { disableRevalidate: true },
        }),
      ).rejects.toThrow()
    })
  })

  describe('paper entry', () => {
    it('should read lines and civic addresses as typed', () => {
      expect(
        parsePaperLines('Marie Tremblay ; 1, rue des Érables\n\nLuc\tx\nsans séparateur'),
      ).toEqual([
        { line: 1, fullName: 'Marie Tremblay', address: '1, rue des Érables' },
        { line: 2, error: 'format' },
        { line: 3, error: 'format' },
      ])
      expect(parseCivicAddress('12A, rue des ÉRABLES j0a 1b0')).toEqual({
        number: 12,
        suffix: 'a',
        street: 'rue des erables',
        postalCode: 'J0A1B0',
      })
      expect(parseCivicAddress('rue des Érables')).toBeNull()
    })

    it('should count the accepted lines once, on paper, and list the refused ones with their reason', async () => {
      const petition = await makePetition()
      const lines = [
        'Marie Tremblay ; 1, rue des Érables',
        'Jean Roy ; 3, rue des Érables',
        'Paul Côté ; 99, rue Inconnue',
        'marie  TRÉMBLAY ; 1 rue des erables',
        'Luc ; 1, rue des Érables',
        'Julie Gagnon ; 12A, rue des Érables, J0A 1B0',
        'Nadia Roy ; 7, rue Double',
        'Nadia Roy ; 7, rue Double J0A 1B1',
        'une ligne sans séparateur',
      ]
      const response = await enterPaper(petition.id, lines)
      expect(response.status).toBe(303)
      expect(response.location).toContain(
        `/admin/collections/petitions/${petition.id}/paper?batch=`,
      )
      const audit = await auditRow(response.query.get('batch')!)
      expect(audit).toMatchObject({
        action: 'paperEntry',
        lines: 9,
        count: 3,
        user_id: greffe.id,
        user_name: 'greffe@example.test',
      })
      expect((audit!.details as { refused: unknown[] }).refused).toEqual([
        { line: 2, reason: 'outsideArea' },
        { line: 3, reason: 'unknownAddress' },
        { line: 4, reason: 'twiceInBatch' },
        { line: 5, reason: 'format' },
        { line: 7, reason: 'ambiguousAddress' },
        { line: 9, reason: 'format' },
      ])
      // The names typed are not in the audit.
      expect(JSON.stringify(audit)).not.toContain('Tremblay')
      expect(await count(petition.id)).toBe(3)
      const rows = await signatureRows(payload, petition.id)
      expect(rows.map((r) => [r.member_name, r.channel, r.citizen_id, r.status])).toEqual([
        ['Marie Tremblay', 'paper', null, 'valid'],
        ['Julie Gagnon', 'paper', null, 'valid'],
        ['Nadia Roy', 'paper', null, 'valid'],
      ])
      expect(rows[0]!.signer_key).toBe(addressSignerKey(nord1, 'Marie Tremblay'))
      expect(rows[1]!.address_id).toBe(nord3)
      // Three in the sector: its threshold recorded, once.
      expect((await eventRows(payload, petition.id)).map((e) => Number(e.signatures))).toEqual([3])
      // A later batch: the same person again is already counted; a new one moves the count.
      const again = await enterPaper(petition.id, [
        'MARIE Tremblay ; 1, rue des Erables',
        'Hugo Lavoie ; 2, rue des Érables',
      ])
      const second = await auditRow(again.query.get('batch')!)
      expect(second).toMatchObject({ lines: 2, count: 1 })
      expect((second!.details as { refused: unknown[] }).refused).toEqual([
        { line: 1, reason: 'alreadyCounted' },
      ])
      expect(await count(petition.id)).toBe(4)
      expect(await eventRows(payload, petition.id)).toHaveLength(1)
    })

    it('should never count twice a person who signed another way (account, visitor) at the same address', async () => {
      const petition = await makePetition()
      const signing = (await readPetitionForSigning(payload, petition.id))!
      // An account's signature (key c:…) at nord1, and a visitor's (key a:…) at nord2.
      const citizen = await makeCitizen(payload, 'sophie@example.test', {
        address: nord1,
        name: 'Sophie Lavoie',
      })
      await recordSignature({
        payload,
        petition: signing,
        citizenId: citizen.id,
        householdMember: null,
        memberName: 'Sophie Lavoie',
        addressId: nord1,
        sectorId: nord,
        wantsOutcomeEmail: false,
      })
      await signAt({
        petitionId: petition.id,
        name: 'Éric Bédard',
        addressId: nord2,
        at: new Date(),
      })
      expect(await count(petition.id)).toBe(2)
      const response = await enterPaper(petition.id, [
        'sophie LAVOIE ; 1, rue des Érables',
        'Eric Bedard ; 2, rue des Érables',
        // Same name, another address: another person.
        'Sophie Lavoie ; 2, rue des Érables',
      ])
      const audit = await auditRow(response.query.get('batch')!)
      expect((audit!.details as { refused: unknown[] }).refused).toEqual([
        { line: 1, reason: 'alreadyCounted' },
        { line: 2, reason: 'alreadyCounted' },
      ])
      expect(await count(petition.id)).toBe(3)
      const rows = await signatureRows(payload, petition.id)
      expect(rows.filter((r) => r.status === 'valid')).toHaveLength(3)
      // And the online form refuses a paper petition.
      const signer = await makeCitizen(payload, 'online@example.test', { address: nord2 })
      const online = await post(payload, petition.id, 'sign', { signer, fields: signFields() })
      expect(online.error).toBe('paperOnly')
      expect(await count(petition.id)).toBe(3)
    })

    it('should refuse paper entry on an online petition, a closed one, or without the declaration', async () => {
      const online = await makePetition({ type: onlineType, areaKind: 'city', sector: null })
      const refused = await enterPaper(online.id, ['Marie Tremblay ; 1, rue des Érables'])
      expect(refused.status).toBe(303)
      expect(refused.query.get('error')).toBe('notPaper')
      const notOpen = await makePetition({ status: 'submitted' })
      expect(
        (await enterPaper(notOpen.id, ['Marie Tremblay ; 1, rue des Érables'])).query.get('error'),
      ).toBe('notOpen')
      const open = await makePetition()
      const undeclared = await staffRequest({
        path: `/${open.id}/paper`,
        staff: greffe,
        form: { lines: 'Marie Tremblay ; 1, rue des Érables' },
      })
      expect(undeclared.query.get('error')).toBe('declare')
      expect((await enterPaper(open.id, ['', '  '])).query.get('error')).toBe('empty')
      for (const id of [online.id, notOpen.id, open.id]) {
        expect(await signatureRows(payload, id)).toHaveLength(0)
        expect(await auditRows(id)).toHaveLength(0)
      }
    })

    it('should refuse paper entry to other staff, to visitors and from another site', async () => {
      const petition = await makePetition()
      for (const staff of [agent, editor, undefined]) {
        const response = await staffRequest({
          path: `/${petition.id}/paper`,
          staff,
          form: { lines: 'Marie Tremblay ; 1, rue des Érables', declared: '1' },
        })
        expect(response.status).toBe(403)
      }
      const crossSite = await staffRequest({
        path: `/${petition.id}/paper`,
        staff: greffe,
        form: { lines: 'Marie Tremblay ; 1, rue des Érables', declared: '1' },
        origin: 'https://evil.example',
      })
      expect(crossSite.status).toBe(403)
      expect(await signatureRows(payload, petition.id)).toHaveLength(0)
      expect(await auditRows(petition.id)).toHaveLength(0)
    })
  })

  describe('the admin views, rendered on the server', () => {
    // The tabs' content without Payload's gutter (@payloadcms/ui loads CSS, not in Node).
    const inner = (element: React.ReactElement | null) =>
      element ? renderToStaticMarkup(element) : ''
    const viewProps = (
      staff: Staff | null,
      id: number,
      searchParams: Record<string, string> = {},
    ) =>
      ({
        payload,
        i18n: { language: 'fr' },
        doc: { id },
        searchParams,
        initPageResult: { req: { user: staff?.user ?? null }, docID: id },
      }) as never

    it('should show the moderation queue and the tabs to the greffe only', async () => {
      await makePetition({
        status: 'submitted',
        submittedAt: new Date(Date.now() - 20 * day).toISOString(),
        title: 'Vue tardive',
      })
      const forGreffe = await ModerationQueue({
        payload,
        user: greffe.user,
        i18n: { language: 'fr' },
      } as never)
      expect(renderToStaticMarkup(forGreffe!)).toMatch(/Vue tardive.*En retard/)
      for (const staff of [agent, editor]) {
        expect(
          await ModerationQueue({ payload, user: staff.user, i18n: { language: 'fr' } } as never),
        ).toBeNull()
      }
      const petition = await makePetition()
      await enterPaper(petition.id, [
        'Marie Tremblay ; 1, rue des Érables',
        'Jean Roy ; 3, rue des Érables',
      ])
      const [batch] = await auditRows(petition.id)
      const paper = inner(
        await PaperEntryContent(viewProps(greffe, petition.id, { batch: String(batch!.id) })),
      )
      expect(paper).toContain(`action="/api/petitions/${petition.id}/paper"`)
      expect(paper).toContain('1 ligne acceptée sur 2')
      expect(paper).toContain('Ligne 2 : adresse hors du territoire de la pétition')
      // A batch of another petition is not shown here.
      const other = await makePetition()
      expect(
        inner(await PaperEntryContent(viewProps(greffe, other.id, { batch: String(batch!.id) }))),
      ).not.toContain('ligne acceptée')
      const bursts = inner(await BurstsContent(viewProps(greffe, petition.id)))
      expect(bursts).toContain('1 signature valide dans la période')
      expect(bursts).toContain(`/api/petitions/${petition.id}/sectors.csv?locale=fr`)
      for (const staff of [agent, editor, null]) {
        for (const view of [PaperEntryContent, BurstsContent]) {
          const refused = inner(await view(viewProps(staff, petition.id)))
          expect(refused).toContain('Réservé au greffe.')
          expect(refused).not.toContain('<form')
        }
      }
    })
  })

  describe('bursts and bulk invalidation', () => {
    it('should group valid signatures by hour, network and email domain, the largest first', async () => {
      const petition = await makePetition({ type: onlineType, areaKind: 'city', sector: null })
      const t0 = new Date(Math.floor(Date.now() / hour) * hour - 5 * hour)
      const rows: [string, number, string, string][] = [
        ['Ann A', 0, '203.0.113.0/24', 'spam.test'],
        ['Bob B', 0, '203.0.113.0/24', 'spam.test'],
        ['Cat C', 0, '203.0.113.0/24', 'mail.test'],
        ['Dan D', 1, '198.51.100.0/24', 'spam.test'],
        ['Eve E', 3, '198.51.100.0/24', 'mail.test'],
      ]
      for (const [name, h, network, emailDomain] of rows) {
        await signAt({
          petitionId: petition.id,
          name,
          at: new Date(t0.getTime() + h * hour + 60_000),
          network,
          emailDomain,
        })
      }
      const bursts = await burstGroups(payload, petition.id)
      expect(bursts.total).toBe(5)
      expect(bursts.byNetwork).toEqual([
        { key: '203.0.113.0/24', count: 3 },
        { key: '198.51.100.0/24', count: 2 },
      ])
      expect(bursts.byEmailDomain).toEqual([
        { key: 'spam.test', count: 3 },
        { key: 'mail.test', count: 2 },
      ])
      expect(bursts.byHour.map((g) => g.count)).toEqual([3, 1, 1])
      expect(bursts.byHour[0]!.key).toMatch(/^\d{4}-\d\d-\d\dT\d\d:00$/)
      // A window and a filter.
      const window = await burstGroups(payload, petition.id, {
        from: new Date(t0.getTime() + hour),
        to: new Date(t0.getTime() + 4 * hour),
        emailDomain: 'MAIL.test',
      })
      expect(window.total).toBe(1)
    })

    it('should invalidate a window in one statement, take exactly that many off the count and audit it', async () => {
      const petition = await makePetition({ type: onlineType, areaKind: 'city', sector: null })
      const t0 = new Date(Math.floor(Date.now() / hour) * hour - 5 * hour)
      const at = (h: number) => new Date(t0.getTime() + h * hour + 60_000)
      await signAt({ petitionId: petition.id, name: 'Ann A', at: at(0), network: '203.0.113.0/24' })
      await signAt({ petitionId: petition.id, name: 'Bob B', at: at(0), network: '203.0.113.0/24' })
      await signAt({ petitionId: petition.id, name: 'Cat C', at: at(1), network: '203.0.113.0/24' })
      await signAt({
        petitionId: petition.id,
        name: 'Dan D',
        at: at(0),
        network: '198.51.100.0/24',
      })
      await signAt({ petitionId: petition.id, name: 'Eve E', at: at(3), network: '203.0.113.0/24' })
      // The third signature reached the threshold of 3.
      expect(await eventRows(payload, petition.id)).toHaveLength(1)
      // One of the window withdrawn before: not valid, not counted again.
      await db().drizzle.execute(sql`
        UPDATE petition_signatures SET status = 'withdrawn' WHERE petition_id = ${petition.id}
          AND member_name = 'Bob B'`)
      await db().drizzle.execute(sql`
        UPDATE petitions_counts.counters SET signatures = signatures - 1
        WHERE petition_id = ${petition.id}`)
      expect(await count(petition.id)).toBe(4)
      const local = (d: Date) =>
        new Intl.DateTimeFormat('sv-SE', {
          timeZone: 'America/Toronto',
          dateStyle: 'short',
          timeStyle: 'short',
        })
          .format(d)
          .replace(' ', 'T')
      const form = {
        from: local(t0),
        to: local(new Date(t0.getTime() + 2 * hour)),
        network: '203.0.113.0/24',
        emailDomain: '',
        reason: 'Rafale depuis un seul réseau',
        confirm: '1',
      }
      // Other staff and visitors are refused, nothing changes.
      for (const staff of [agent, editor, undefined]) {
        const refused = await staffRequest({ path: `/${petition.id}/invalidate`, staff, form })
        expect(refused.status).toBe(403)
      }
      expect(await count(petition.id)).toBe(4)
      // Without the confirmation, or a reason, or with a window backwards: refused with a message.
      for (const [bad, error] of [
        [{ confirm: '' }, 'confirm'],
        [{ reason: ' ' }, 'reason'],
        [{ from: form.to, to: form.from }, 'window'],
        [{ network: 'not a network' }, 'network'],
      ] as const) {
        const refused = await staffRequest({
          path: `/${petition.id}/invalidate`,
          staff: greffe,
          form: { ...form, ...bad },
        })
        expect(refused.status).toBe(303)
        expect(refused.query.get('error')).toBe(error)
      }
      expect(await auditRows(petition.id)).toHaveLength(0)
      const done = await staffRequest({ path: `/${petition.id}/invalidate`, staff: greffe, form })
      expect(done.status).toBe(303)
      expect(done.location).toContain(`/admin/collections/petitions/${petition.id}/bursts?`)
      // Ann (hour 0) and Cat (hour 1) on that network: Bob was withdrawn, Dan another network, Eve later.
      const audit = await auditRow(done.query.get('invalidated')!)
      expect(audit).toMatchObject({
        action: 'bulkInvalidation',
        count: 2,
        user_id: greffe.id,
        user_name: 'greffe@example.test',
      })
      expect(audit!.details).toMatchObject({
        network: '203.0.113.0/24',
        emailDomain: null,
        reason: 'Rafale depuis un seul réseau',
        from: t0.toISOString(),
        to: new Date(t0.getTime() + 2 * hour).toISOString(),
      })
      expect(await count(petition.id)).toBe(2)
      const rows = await signatureRows(payload, petition.id)
      const byName = Object.fromEntries(rows.map((r) => [r.member_name, r]))
      expect(byName['Ann A']).toMatchObject({
        status: 'invalidated',
        invalidation_reason: 'Rafale depuis un seul réseau',
      })
      expect(byName['Ann A']!.invalidation_at).toBeTruthy()
      expect(byName['Cat C']!.status).toBe('invalidated')
      expect(byName['Bob B']!.status).toBe('withdrawn')
      expect(byName['Dan D']!.status).toBe('valid')
      expect(byName['Eve E']!.status).toBe('valid')
      // The count equals the valid rows; the threshold already recorded stays recorded.
      expect(rows.filter((r) => r.status === 'valid')).toHaveLength(2)
      expect(await eventRows(payload, petition.id)).toHaveLength(1)
      // The same window again: nothing left to change, the count untouched, the attempt audited.
      const again = await staffRequest({ path: `/${petition.id}/invalidate`, staff: greffe, form })
      expect((await auditRow(again.query.get('invalidated')!))!.count).toBe(0)
      expect(await count(petition.id)).toBe(2)
      expect(await auditRows(petition.id)).toHaveLength(2)
    })
  })

  describe('counts by sector (CSV)', () => {
    it('should give the valid signatures by sector and channel, without personal data, to the greffe only', async () => {
      const petition = await makePetition({ areaKind: 'city', sector: null })
      await enterPaper(petition.id, [
        'Marie Tremblay ; 1, rue des Érables',
        'Julie Gagnon ; 2, rue des Érables',
        'Jean Roy ; 3, rue des Érables',
      ])
      await signAt({
        petitionId: petition.id,
        name: 'Ann A',
        addressId: nord2,
        at: new Date(),
        network: '=cmd',
      })
      await signAt({
        petitionId: petition.id,
        name: 'Zoé Z',
        addressId: sud1,
        sectorId: sud,
        at: new Date(),
      })
      // An invalidated one does not count.
      await db().drizzle.execute(sql`
        UPDATE petition_signatures SET status = 'invalidated' WHERE petition_id = ${petition.id}
          AND member_name = 'Zoé Z'`)
      const csv = await staffRequest({ path: `/${petition.id}/sectors.csv`, staff: greffe })
      expect(csv.status).toBe(200)
      expect(csv.headers.get('content-type')).toContain('text/csv')
      expect(csv.headers.get('cache-control')).toContain('no-store')
      expect(csv.text.charCodeAt(0)).toBe(0xfeff)
      expect(csv.text.slice(1).split('\r\n')).toEqual([
        'Secteur,Signatures valides,En ligne,Papier',
        'Nord,3,1,2',
        'Sud,1,0,1',
        'Total,4,1,3',
        '',
      ])
      expect(csv.text).not.toMatch(/Tremblay|Gagnon|Roy|Ann A|érables|203/i)
      const english = await staffRequest({
        path: `/${petition.id}/sectors.csv?locale=en`,
        staff: greffe,
      })
      expect(english.text.slice(1).split('\r\n')[0]).toBe('Sector,Valid signatures,Online,Paper')
      for (const staff of [agent, editor, undefined]) {
        const refused = await staffRequest({ path: `/${petition.id}/sectors.csv`, staff })
        expect(refused.status).toBe(403)
        expect(refused.text).not.toContain('Nord')
      }
      // A resident is refused too; the signer list stays the greffe's.
      const resident = await makeCitizen(payload, 'csv@example.test', { address: nord1 })
      const asResident = await handleEndpoints({
        config: payload.config,
        request: new Request(`${base}/api/petitions/${petition.id}/sectors.csv`, {
          headers: { cookie: `payload-token=${resident.token}`, 'sec-fetch-site': 'same-origin' },
        }),
      })
      expect(asResident.status).toBe(403)
      for (const user of [agent.user, editor.user]) {
        await expect(
          payload.count({
            collection: 'petition-signatures' as 'users',
            where: { petition: { equals: petition.id } },
            overrideAccess: false,
            user,
          }),
        ).rejects.toThrow(/not allowed/)
      }
      const { totalDocs } = await payload.count({
        collection: 'petition-signatures' as 'users',
        where: { petition: { equals: petition.id } },
        overrideAccess: false,
        user: greffe.user,
      })
      expect(totalDocs).toBe(5)
      // The clerk's log: the greffe reads it, nobody else, nobody writes it through the API.
      for (const user of [agent.user, editor.user]) {
        await expect(
          payload.count({ collection: 'petition-audit' as 'users', overrideAccess: false, user }),
        ).rejects.toThrow(/not allowed/)
      }
      const { totalDocs: logged } = await payload.count({
        collection: 'petition-audit' as 'users',
        where: { petitionId: { equals: petition.id } },
        overrideAccess: false,
        user: greffe.user,
      })
      expect(logged).toBe(1)
      // The log outlives the petition.
      await payload.delete({
        collection: 'petitions' as 'users',
        id: petition.id,
        overrideAccess: false,
        user: greffe.user,
        context: { disableRevalidate: true },
      })
      expect(await auditRows(petition.id)).toMatchObject([{ petition_title: petition.title }])
      await expect(
        payload.create({
          collection: 'petition-audit' as 'users',
          data: { action: 'paperEntry', petitionId: petition.id, count: 1 } as never,
          overrideAccess: false,
          user: greffe.user,
        }),
      ).rejects.toThrow()
    })
  })
})
