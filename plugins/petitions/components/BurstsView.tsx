import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'

import { BurstsContent } from './BurstsContent'

/**
 * The "Bursts" tab of a petition, for the greffe only (checked on the server): its valid
 * signatures grouped by hour, network and email domain over a period (`?from=&to=`, local times;
 * by default from the opening to the next hour), the counts by sector as CSV, and the bulk
 * invalidation form; after one, its outcome from the audit entry (`?invalidated=`).
 */
export const BurstsView = async (props: DocumentViewServerProps) => (
  <Gutter>{await BurstsContent(props)}</Gutter>
)
