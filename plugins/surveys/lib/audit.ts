import type { PayloadRequest } from 'payload'

import { auditSlug, surveysSlug } from '../defaults'
import type { ResolvedSurveysOptions } from '../types'

export type AuditAction = 'responsesDeleted' | 'surveyDeleted'

/**
 * Writes one entry of the deletions audit, in the request's transaction (`req`): the survey (id and
 * title, read now, while it still exists), how many answers, and who — the member of staff behind
 * the request, or nobody for a job. As the system: nobody may write the audit through the API.
 */
export const writeAuditEntry = async ({
  req,
  options,
  action,
  surveyId,
  count,
}: {
  req: PayloadRequest
  options: ResolvedSurveysOptions
  action: AuditAction
  surveyId: number
  count: number
}): Promise<{ id: number }> => {
  const survey = (await req.payload.findByID({
    collection: surveysSlug as 'users',
    id: surveyId,
    depth: 0,
    locale: 'fr',
    overrideAccess: true,
    disableErrors: true,
    select: { title: true } as never,
    req,
  })) as { title?: string | null } | null
  const user =
    req.user && req.user.collection === options.staffCollection
      ? (req.user as { id: number; name?: string | null; email?: string | null })
      : null
  const entry = await req.payload.create({
    collection: auditSlug as 'users',
    data: {
      action,
      surveyId,
      surveyTitle: survey?.title ?? null,
      count,
      user: user?.id ?? null,
      userName: user ? (user.name ?? user.email ?? null) : null,
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { id: entry.id as number }
}
