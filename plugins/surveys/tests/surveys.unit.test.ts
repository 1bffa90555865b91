import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { catalogues } from '../i18n/translate'
import { csvCell } from '../lib/export'
import { verifiedClaims } from '../lib/identify'
import { browserRespondentKey, citizenRespondentKey, ipKey } from '../lib/keys'
import { canSeeResults, eligibility, surveyState } from '../lib/model'
import { pageFromSegment, safeReturnPath, surveyHref } from '../lib/routes'
import { validateAnswers } from '../lib/validate'

const hour = 60 * 60 * 1000

describe('surveys: messages, routes, state, keys, validation', () => {
  it('should have exactly the same message keys in French and English, none empty', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.fr).sort())
    for (const catalogue of Object.values(catalogues))
      expect(Object.entries(catalogue).filter(([, v]) => !v.trim())).toEqual([])
  })

  it('should build French and English addresses and read either segment', () => {
    expect(surveyHref('fr')).toBe('/fr/sondages')
    expect(surveyHref('en', 'parc', 'results')).toBe('/en/surveys/parc/results')
    expect(surveyHref('fr', 'parc', 'thanks', { status: 'created' })).toBe(
      '/fr/sondages/parc/merci?status=created',
    )
    expect(pageFromSegment('resultats')).toBe('results')
    expect(pageFromSegment('thank-you')).toBe('thanks')
    expect(pageFromSegment('admin')).toBeNull()
    expect(safeReturnPath('/fr/a-propos?x=1')).toBe('/fr/a-propos?x=1')
    expect(safeReturnPath('//evil.example/fr')).toBeNull()
    expect(safeReturnPath('https://evil.example/fr')).toBeNull()
  })

  it('should open and close a survey on its own at its times, and show results only as its policy says', () => {
    const now = new Date('2026-06-01T12:00:00Z')
    const at = (h: number) => new Date(now.getTime() + h * hour).toISOString()
    expect(surveyState({ status: 'draft', opensAt: at(-1) }, now)).toBe('draft')
    expect(surveyState({ status: 'scheduled', opensAt: at(1) }, now)).toBe('upcoming')
    expect(surveyState({ status: 'scheduled', opensAt: at(-1), closesAt: at(1) }, now)).toBe('open')
    expect(surveyState({ status: 'open', closesAt: at(-1) }, now)).toBe('closed')
    expect(surveyState({ status: 'closed', closesAt: at(5) }, now)).toBe('closed')
    const open = { status: 'open' as const, closesAt: at(1) }
    expect(canSeeResults({ ...open, resultsVisibility: 'live' }, { now })).toBe(true)
    expect(canSeeResults({ ...open, resultsVisibility: 'afterClose' }, { now })).toBe(false)
    expect(
      canSeeResults(
        { ...open, resultsVisibility: 'afterClose' },
        { now: new Date(now.getTime() + 2 * hour) },
      ),
    ).toBe(true)
    expect(canSeeResults({ status: 'closed', resultsVisibility: 'staff' }, { now })).toBe(false)
    expect(
      canSeeResults({ status: 'closed', resultsVisibility: 'staff' }, { now, isStaff: true }),
    ).toBe(true)
  })

  it('should decide eligibility from the audience, the policy and the citizen’s sector', () => {
    const anyone = { audience: 'anyone' as const, answerPolicy: 'anonymous' as const, sectors: [] }
    expect(eligibility(anyone, null)).toBe('eligible')
    expect(eligibility({ ...anyone, answerPolicy: 'citizen' }, null)).toBe('signInRequired')
    const sector = { audience: 'sectors' as const, answerPolicy: 'citizen' as const, sectors: [3] }
    expect(eligibility(sector, { id: 1, sectorId: 3 })).toBe('eligible')
    expect(eligibility(sector, { id: 1, sectorId: 4 })).toBe('notInSector')
    expect(eligibility(sector, { id: 1, sectorId: null })).toBe('noSector')
  })

  it('should hash respondents with a key derived from the secret, per survey', () => {
    const a = citizenRespondentKey('secret-one', 1, 42)
    expect(a).toMatch(/^c:[A-Za-z0-9_-]{43}$/)
    expect(a).not.toContain('42')
    expect(citizenRespondentKey('secret-one', 1, 42)).toBe(a)
    expect(citizenRespondentKey('secret-one', 2, 42)).not.toBe(a)
    expect(citizenRespondentKey('secret-two', 1, 42)).not.toBe(a)
    expect(browserRespondentKey('secret-one', 1, 'abc')).toMatch(/^b:/)
    expect(ipKey('secret-one', 1, '10.0.0.1')).not.toContain('10.0.0.1')
  })

  it('should accept only offered answers and give each refused one a reason', () => {
    const questions = [
      {
        id: 'q1',
        blockType: 'singleChoice' as const,
        question: 'Q1',
        required: true,
        options: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
      },
      { id: 'q2', blockType: 'yesNo' as const, question: 'Q2', required: false },
      { id: 'q3', blockType: 'shortText' as const, question: 'Q3', required: false },
    ]
    expect(validateAnswers(questions, new URLSearchParams('q.q1=a&q.q1=b'))).toEqual({
      answers: {},
      errors: [{ questionId: 'q1', code: 'invalidOption' }],
    })
    expect(validateAnswers(questions, new URLSearchParams('q.q1=b&q.q2=maybe')).errors).toEqual([
      { questionId: 'q2', code: 'invalidOption' },
    ])
    expect(
      validateAnswers(questions, new URLSearchParams(`q.q1=a&q.q3=${'x'.repeat(201)}`)).errors,
    ).toEqual([{ questionId: 'q3', code: 'tooLong' }])
    expect(
      validateAnswers(questions, new URLSearchParams('q.q1=a&q.q2=no&q.other=1&csrf=x')),
    ).toEqual({ answers: { q1: 'a', q2: 'no' }, errors: [] })
  })

  it('should write CSV cells a spreadsheet cannot run', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)")
    expect(csvCell('a, "b"')).toBe('"a, ""b"""')
    expect(csvCell(null)).toBe('')
  })

  it('should accept a Payload session token only with its signature, algorithm, version and lifetime', async () => {
    const secret = 'a-secret'
    const sign = (header: object, claims: object, key = secret) => {
      const head = Buffer.from(JSON.stringify(header)).toString('base64url')
      const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
      return `${head}.${body}.${createHmac('sha256', key).update(`${head}.${body}`).digest('base64url')}`
    }
    const now = Date.UTC(2026, 10, 24)
    const claims = { id: 7, collection: 'citizens', sid: 's-1', exp: now / 1000 + 3600 }
    const header = { alg: 'HS256', typ: 'JWT', authVersion: 1 }
    expect(await verifiedClaims(secret, sign(header, claims), now)).toEqual({
      id: 7,
      collection: 'citizens',
      sid: 's-1',
    })
    expect(await verifiedClaims(secret, sign(header, claims, 'another-secret'), now)).toBeNull()
    expect(await verifiedClaims(secret, sign(header, claims), now + 2 * hour)).toBeNull()
    expect(await verifiedClaims(secret, sign({ ...header, alg: 'none' }, claims), now)).toBeNull()
    expect(await verifiedClaims(secret, sign({ alg: 'HS256', typ: 'JWT' }, claims), now)).toBeNull()
    expect(
      await verifiedClaims(secret, sign(header, { ...claims, sid: undefined }), now),
    ).toBeNull()
    expect(await verifiedClaims(secret, 'a.b', now)).toBeNull()
  })
})
