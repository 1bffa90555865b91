import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { isSurveyAdmin } from '../../../access/roles'
import { responsesSlug } from '../../../defaults'
import { writeAuditEntry } from '../../../lib/audit'
import type { ResolvedSurveysOptions } from '../../../types'

/**
 * A deleted survey takes its answers with it (they mean nothing without the questions), so deleting
 * a survey that has answers is an administrator's decision (`adminRoles`), or a job's (no user),
 * and it is audited with the number of answers. Everything happens in the deletion's transaction:
 * refused, nothing is deleted.
 */
export const deleteResponses =
  (options: ResolvedSurveysOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const surveyId = Number(id)
    const where = { survey: { equals: surveyId } }
    const { totalDocs } = await req.payload.count({
      collection: responsesSlug as 'users',
      where,
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return
    if (req.user && !isSurveyAdmin(req.user, options)) {
      throw new APIError(
        `Ce sondage a ${totalDocs} réponse(s) : seul un administrateur peut le supprimer, ses réponses avec lui. Fermez-le plutôt. / This survey has ${totalDocs} answer(s): only an administrator may delete it, and its answers with it. Close it instead.`,
        403,
        undefined,
        true,
      )
    }
    await writeAuditEntry({ req, options, action: 'surveyDeleted', surveyId, count: totalDocs })
    await req.payload.db.deleteMany({ collection: responsesSlug as 'users', where, req })
  }
