import type { Endpoint, PayloadRequest } from 'payload'

import { isSurveyManager } from '../access/roles'
import { surveysSlug } from '../defaults'
import { expireTags, surveyCacheTags } from '../lib/cacheTags'
import { isSameOriginPost } from '../lib/csrf'
import { buildExport } from '../lib/export'
import { readSurvey } from '../lib/readSurvey'
import { staffResults } from '../lib/staffResults'
import type { ResolvedSurveysOptions } from '../types'

const denied = () =>
  Response.json(
    {
      error: 'forbidden',
      message: {
        fr: 'Réservé à l’équipe des communications et aux administrateurs.',
        en: 'For the communications team and administrators only.',
      },
    },
    { status: 403 },
  )
const notFound = () =>
  Response.json(
    { error: 'notFound', message: { fr: 'Sondage introuvable.', en: 'Survey not found.' } },
    { status: 404 },
  )

/** The survey roles (`managerRoles`) for every staff endpoint: the same people who edit surveys read their answers. */
const guard = (req: PayloadRequest, options: ResolvedSurveysOptions, isPost: boolean) => {
  if (!isSurveyManager(req.user, options)) return denied()
  if (
    isPost &&
    !isSameOriginPost(req.headers, {
      requestUrl: req.url ?? req.payload.config.serverURL,
      serverURL: req.payload.config.serverURL,
    })
  )
    return denied()
  return null
}

/** GET /api/surveys/:id/export?format=csv|json[&sector=id] — every response, without who gave it. */
export const exportEndpoint = (options: ResolvedSurveysOptions): Endpoint => ({
  path: '/:id/export',
  method: 'get',
  handler: async (req) => {
    const refused = guard(req, options, false)
    if (refused) return refused
    const survey = await readSurvey(
      req.payload,
      { id: Number(req.routeParams?.id) },
      req.locale === 'en' ? 'en' : 'fr',
    )
    if (!survey) return notFound()
    const url = new URL(req.url ?? 'http://x')
    const format = url.searchParams.get('format') === 'json' ? 'json' : 'csv'
    const sector = Number(url.searchParams.get('sector')) || null
    const { body, contentType, extension } = await buildExport({
      payload: req.payload,
      survey,
      format,
      sectorId: sector,
    })
    const date = new Date().toISOString().slice(0, 10)
    return new Response(body, {
      headers: {
        'Content-Type': contentType,
        'Content-Disposition': `attachment; filename="sondage-${survey.slug}-${date}.${extension}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
})

/**
 * GET /api/surveys/:id/results[?sector=id][&locale=en] — the counts for staff at any time (whatever
 * the public visibility), optionally for one sector, with the number of answers per sector.
 */
export const resultsEndpoint = (options: ResolvedSurveysOptions): Endpoint => ({
  path: '/:id/results',
  method: 'get',
  handler: async (req) => {
    const refused = guard(req, options, false)
    if (refused) return refused
    const url = new URL(req.url ?? 'http://x')
    const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'fr'
    const survey = await readSurvey(req.payload, { id: Number(req.routeParams?.id) }, locale)
    if (!survey) return notFound()
    const sectorId = Number(url.searchParams.get('sector')) || null
    const data = await staffResults({
      payload: req.payload,
      options,
      survey,
      sectorId,
      locale,
      user: req.user,
    })
    return Response.json(
      {
        survey: { id: survey.id, title: survey.title, answerPolicy: survey.answerPolicy },
        ...data,
      },
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  },
})

/** POST /api/surveys/:id/close — closes a survey now (its closing time becomes now). */
export const closeEndpoint = (options: ResolvedSurveysOptions): Endpoint => ({
  path: '/:id/close',
  method: 'post',
  handler: async (req) => {
    const refused = guard(req, options, true)
    if (refused) return refused
    const survey = await readSurvey(req.payload, { id: Number(req.routeParams?.id) }, 'fr')
    if (!survey) return notFound()
    await req.payload.update({
      collection: surveysSlug as 'users',
      id: survey.id,
      data: { status: 'closed', closesAt: new Date().toISOString() } as never,
      user: req.user,
      overrideAccess: false,
      req,
    })
    return Response.json({ status: 'closed', id: survey.id })
  },
})

/** POST /api/surveys/:id/duplicate — a draft copy (both languages, questions and options) to edit. */
export const duplicateEndpoint = (options: ResolvedSurveysOptions): Endpoint => ({
  path: '/:id/duplicate',
  method: 'post',
  handler: async (req) => {
    const refused = guard(req, options, true)
    if (refused) return refused
    const id = Number(req.routeParams?.id)
    const copy = await duplicateSurvey(req, id)
    if (!copy) return notFound()
    return Response.json({ id: copy.id, slug: copy.slug }, { status: 201 })
  },
})

/** Copies a survey as a draft: French first, then the English text on the same new rows. */
export const duplicateSurvey = async (
  req: PayloadRequest,
  id: number,
): Promise<{ id: number; slug: string } | null> => {
  const { payload } = req
  const read = async (locale: 'fr' | 'en') =>
    (await payload.findByID({
      collection: surveysSlug as 'users',
      id,
      locale,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
      fallbackLocale: false as never,
    })) as unknown as Record<string, unknown> | null
  const fr = await read('fr')
  if (!fr) return null
  const en = await read('en')
  const strip = (doc: Record<string, unknown>) => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = doc
    // Block and option rows get new ids: theirs are primary keys of the original's rows.
    const questions = ((rest.questions as Record<string, unknown>[] | undefined) ?? []).map(
      ({ id: _q, ...q }) => ({
        ...q,
        ...(Array.isArray(q.options)
          ? { options: (q.options as Record<string, unknown>[]).map(({ id: _o, ...o }) => o) }
          : {}),
      }),
    )
    return { ...rest, questions }
  }
  let slug = `${String(fr.slug)}-copie`.slice(0, 70)
  for (
    let n = 2;
    (
      await payload.count({
        collection: surveysSlug as 'users',
        where: { slug: { equals: slug } },
        overrideAccess: true,
      })
    ).totalDocs > 0;
    n++
  ) {
    slug = `${String(fr.slug)}-copie-${n}`.slice(0, 80)
  }
  const created = (await payload.create({
    collection: surveysSlug as 'users',
    locale: 'fr',
    data: { ...strip(fr), slug, status: 'draft' } as never,
    user: req.user,
    overrideAccess: false,
    req,
  })) as unknown as Record<string, unknown> & { id: number }
  // A survey written in French only has no English to copy (its required English fields are
  // empty: copying them would be refused after the French copy exists).
  if (en?.title) {
    // Same block and option rows, so the English labels land on the copies' rows by position.
    const frQuestions = (created.questions as { id: string; options?: { id: string }[] }[]) ?? []
    const enQuestions = ((en.questions as Record<string, unknown>[]) ?? []).map((q, i) => ({
      ...q,
      id: frQuestions[i]?.id,
      options: ((q.options as Record<string, unknown>[] | undefined) ?? undefined)?.map((o, j) => ({
        ...o,
        id: frQuestions[i]?.options?.[j]?.id,
      })),
    }))
    await payload.update({
      collection: surveysSlug as 'users',
      id: created.id,
      locale: 'en',
      data: { title: en.title, intro: en.intro, questions: enQuestions } as never,
      user: req.user,
      overrideAccess: false,
      req,
    })
  }
  await expireTags([surveyCacheTags.surveys])
  return { id: created.id, slug }
}
