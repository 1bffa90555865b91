import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { toCsv } from '../lib/personalData'
import { type Client, locationOf, makeClient } from './helpers'

describe('citizen accounts: Law 25 export and deletion', () => {
  let payload: Payload
  let client: Client
  let id: number
  let otherId: number
  const password = 'correct-horse-battery'

  beforeAll(async () => {
    payload = await getTestPayload()
    client = makeClient(payload)
    const make = async (email: string) =>
      (
        await payload.create({
          collection: 'citizens',
          data: {
            email,
            password,
            name: '=HYPERLINK("http://evil")',
            preferredLanguage: 'fr',
            _verified: true,
            household: [{ firstName: 'Zoé', relationship: 'child' }],
            consents: [
              { purpose: 'terms', textVersion: '2026-01', acceptedAt: '2026-01-15T12:00:00.000Z' },
            ],
          },
          overrideAccess: true,
          disableVerificationEmail: true,
          context: { isCitizenSystem: true },
        })
      ).id
    id = await make('me@example.test')
    otherId = await make('other@example.test')
    await payload.sendEmail({ to: 'me@example.test', subject: 'Bienvenue', text: 'x' })
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should download everything held about the citizen as JSON, and nothing about anybody else', async () => {
    const cookie = await client.login('me@example.test', password)
    const response = await client.post('export', { format: 'json' }, { cookie })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="mon-dossier-\d{4}-\d{2}-\d{2}\.json"$/,
    )
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const data = await response.json()
    expect(data.account).toMatchObject({
      email: 'me@example.test',
      emailConfirmed: true,
      preferredLanguage: 'fr',
    })
    expect(data.household).toEqual([{ firstName: 'Zoé', relationship: 'child' }])
    expect(data.consents).toEqual([
      { purpose: 'terms', textVersion: '2026-01', acceptedAt: '2026-01-15T12:00:00.000Z' },
    ])
    expect(data.emailsSent.map((m: { subject: string }) => m.subject)).toEqual(['Bienvenue'])
    expect(data.sessions.length).toBeGreaterThanOrEqual(1)
    expect(data.alerts).toEqual({
      topics: [],
      newsTopics: [],
      channels: [],
      sent: [],
      sectorSignupsWithoutAccount: [],
    })
    const text = JSON.stringify(data)
    expect(text).not.toContain('other@example.test')
    expect(text).not.toMatch(/"(hash|salt)"/)
  })

  it('should download the same as CSV that a spreadsheet opens safely', async () => {
    const cookie = await client.login('me@example.test', password)
    const response = await client.post('export', { format: 'csv' }, { cookie })
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const csv = (await response.text()).replace(/^\uFEFF/, '')
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('section,field,value')
    expect(lines).toContain('household,0.firstName,Zoé')
    expect(lines).toContain('account,email,me@example.test')
    // A name that looks like a formula is quoted so a spreadsheet shows it as text.
    expect(lines).toContain(`account,name,"'=HYPERLINK(""http://evil"")"`)
    expect(toCsv({ a: { b: 'x,y' } })).toBe('section,field,value\r\na,b,"x,y"\r\n')
  })

  it('should delete the account only with the password, and then remove its data and sessions', async () => {
    const cookie = await client.login('me@example.test', password)
    const wrong = await client.post('delete-account', { password: 'not-my-password' }, { cookie })
    expect(locationOf(wrong)).toBe('/fr/mon-dossier/confidentialite?error=wrongPassword')
    expect(
      await payload.findByID({
        collection: 'citizens',
        id,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).not.toBeNull()
    const done = await client.post('delete-account', { password }, { cookie })
    expect(locationOf(done)).toBe('/fr/mon-dossier/inscription?status=accountDeleted')
    expect(
      await payload.findByID({
        collection: 'citizens',
        id,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).toBeNull()
    expect(
      (
        await payload.count({
          collection: 'mail-outbox',
          where: { to: { equals: 'me@example.test' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
    expect(
      (await (await client.rest('GET', '/api/citizens/me', { cookie })).json()).user,
    ).toBeNull()
    expect(
      await payload.findByID({
        collection: 'citizens',
        id: otherId,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).not.toBeNull()
  })
})
