import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeDeleteHook } from 'payload'

import { responsesTable } from '../defaults'
import { dbOf } from '../lib/results'

/** A deleted survey takes its answers with it (they mean nothing without the questions). */
export const deleteResponses: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await dbOf(req.payload).drizzle.execute(sql`DELETE FROM ${sql.identifier(responsesTable)} WHERE survey_id = ${Number(id)}`)
}
