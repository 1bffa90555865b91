import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { getPublicResults } from '../frontend/load'
import { anonymiseCitizenAnswers, exportCitizenAnswers } from '../lib/personalData'
import { computeResults } from '../lib/results'
import { readSurvey } from '../lib/readSurvey'
import { createCsrfToken, blockBinding } from '../lib/csrf'
import { citizenFromSession } from '../lib/identify'
import { answer, makeCitizen, makeSurvey, type Respondent, rowsOf, staffCall } from './helpers'

const square = (lng: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng, lat],
      [lng + 1, lat],
      [lng + 1, lat + 1],
      [lng, lat + 1],
      [lng, lat],
    ],
  ],
})

const choice = (labels: string[]) => labels.map((label) => ({ label }))

describe('surveys: answering, one per citizen, eligibility, validation, results', () => {
  let payload: Payload
  let nord: number
  let sud: number
  let alice: Respondent & { id: number }
  let bruno: Respondent & { id: number }
  let chloe: Respondent & { id: number }
  let staffToken: string

  beforeAll(async () => {
    payload = await getTestPayload()
    const ctx = { disableRevalidate: true }
    nord = (
      await payload.create({
        collection: 'sectors',
        data: { name: 'Nord', code: 'nord', boundary: square(-74, 46) } as never,
        overrideAccess: true,
        context: ctx,
      })
    ).id
    sud = (
      await payload.create({
        collection: 'sectors',
        data: { name: 'Sud', code: 'sud', boundary: square(-74, 44) } as never,
        overrideAccess: true,
        context: ctx,
      })
    ).id
    await payload.create({
      collection: 'addresses',
      data: {
        number: 1,
        street: 'rue du Nord',
        postalCode: 'J0A 1B0',
        lat: 46.5,
        lng: -73.5,
      } as never,
      overrideAccess: true,
      context: ctx,
    })
    await payload.create({
      collection: 'addresses',
      data: {
        number: 1,
        street: 'rue du Sud',
        postalCode: 'J0A 1B0',
        lat: 44.5,
        lng: -73.5,
      } as never,
      overrideAccess: true,
      context: ctx,
    })
    alice = await makeCitizen(payload, 'alice@example.test', nord)
    bruno = await makeCitizen(payload, 'bruno@example.test', sud)
    chloe = await makeCitizen(payload, 'chloe@example.test', sud)
    await payload.create({
      collection: 'users',
      data: {
        email: 'staff@example.test',
        password: 'staff-password-123',
        name: 'Staff',
        role: 'editor',
      } as never,
      overrideAccess: true,
    })
    staffToken = (
      await payload.login({
        collection: 'users',
        data: { email: 'staff@example.test', password: 'staff-password-123' },
        overrideAccess: true,
      })
    ).token!
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should keep exactly one row when one citizen submits 200 times at once, the answers being the last written', async () => {
    const survey = await makeSurvey(payload, {
      slug: 'concurrence',
      questions: [
        {
          blockType: 'singleChoice',
          question: 'Quel parc ?',
          required: true,
          options: choice(['A', 'B']),
        },
      ],
    })
    const q = survey.questions[0]!
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        answer(payload, survey.id, [[`q.${q.id}`, q.options![i % 2]!.id]], {
          respondent: alice,
        }).then((r) => r.status),
      ),
    )
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.filter((s) => s === 200)).toHaveLength(199)
    const rows = await rowsOf(payload, survey.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.mode).toBe('citizen')
  })

  it('should keep exactly one row under 200 concurrent submissions through the Next route handler too', async () => {
    const survey = await makeSurvey(payload, {
      slug: 'concurrence-route',
      questions: [
        {
          blockType: 'singleChoice',
          question: 'Quel parc ?',
          required: true,
          options: choice(['A', 'B']),
        },
      ],
    })
    const q = survey.questions[0]!
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        answer(payload, survey.id, [[`q.${q.id}`, q.options![i % 2]!.id]], {
          respondent: bruno,
          via: 'route',
        }).then((r) => r.status),
      ),
    )
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.filter((s) => s === 200)).toHaveLength(199)
    expect(await rowsOf(payload, survey.id)).toHaveLength(1)
    const forged = await answer(payload, survey.id, [[`q.${q.id}`, 'forged']], {
      respondent: bruno,
      via: 'route',
    })
    expect(forged.status).toBe(400)
    expect(
      (
        await answer(payload, survey.id, [[`q.${q.id}`, q.options![0]!.id]], {
          respondent: bruno,
          via: 'route',
          origin: 'https://evil.example',
        })
      ).status,
    ).toBe(403)
  })

  it('should identify a citizen from the session cookie alone, and nobody with a forged token, a staff token, an unverified account or a closed session', async () => {
    const dora = await makeCitizen(payload, 'dora-session@example.test', sud)
    const who = (cookie: string) =>
      citizenFromSession({ payload, headers: new Headers({ cookie }), collection: 'citizens' })
    const claims = JSON.parse(Buffer.from(dora.token!.split('.')[1]!, 'base64url').toString()) as {
      sid: string
    }
    expect(await who(dora.cookie!)).toEqual({ id: dora.id, sid: claims.sid, sectorId: sud })
    // Another citizen's id in the claims, the signature left as it was.
    const [head, body, signature] = dora.token!.split('.') as [string, string, string]
    const other = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), id: alice.id }),
    ).toString('base64url')
    expect(await who(`payload-token=${head}.${other}.${signature}`)).toBeNull()
    expect(await who(`payload-token=${staffToken}`)).toBeNull()
    expect(await who('payload-token=not-a-token')).toBeNull()
    const db = payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }
    const { sql } = await import('@payloadcms/db-postgres')
    await db.drizzle.execute(sql`UPDATE citizens SET _verified = false WHERE id = ${dora.id}`)
    expect(await who(dora.cookie!)).toBeNull()
    await db.drizzle.execute(sql`UPDATE citizens SET _verified = true WHERE id = ${dora.id}`)
    expect(await who(dora.cookie!)).not.toBeNull()
    // Signing out removes the session: the token, still signed and unexpired, no longer counts.
    await db.drizzle.execute(sql`DELETE FROM citizens_sessions WHERE _parent_id = ${dora.id}`)
    expect(await who(dora.cookie!)).toBeNull()
  })

  it('should not identify a citizen whose session has expired, nor one of a collection the plugin was not given', async () => {
    const emma = await makeCitizen(payload, 'emma-session@example.test', nord)
    const who = (collection: string) =>
      citizenFromSession({ payload, headers: new Headers({ cookie: emma.cookie! }), collection })
    expect(await who('citizens')).toMatchObject({ id: emma.id, sectorId: nord })
    expect(await who('residents')).toBeNull()
    const db = payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }
    const { sql } = await import('@payloadcms/db-postgres')
    await db.drizzle.execute(
      sql`UPDATE citizens_sessions SET expires_at = now() - interval '1 minute' WHERE _parent_id = ${emma.id}`,
    )
    expect(await who('citizens')).toBeNull()
  })

  it('should let a citizen change the answer until the survey closes, and refuse it after', async () => {
    const survey = await makeSurvey(payload, {
      slug: 'changement',
      questions: [{ blockType: 'yesNo', question: 'D’accord ?', required: true }],
    })
    const q = survey.questions[0]!
    expect(
      (await answer(payload, survey.id, [[`q.${q.id}`, 'yes']], { respondent: alice })).status,
    ).toBe(201)
    expect(
      (await answer(payload, survey.id, [[`q.${q.id}`, 'no']], { respondent: alice })).status,
    ).toBe(200)
    expect((await rowsOf(payload, survey.id)).map((r) => r.answers)).toEqual([{ [q.id]: 'no' }])
    await payload.update({
      collection: 'surveys',
      id: survey.id,
      data: { closesAt: new Date(Date.now() - 1000).toISOString() } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const late = await answer(payload, survey.id, [[`q.${q.id}`, 'yes']], { respondent: alice })
    expect(late.status).toBe(409)
    expect((await late.json()).message.fr).toMatch(/fermé/)
    // Without JavaScript: back to the form with the reason, nothing changed.
    const lateForm = await answer(payload, survey.id, [[`q.${q.id}`, 'yes']], {
      respondent: alice,
      json: false,
    })
    expect(lateForm.status).toBe(303)
    expect(lateForm.headers.get('location')).toBe('/fr/sondages/changement?error=closed#erreurs')
    expect((await rowsOf(payload, survey.id)).map((r) => r.answers)).toEqual([{ [q.id]: 'no' }])
  })

  it('should admit only signed-in residents of the survey’s sectors', async () => {
    const survey = await makeSurvey(payload, {
      slug: 'secteur-nord',
      audience: 'sectors',
      sectors: [nord],
      questions: [{ blockType: 'yesNo', question: 'Trottoir ?', required: true }],
    })
    const field: [string, string][] = [[`q.${survey.questions[0]!.id}`, 'yes']]
    const anonymous = await answer(payload, survey.id, field)
    expect(anonymous.status).toBe(401)
    expect((await anonymous.json()).error).toBe('signInRequired')
    const outsider = await answer(payload, survey.id, field, { respondent: bruno })
    expect(outsider.status).toBe(403)
    expect((await outsider.json()).error).toBe('notInSector')
    expect((await answer(payload, survey.id, field, { respondent: alice })).status).toBe(201)
    const everyone = await makeSurvey(payload, {
      slug: 'residents',
      audience: 'residents',
      questions: [{ blockType: 'yesNo', question: 'Oui ?', required: true }],
    })
    expect(
      (await answer(payload, everyone.id, [[`q.${everyone.questions[0]!.id}`, 'no']])).status,
    ).toBe(401)
    expect(
      (
        await answer(payload, everyone.id, [[`q.${everyone.questions[0]!.id}`, 'no']], {
          respondent: bruno,
        })
      ).status,
    ).toBe(201)
    expect(await rowsOf(payload, survey.id)).toHaveLength(1)
  })

  it('should never store the citizen in an anonymous survey, and only a keyed hash in a citizen survey', async () => {
    const anon = await makeSurvey(payload, {
      slug: 'anonyme',
      answerPolicy: 'anonymous',
      questions: [{ blockType: 'shortText', question: 'Un mot ?', required: true }],
    })
    const field: [string, string][] = [[`q.${anon.questions[0]!.id}`, 'Bonjour']]
    const response = await answer(payload, anon.id, field, { respondent: alice, json: false })
    expect(response.status).toBe(303)
    expect(response.headers.get('set-cookie')).toMatch(
      /^vo_survey_browser=[A-Za-z0-9_-]{24}; Path=\/; Max-Age=31536000; HttpOnly; SameSite=Lax/,
    )
    const [row] = await rowsOf(payload, anon.id)
    expect(row).toMatchObject({ mode: 'anonymous', sector_id: null })
    expect(String(row!.respondent_key)).toMatch(/^b:/)
    const text = JSON.stringify(row)
    expect(text).not.toContain('alice')
    expect(text).not.toMatch(new RegExp(`"${alice.id}"|:${alice.id}[,}]`))
    // The same browser answering again changes its row; a new browser adds one.
    const browser = /vo_survey_browser=([^;]+)/.exec(response.headers.get('set-cookie')!)![1]!
    expect((await answer(payload, anon.id, field, { respondent: { browser } })).status).toBe(200)
    expect((await answer(payload, anon.id, field, {})).status).toBe(201)
    expect(await rowsOf(payload, anon.id)).toHaveLength(2)
    // Citizen survey: the key is an HMAC, different for each survey (answers cannot be linked).
    const first = await makeSurvey(payload, {
      slug: 'cle-1',
      questions: [{ blockType: 'yesNo', question: 'Un ?', required: true }],
    })
    const second = await makeSurvey(payload, {
      slug: 'cle-2',
      questions: [{ blockType: 'yesNo', question: 'Deux ?', required: true }],
    })
    await answer(payload, first.id, [[`q.${first.questions[0]!.id}`, 'yes']], { respondent: alice })
    await answer(payload, second.id, [[`q.${second.questions[0]!.id}`, 'yes']], {
      respondent: alice,
    })
    const [a] = await rowsOf(payload, first.id)
    const [b] = await rowsOf(payload, second.id)
    expect(String(a!.respondent_key)).toMatch(/^c:[A-Za-z0-9_-]{43}$/)
    expect(a!.respondent_key).not.toBe(b!.respondent_key)
    expect(a!.sector_id).toBe(nord)
  })

  it('should limit anonymous answers per IP address', async () => {
    const survey = await makeSurvey(payload, {
      slug: 'limite-ip',
      answerPolicy: 'anonymous',
      ipLimit: 3,
      questions: [{ blockType: 'yesNo', question: 'Oui ?', required: true }],
    })
    const field: [string, string][] = [[`q.${survey.questions[0]!.id}`, 'yes']]
    const statuses: number[] = []
    for (let i = 0; i < 5; i++)
      statuses.push(
        (
          await answer(payload, survey.id, field, {
            respondent: { ip: '10.9.9.9', browser: `browser-${String(i).padStart(16, '0')}` },
          })
        ).status,
      )
    expect(statuses).toEqual([201, 201, 201, 429, 429])
    expect(
      (await answer(payload, survey.id, field, { respondent: { ip: '10.9.9.8' } })).status,
    ).toBe(201)
  })

  it('should validate every answer on the server: forged options, required questions, maximum choices, scale, ranking', async () => {
    const survey = await makeSurvey(payload, {
      slug: 'validation',
      questions: [
        {
          blockType: 'singleChoice',
          question: 'Parc',
          required: true,
          options: choice(['A', 'B', 'C']),
        },
        {
          blockType: 'multipleChoice',
          question: 'Activités',
          required: false,
          maxChoices: 2,
          options: choice(['Vélo', 'Course', 'Lecture']),
        },
        {
          blockType: 'rating',
          question: 'Note',
          required: true,
          scaleMin: 1,
          scaleMax: 5,
          minLabel: 'Mauvais',
          maxLabel: 'Excellent',
        },
        {
          blockType: 'ranking',
          question: 'Priorités',
          required: false,
          options: choice(['X', 'Y', 'Z']),
        },
        { blockType: 'longText', question: 'Commentaires', required: false },
      ],
    })
    const [single, multi, rating, ranking] = survey.questions as [
      (typeof survey.questions)[0] & { options: { id: string }[] },
      ...((typeof survey.questions)[0] & { options: { id: string }[] })[],
    ]
    const forged = await answer(
      payload,
      survey.id,
      [
        [`q.${single.id}`, 'not-an-option'],
        [`q.${rating!.id}`, '3'],
      ],
      { respondent: alice },
    )
    expect(forged.status).toBe(400)
    const body = await forged.json()
    expect(body.fields).toEqual([
      {
        questionId: single.id,
        code: 'invalidOption',
        message: {
          fr: 'Cette réponse ne fait pas partie des choix proposés.',
          en: 'This answer is not one of the options offered.',
        },
      },
    ])
    const missing = await (
      await answer(payload, survey.id, [[`q.${multi!.id}`, multi!.options[0]!.id]], {
        respondent: alice,
      })
    ).json()
    expect(missing.fields.map((f: { code: string }) => f.code)).toEqual(['required', 'required'])
    const tooMany = await (
      await answer(
        payload,
        survey.id,
        [
          [`q.${single.id}`, single.options[0]!.id],
          [`q.${rating!.id}`, '9'],
          ...multi!.options.map((o) => [`q.${multi!.id}`, o.id] as [string, string]),
        ],
        { respondent: alice },
      )
    ).json()
    expect(tooMany.fields.map((f: { code: string }) => f.code)).toEqual([
      'tooManyChoices',
      'outOfScale',
    ])
    const badRank = await (
      await answer(
        payload,
        survey.id,
        [
          [`q.${single.id}`, single.options[0]!.id],
          [`q.${rating!.id}`, '4'],
          [`q.${ranking!.id}.${ranking!.options[0]!.id}`, '1'],
          [`q.${ranking!.id}.${ranking!.options[1]!.id}`, '1'],
          [`q.${ranking!.id}.${ranking!.options[2]!.id}`, '2'],
        ],
        { respondent: alice },
      )
    ).json()
    expect(badRank.fields.map((f: { code: string }) => f.code)).toEqual(['incompleteRanking'])
    expect(await rowsOf(payload, survey.id)).toHaveLength(0)
    // Without JavaScript: back to the form, the errors and what was typed in the query string.
    const form = await answer(payload, survey.id, [[`q.${single.id}`, 'forged']], {
      respondent: alice,
      json: false,
    })
    const location = new URL(form.headers.get('location')!, 'http://x')
    expect(location.pathname).toBe('/fr/sondages/validation')
    expect(location.searchParams.get('error')).toBe('invalid')
    expect(location.searchParams.get('fields')).toBe(
      `${single.id}:invalidOption,${rating!.id}:required`,
    )
    expect(Buffer.from(location.searchParams.get('draft')!, 'base64url').toString()).toBe(
      `q.${single.id}=forged`,
    )
    const good = await answer(
      payload,
      survey.id,
      [
        [`q.${single.id}`, single.options[1]!.id],
        [`q.${multi!.id}`, multi!.options[2]!.id],
        [`q.${multi!.id}`, multi!.options[0]!.id],
        [`q.${rating!.id}`, '5'],
        [`q.${ranking!.id}.${ranking!.options[0]!.id}`, '3'],
        [`q.${ranking!.id}.${ranking!.options[1]!.id}`, '1'],
        [`q.${ranking!.id}.${ranking!.options[2]!.id}`, '2'],
        [`q.${survey.questions[4]!.id}`, '  Bravo  '],
      ],
      { respondent: alice },
    )
    expect(good.status).toBe(201)
    expect((await rowsOf(payload, survey.id))[0]!.answers).toEqual({
      [single.id]: single.options[1]!.id,
      [multi!.id]: [multi!.options[0]!.id, multi!.options[2]!.id],
      [rating!.id]: 5,
      [ranking!.id]: [ranking!.options[1]!.id, ranking!.options[2]!.id, ranking!.options[0]!.id],
      [survey.questions[4]!.id]: 'Bravo',
    })
  })

  it('should refuse a form without its CSRF token or from another site', async () => {
    const survey = await makeSurvey(payload, {
      slug: 'csrf',
      questions: [{ blockType: 'yesNo', question: 'Oui ?', required: true }],
    })
    const field: [string, string][] = [[`q.${survey.questions[0]!.id}`, 'yes']]
    expect(
      (await answer(payload, survey.id, field, { respondent: alice, csrf: null })).status,
    ).toBe(403)
    // A token made for another session is worthless.
    expect((await answer(payload, survey.id, field, { respondent: alice, csrf: 'x' })).status).toBe(
      403,
    )
    expect(
      (
        await answer(payload, survey.id, field, {
          respondent: alice,
          origin: 'https://evil.example',
        })
      ).status,
    ).toBe(403)
    expect(await rowsOf(payload, survey.id)).toHaveLength(0)
  })

  it('should hide results until the survey’s policy allows, and count them in SQL', async () => {
    const make = (slug: string, resultsVisibility: string) =>
      makeSurvey(payload, {
        slug,
        resultsVisibility,
        questions: [
          {
            blockType: 'singleChoice',
            question: 'Choix',
            required: true,
            options: choice(['Un', 'Deux']),
          },
          { blockType: 'shortText', question: 'Pourquoi ?', required: false },
        ],
      })
    const afterClose = await make('apres', 'afterClose')
    const staffOnly = await make('personnel', 'staff')
    const live = await make('direct', 'live')
    for (const s of [afterClose, staffOnly, live]) {
      const q = s.questions[0]!
      await answer(
        payload,
        s.id,
        [
          [`q.${q.id}`, q.options![0]!.id],
          [`q.${s.questions[1]!.id}`, 'secret'],
        ],
        { respondent: alice },
      )
      await answer(payload, s.id, [[`q.${q.id}`, q.options![1]!.id]], { respondent: bruno })
      await answer(payload, s.id, [[`q.${q.id}`, q.options![0]!.id]], { respondent: chloe })
    }
    const read = async (id: number) => (await readSurvey(payload, { id }, 'fr'))!
    expect(await getPublicResults(payload, await read(afterClose.id))).toBeNull()
    expect(await getPublicResults(payload, await read(staffOnly.id))).toBeNull()
    const results = (await getPublicResults(payload, await read(live.id)))!
    expect(results.total).toBe(3)
    expect(results.questions).toHaveLength(1)
    expect(results.questions[0]!.rows.map((r) => [r.label, r.count, r.percent])).toEqual([
      ['Un', 2, 66.7],
      ['Deux', 1, 33.3],
    ])
    expect(JSON.stringify(results)).not.toContain('secret')
    // Closed: the after-close results become public, staff-only ones never do.
    for (const s of [afterClose, staffOnly])
      await payload.update({
        collection: 'surveys',
        id: s.id,
        data: { status: 'closed' } as never,
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
    expect((await getPublicResults(payload, await read(afterClose.id)))!.total).toBe(3)
    expect(await getPublicResults(payload, await read(staffOnly.id))).toBeNull()
    // Staff filter by sector.
    const nordOnly = await computeResults(payload, await read(staffOnly.id), { sectorId: nord })
    expect(nordOnly.total).toBe(1)
    void sud
  })

  it('should export responses as CSV (BOM, download) and JSON to staff only', async () => {
    const survey = await makeSurvey(payload, {
      slug: 'export',
      questions: [
        {
          blockType: 'singleChoice',
          question: 'Parc, oui',
          required: true,
          options: choice(['=cmd', 'B']),
        },
      ],
    })
    const q = survey.questions[0]!
    await answer(payload, survey.id, [[`q.${q.id}`, q.options![0]!.id]], { respondent: alice })
    expect(
      (await staffCall(payload, `/api/surveys/${survey.id}/export?format=csv`, {})).status,
    ).toBe(403)
    const csv = await staffCall(payload, `/api/surveys/${survey.id}/export?format=csv`, {
      token: staffToken,
    })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="sondage-export-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    const bytes = Buffer.from(await csv.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    const lines = text.split('\r\n')
    expect(lines[0]).toBe('response,mode,sector,createdAt,updatedAt,"Parc, oui"')
    expect(lines[1]).toMatch(new RegExp(`^\\d+,citizen,${nord},[^,]+,[^,]+,'=cmd$`))
    expect(text).not.toMatch(/c:[A-Za-z0-9_-]{43}/)
    const json = await (
      await staffCall(payload, `/api/surveys/${survey.id}/export?format=json`, {
        token: staffToken,
      })
    ).json()
    expect(json.responses[0].answers).toEqual({ 'Parc, oui': '=cmd' })
    // The admin's results panel: staff only, with a sector filter and the answers per sector.
    await answer(payload, survey.id, [[`q.${q.id}`, q.options![1]!.id]], { respondent: bruno })
    expect((await staffCall(payload, `/api/surveys/${survey.id}/results`, {})).status).toBe(403)
    const all = await (
      await staffCall(payload, `/api/surveys/${survey.id}/results`, { token: staffToken })
    ).json()
    expect(all.results.total).toBe(2)
    expect(all.bySector).toEqual([
      { sector: nord, name: 'Nord', count: 1 },
      { sector: sud, name: 'Sud', count: 1 },
    ])
    const south = await (
      await staffCall(payload, `/api/surveys/${survey.id}/results?sector=${sud}`, {
        token: staffToken,
      })
    ).json()
    expect(south.results.questions[0].rows.map((r: { count: number }) => r.count)).toEqual([0, 1])
  })

  it('should close a survey early and duplicate it as a draft, for staff only', async () => {
    const survey = await makeSurvey(payload, {
      slug: 'copie',
      questions: [
        {
          blockType: 'singleChoice',
          question: 'Parc',
          required: true,
          options: choice(['A', 'B']),
        },
      ],
    })
    await payload.update({
      collection: 'surveys',
      id: survey.id,
      locale: 'en',
      data: {
        title: 'Copy me',
        questions: [
          {
            ...survey.questions[0],
            question: 'Park',
            options: survey.questions[0]!.options!.map((o, i) => ({
              id: o.id,
              label: ['One', 'Two'][i],
            })),
          },
        ],
      } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    expect(
      (await staffCall(payload, `/api/surveys/${survey.id}/close`, { method: 'POST' })).status,
    ).toBe(403)
    expect(
      (
        await staffCall(payload, `/api/surveys/${survey.id}/close`, {
          method: 'POST',
          token: staffToken,
        })
      ).status,
    ).toBe(200)
    expect((await readSurvey(payload, { id: survey.id }, 'fr'))!.status).toBe('closed')
    const duplicated = await staffCall(payload, `/api/surveys/${survey.id}/duplicate`, {
      method: 'POST',
      token: staffToken,
    })
    const copy = await duplicated.json()
    expect(duplicated.status, JSON.stringify(copy)).toBe(201)
    expect(copy.slug).toBe('copie-copie')
    const fr = (await readSurvey(payload, { id: copy.id }, 'fr'))!
    const en = (await readSurvey(payload, { id: copy.id }, 'en'))!
    expect(fr.status).toBe('draft')
    expect(fr.questions[0]!.options!.map((o) => o.label)).toEqual(['A', 'B'])
    expect(en.title).toBe('Copy me')
    expect(en.questions[0]!.options!.map((o) => o.label)).toEqual(['One', 'Two'])
  })

  it('should accept a mini-survey block’s form from a cached page and come back to it, errors going to the survey page', async () => {
    const survey = await makeSurvey(payload, {
      slug: 'bloc',
      answerPolicy: 'anonymous',
      questions: [{ blockType: 'yesNo', question: 'Oui ?', required: true }],
    })
    const q = survey.questions[0]!
    const blockToken = createCsrfToken(
      payload.secret,
      blockBinding,
      Date.now() - 10 * 24 * 60 * 60 * 1000,
    )
    const ok = await answer(
      payload,
      survey.id,
      [
        [`q.${q.id}`, 'yes'],
        ['block', '1'],
        ['returnTo', '/fr/a-propos'],
      ],
      { respondent: alice, json: false, csrf: blockToken },
    )
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toBe(`/fr/a-propos#sondage-${survey.id}-merci`)
    // Without an Origin header the block token is not enough.
    expect(
      (
        await answer(
          payload,
          survey.id,
          [
            [`q.${q.id}`, 'yes'],
            ['block', '1'],
          ],
          { csrf: blockToken, origin: null },
        )
      ).status,
    ).toBe(403)
    // Errors go to the survey's own page (per request), with what was typed; never to another site.
    const bad = await answer(
      payload,
      survey.id,
      [
        [`q.${q.id}`, 'maybe'],
        ['block', '1'],
        ['returnTo', '//evil.example/x'],
      ],
      { json: false, csrf: blockToken },
    )
    expect(bad.headers.get('location')).toMatch(
      /^\/fr\/sondages\/bloc\?error=invalid&fields=[^&]+%3AinvalidOption&draft=[A-Za-z0-9_-]+#erreurs$/,
    )
    const offsite = await answer(
      payload,
      survey.id,
      [
        [`q.${q.id}`, 'no'],
        ['block', '1'],
        ['returnTo', '//evil.example/x'],
      ],
      { json: false, csrf: blockToken },
    )
    expect(offsite.headers.get('location')).toBe('/fr/sondages/bloc/merci?status=created')
  })

  it('should give a citizen their answers in the Law 25 export, and unlink them when the account is deleted', async () => {
    const survey = await makeSurvey(payload, {
      slug: 'loi-25',
      questions: [{ blockType: 'yesNo', question: 'Oui ?', required: true }],
    })
    const q = survey.questions[0]!
    const dora = await makeCitizen(payload, 'dora@example.test', nord)
    await answer(payload, survey.id, [[`q.${q.id}`, 'yes']], { respondent: dora })
    await answer(payload, survey.id, [[`q.${q.id}`, 'no']], { respondent: alice })
    const mine = await exportCitizenAnswers(payload, dora.id)
    expect(mine).toEqual([
      {
        survey: 'loi-25',
        title: 'Sondage loi-25',
        answers: { [q.id]: 'yes' },
        answeredAt: expect.any(String),
      },
    ])
    await anonymiseCitizenAnswers(payload, dora.id)
    expect(await exportCitizenAnswers(payload, dora.id)).toEqual([])
    // Still counted, no longer linked (nor to the sector).
    const rows = await rowsOf(payload, survey.id)
    expect(rows).toHaveLength(2)
    expect(
      rows.filter((r) => String(r.respondent_key).startsWith('x:') && r.sector_id === null),
    ).toHaveLength(1)
    expect(
      (await exportCitizenAnswers(payload, alice.id)).filter((a) => a.survey === 'loi-25'),
    ).toHaveLength(1)
  })
})
