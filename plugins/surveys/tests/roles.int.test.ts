import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { answer, base, makeSurvey, rowsOf, staffCall } from './helpers'

type Staff = {
  id: number
  token: string
  user: Record<string, unknown> & { id: number; collection: 'users' }
}
type Audit = {
  action: string
  surveyId: number
  surveyTitle?: string | null
  count: number
  user?: number | null
  userName?: string | null
  createdAt: string
}

/**
 * Issue #11, point 5 and one item of point 10: surveys and their answers are the communications
 * team's (editors) and the administrators'; answers are deleted by an administrator only, and
 * every deletion leaves an audit entry; a script answering in JSON gets the same browser cookie
 * as a form, so replaying it updates one response.
 */
describe('surveys: who may edit surveys and delete answers, the audit, JSON answers', () => {
  let payload: Payload
  let admin: Staff
  let editor: Staff
  let agent: Staff

  const call = async (
    method: string,
    path: string,
    { token, body }: { token?: string; body?: unknown } = {},
  ) =>
    handleEndpoints({
      config: payload.config,
      request: new Request(`${base}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          origin: base,
          'sec-fetch-site': 'same-origin',
          ...(token ? { authorization: `JWT ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    })
  const graphql = async (query: string, token: string) => {
    const response = await GRAPHQL_POST(payload.config)(
      new Request(`${base}/api/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `JWT ${token}`,
          'sec-fetch-site': 'same-origin',
        },
        body: JSON.stringify({ query }),
      }),
    )
    return (await response.json()) as {
      data?: Record<string, unknown>
      errors?: { message: string }[]
    }
  }
  const staff = async (email: string, roles: string[], department?: number): Promise<Staff> => {
    const password = 'staff-password-123'
    const doc = await payload.create({
      collection: 'users',
      data: { email, password, name: email.split('@')[0], roles, department } as never,
      overrideAccess: true,
    })
    const { token } = await payload.login({
      collection: 'users',
      data: { email, password },
      overrideAccess: true,
    })
    return {
      id: doc.id,
      token: token!,
      user: {
        ...(doc as unknown as Record<string, unknown> & { id: number }),
        collection: 'users',
      },
    }
  }
  /** An anonymous survey with `n` answers, each from its own browser. */
  const surveyWithAnswers = async (slug: string, n: number) => {
    const survey = await makeSurvey(payload, {
      slug,
      answerPolicy: 'anonymous',
      questions: [{ blockType: 'yesNo', question: 'Oui ?', required: true }],
    })
    for (let i = 0; i < n; i++) {
      const response = await answer(payload, survey.id, [[`q.${survey.questions[0]!.id}`, 'yes']], {
        respondent: { ip: `10.1.${n}.${i}`, browser: `${slug}-${i}`.padEnd(24, 'x').slice(0, 24) },
      })
      expect(response.status).toBe(201)
    }
    return survey
  }
  const responsesOf = async (surveyId: number) =>
    (
      await payload.find({
        collection: 'survey-responses',
        where: { survey: { equals: surveyId } },
        overrideAccess: true,
        depth: 0,
        limit: 100,
      })
    ).docs
  const audits = async (surveyId: number) =>
    (
      await payload.find({
        collection: 'survey-audit' as 'surveys',
        where: { surveyId: { equals: surveyId } },
        overrideAccess: true,
        depth: 0,
        sort: 'createdAt',
      })
    ).docs as unknown as Audit[]
  const forbidden = async (work: Promise<unknown>) => {
    const err = (await work.then(
      () => null,
      (e: unknown) => e,
    )) as { status?: number } | null
    expect(err, 'should have been refused').not.toBeNull()
    expect(err!.status).toBe(403)
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    const department = await payload.create({
      collection: 'departments',
      data: { name: 'Travaux publics', code: 'tp' } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    admin = await staff('admin@example.test', ['admin'])
    editor = await staff('editor@example.test', ['editor'])
    agent = await staff('agent@example.test', ['agent'], department.id)
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should keep agents out of surveys and answers: no create, update or delete, by the Local API, REST, GraphQL or the staff endpoints', async () => {
    const survey = await surveyWithAnswers('agent-interdit', 2)
    const draft = await makeSurvey(payload, {
      slug: 'brouillon-agent',
      status: 'draft',
      questions: [{ blockType: 'yesNo', question: 'Oui ?', required: true }],
    })
    const [response] = await responsesOf(survey.id)
    const as = { overrideAccess: false, user: agent.user as never }
    await forbidden(
      payload.create({
        collection: 'surveys',
        data: {
          title: 'Par un agent',
          slug: 'par-un-agent',
          questions: [{ blockType: 'yesNo', question: 'Oui ?' }],
        } as never,
        ...as,
      }),
    )
    await forbidden(
      payload.update({
        collection: 'surveys',
        id: survey.id,
        data: { title: 'Modifié par un agent' } as never,
        ...as,
      }),
    )
    await forbidden(payload.delete({ collection: 'surveys', id: survey.id, ...as }))
    await forbidden(payload.delete({ collection: 'survey-responses', id: response!.id, ...as }))
    await forbidden(payload.find({ collection: 'survey-responses', ...as }))
    // Agents read what anyone reads: no drafts.
    expect(
      (await payload.find({ collection: 'surveys', where: { id: { equals: draft.id } }, ...as }))
        .docs,
    ).toHaveLength(0)
    expect(
      (
        await call('PATCH', `/api/surveys/${survey.id}`, {
          token: agent.token,
          body: { title: 'REST' },
        })
      ).status,
    ).toBe(403)
    expect((await call('DELETE', `/api/surveys/${survey.id}`, { token: agent.token })).status).toBe(
      403,
    )
    expect(
      (await call('DELETE', `/api/survey-responses/${response!.id}`, { token: agent.token }))
        .status,
    ).toBe(403)
    expect(
      (
        await call('DELETE', `/api/survey-responses?where[survey][equals]=${survey.id}`, {
          token: agent.token,
        })
      ).status,
    ).toBe(403)
    const mutation = await graphql(
      `mutation { deleteSurveyResponse(id: ${response!.id}) { id } }`,
      agent.token,
    )
    expect(mutation.errors?.length).toBeGreaterThan(0)
    for (const [path, method] of [
      [`/api/surveys/${survey.id}/close`, 'POST'],
      [`/api/surveys/${survey.id}/duplicate`, 'POST'],
      [`/api/surveys/${survey.id}/export?format=csv`, 'GET'],
      [`/api/surveys/${survey.id}/results`, 'GET'],
    ] as const) {
      expect({
        path,
        status: (await staffCall(payload, path, { method, token: agent.token })).status,
      }).toEqual({ path, status: 403 })
    }
    // Nothing changed.
    expect(
      (await payload.findByID({ collection: 'surveys', id: survey.id, overrideAccess: true }))
        .title,
    ).toBe('Sondage agent-interdit')
    expect(await rowsOf(payload, survey.id)).toHaveLength(2)
  })

  it('should let the communications team edit, close, duplicate and export surveys, but not delete answers nor a survey that has some', async () => {
    const survey = await surveyWithAnswers('equipe-comm', 2)
    const as = { overrideAccess: false, user: editor.user as never }
    const created = await payload.create({
      collection: 'surveys',
      locale: 'fr',
      data: {
        title: 'Nouveau',
        slug: 'nouveau-comm',
        questions: [{ blockType: 'yesNo', question: 'Oui ?' }],
      } as never,
      ...as,
      context: { disableRevalidate: true },
    })
    expect(
      (
        await payload.update({
          collection: 'surveys',
          id: survey.id,
          data: { title: 'Retitré' } as never,
          ...as,
          context: { disableRevalidate: true },
        })
      ).title,
    ).toBe('Retitré')
    expect(
      (
        await call('PATCH', `/api/surveys/${survey.id}`, {
          token: editor.token,
          body: { intro: 'Par REST' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await staffCall(payload, `/api/surveys/${survey.id}/export?format=json`, {
          token: editor.token,
        })
      ).status,
    ).toBe(200)
    expect(
      (await staffCall(payload, `/api/surveys/${survey.id}/results`, { token: editor.token }))
        .status,
    ).toBe(200)
    const dup = await staffCall(payload, `/api/surveys/${survey.id}/duplicate`, {
      method: 'POST',
      token: editor.token,
    })
    expect(dup.status, await dup.clone().text()).toBe(201)
    expect(
      (
        await staffCall(payload, `/api/surveys/${survey.id}/close`, {
          method: 'POST',
          token: editor.token,
        })
      ).status,
    ).toBe(200)
    // Answers: read, never deleted.
    const [response] = await responsesOf(survey.id)
    expect(
      (
        await payload.find({
          collection: 'survey-responses',
          where: { survey: { equals: survey.id } },
          ...as,
        })
      ).docs,
    ).toHaveLength(2)
    await forbidden(payload.delete({ collection: 'survey-responses', id: response!.id, ...as }))
    expect(
      (await call('DELETE', `/api/survey-responses/${response!.id}`, { token: editor.token }))
        .status,
    ).toBe(403)
    expect(
      (
        await call('DELETE', `/api/survey-responses?where[survey][equals]=${survey.id}`, {
          token: editor.token,
        })
      ).status,
    ).toBe(403)
    expect(
      (await graphql(`mutation { deleteSurveyResponse(id: ${response!.id}) { id } }`, editor.token))
        .errors?.length,
    ).toBeGreaterThan(0)
    // Deleting the survey would delete its answers: refused, with a message in both languages.
    await forbidden(payload.delete({ collection: 'surveys', id: survey.id, ...as }))
    const refused = await call('DELETE', `/api/surveys/${survey.id}`, { token: editor.token })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(await refused.json())).toMatch(/administrat.+ \/ .+administrator/i)
    expect(await rowsOf(payload, survey.id)).toHaveLength(2)
    expect(
      await payload.findByID({
        collection: 'surveys',
        id: survey.id,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).not.toBeNull()
    // A survey without answers is theirs to delete.
    expect(
      (await call('DELETE', `/api/surveys/${created.id}`, { token: editor.token })).status,
    ).toBe(200)
    expect(await audits(survey.id)).toEqual([])
  })

  it('should let an administrator delete answers, each deletion audited (who, when, which survey, how many), the audit read by administrators only and written by nobody', async () => {
    const survey = await surveyWithAnswers('admin-supprime', 4)
    const [first] = await responsesOf(survey.id)
    const before = Date.now()
    await payload.delete({
      collection: 'survey-responses',
      id: first!.id,
      overrideAccess: false,
      user: admin.user as never,
    })
    expect(await rowsOf(payload, survey.id)).toHaveLength(3)
    // A bulk deletion over REST is one entry with its count.
    const bulk = await call('DELETE', `/api/survey-responses?where[survey][equals]=${survey.id}`, {
      token: admin.token,
    })
    expect(bulk.status).toBe(200)
    expect(await rowsOf(payload, survey.id)).toHaveLength(0)
    const entries = await audits(survey.id)
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'responsesDeleted',
        surveyId: survey.id,
        surveyTitle: 'Sondage admin-supprime',
        count: 1,
        user: admin.id,
        userName: 'admin',
      }),
      expect.objectContaining({
        action: 'responsesDeleted',
        surveyId: survey.id,
        count: 3,
        user: admin.id,
      }),
    ])
    expect(new Date(entries[0]!.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
    // Deleting a survey with answers: the administrator's call, audited with the count.
    const other = await surveyWithAnswers('admin-supprime-sondage', 2)
    expect((await call('DELETE', `/api/surveys/${other.id}`, { token: admin.token })).status).toBe(
      200,
    )
    expect(await rowsOf(payload, other.id)).toHaveLength(0)
    expect(await audits(other.id)).toEqual([
      expect.objectContaining({
        action: 'surveyDeleted',
        surveyId: other.id,
        surveyTitle: 'Sondage admin-supprime-sondage',
        count: 2,
        user: admin.id,
      }),
    ])
    // Read by administrators only; nobody creates, edits or deletes an entry through the API.
    const [entry] = entries as unknown as { id: number }[]
    expect((await call('GET', '/api/survey-audit', { token: admin.token })).status).toBe(200)
    expect((await call('GET', '/api/survey-audit', { token: editor.token })).status).toBe(403)
    expect((await call('GET', '/api/survey-audit', { token: agent.token })).status).toBe(403)
    expect(
      (
        await call('POST', '/api/survey-audit', {
          token: admin.token,
          body: { action: 'responsesDeleted', surveyId: 1, count: 0 },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await call('PATCH', `/api/survey-audit/${entry!.id}`, {
          token: admin.token,
          body: { count: 0 },
        })
      ).status,
    ).toBe(403)
    expect(
      (await call('DELETE', `/api/survey-audit/${entry!.id}`, { token: admin.token })).status,
    ).toBe(403)
    expect(await audits(survey.id)).toHaveLength(2)
  })

  it('should audit a system deletion (a job, no user) as the system', async () => {
    const survey = await surveyWithAnswers('systeme', 2)
    await payload.delete({
      collection: 'survey-responses',
      where: { survey: { equals: survey.id } },
      overrideAccess: true,
    })
    expect(await audits(survey.id)).toEqual([
      expect.objectContaining({ action: 'responsesDeleted', count: 2, user: null }),
    ])
  })

  it('should set the browser cookie on a JSON answer too, so a script that keeps its cookies updates one response', async () => {
    const survey = await makeSurvey(payload, {
      slug: 'script-json',
      answerPolicy: 'anonymous',
      questions: [{ blockType: 'yesNo', question: 'Oui ?', required: true }],
    })
    const field: [string, string][] = [[`q.${survey.questions[0]!.id}`, 'yes']]
    for (const via of ['payload', 'route'] as const) {
      const first = await answer(payload, survey.id, field, {
        json: true,
        via,
        respondent: { ip: via === 'payload' ? '10.7.0.1' : '10.7.0.2' },
      })
      expect(first.status).toBe(201)
      const cookie = first.headers.get('set-cookie')
      expect(cookie).toMatch(
        /^vo_survey_browser=[A-Za-z0-9_-]{24}; Path=\/; Max-Age=31536000; HttpOnly; SameSite=Lax/,
      )
      const browser = /vo_survey_browser=([^;]+)/.exec(cookie!)![1]!
      const again = await answer(payload, survey.id, [[`q.${survey.questions[0]!.id}`, 'no']], {
        json: true,
        via,
        respondent: { ip: '10.7.0.3', browser },
      })
      expect(again.status).toBe(200)
      expect(again.headers.get('set-cookie')).toBeNull()
    }
    const rows = await rowsOf(payload, survey.id)
    expect(rows).toHaveLength(2)
    expect(rows.map((r) => r.answers)).toEqual([
      { [survey.questions[0]!.id]: 'no' },
      { [survey.questions[0]!.id]: 'no' },
    ])
  })
})
