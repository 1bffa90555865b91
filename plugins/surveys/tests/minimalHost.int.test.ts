import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { answer, makeSurvey, rowsOf, staffCall } from './helpers'
import { closePayload, getTestPayload } from './host'

/**
 * Copy-the-folder, tested: the plugin in a Payload project that has nothing of this city's. The
 * suite's host (tests/host.ts: staff with roles, sectors, the kit's address registry, French and
 * English) here without residents' accounts at all (`identifyCitizen` answers nobody), its tables
 * coming from the collections (Drizzle's push on an empty database), not from this project's
 * migrations. On it, a resident answers through the plugin's endpoint, once per browser, and the
 * communications team exports the answers.
 */
describe('surveys in a minimal host: only the plugin, the kit and what it declares', () => {
  let payload: Payload
  let editorToken: string

  beforeAll(async () => {
    payload = await getTestPayload(
      { identifyCitizen: async () => null, linkableCollections: [] },
      { hasCitizens: false },
    )
    const email = 'communications@ville.example'
    const password = 'correct-horse-battery'
    await payload.create({
      collection: 'users',
      data: { email, password, roles: ['editor'] } as never,
      overrideAccess: true,
    })
    const login = await payload.login({ collection: 'users', data: { email, password } })
    editorToken = login.token!
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should take answers once per browser through its endpoint and export them for staff', async () => {
    const survey = await makeSurvey(payload, {
      slug: 'hote-minimal',
      answerPolicy: 'anonymous',
      questions: [
        { blockType: 'yesNo', question: 'Un parc à chiens ?', required: true },
        { blockType: 'shortText', question: 'Un mot ?' },
      ],
    })
    const [yesNo, text] = survey.questions
    const fields: [string, string][] = [
      [`q.${yesNo!.id}`, 'yes'],
      [`q.${text!.id}`, 'Près de la rivière'],
    ]
    const first = await answer(payload, survey.id, fields, { json: false })
    expect(first.status).toBe(303)
    const browser = /vo_survey_browser=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')?.[1]
    expect(browser).toMatch(/^[A-Za-z0-9_-]{24}$/)
    // The same browser changes its answer; a post from another site is refused.
    expect((await answer(payload, survey.id, fields, { respondent: { browser } })).status).toBe(200)
    expect(
      (await answer(payload, survey.id, fields, { origin: 'https://evil.example' })).status,
    ).toBe(403)
    expect(await rowsOf(payload, survey.id)).toHaveLength(1)

    const exported = await staffCall(payload, `/api/surveys/${survey.id}/export?format=csv`, {
      token: editorToken,
    })
    expect(exported.status).toBe(200)
    expect(await exported.text()).toContain('Près de la rivière')
    // Nobody else may: no token, no export.
    expect(
      (await staffCall(payload, `/api/surveys/${survey.id}/export?format=csv`, {})).status,
    ).toBe(403)
  })
})
