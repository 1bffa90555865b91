import type { CollectionAfterDeleteHook } from 'payload'

import { auditSlug } from '../../../defaults'
import { writeAuditEntry } from '../../../lib/audit'
import type { ResolvedSurveysOptions } from '../../../types'

/** Where one operation's entries wait, per survey (a bulk delete runs this hook once per answer). */
const entriesKey = 'surveysAuditEntries'
type Entries = Map<number, Promise<{ id: number; count: number }>>

/**
 * Every deleted answer is counted in the audit: one entry per operation and survey (a bulk
 * `DELETE /api/survey-responses?where=…` of 300 answers is one entry saying 300), written in the
 * operation's transaction. Payload runs the hooks of a bulk delete at the same time, so each
 * survey's writes are chained: the first creates the entry, the next ones add to its count.
 */
export const auditResponseDeletion =
  (options: ResolvedSurveysOptions): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const survey = (doc as { survey?: unknown }).survey
    const surveyId = Number(
      survey && typeof survey === 'object' ? (survey as { id?: unknown }).id : survey,
    )
    if (!Number.isInteger(surveyId)) return doc
    const entries = ((req.context[entriesKey] as Entries | undefined) ??= new Map())
    const next = (entries.get(surveyId) ?? Promise.resolve(null)).then(
      async (entry: { id: number; count: number } | null) => {
        if (!entry)
          return {
            ...(await writeAuditEntry({
              req,
              options,
              action: 'responsesDeleted',
              surveyId,
              count: 1,
            })),
            count: 1,
          }
        await req.payload.update({
          collection: auditSlug as 'users',
          id: entry.id,
          data: { count: entry.count + 1 } as never,
          depth: 0,
          overrideAccess: true,
          req,
        })
        return { id: entry.id, count: entry.count + 1 }
      },
    )
    entries.set(surveyId, next)
    await next
    return doc
  }
