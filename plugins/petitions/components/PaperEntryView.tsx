import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'

import { PaperEntryContent } from './PaperEntryContent'

/**
 * The "Paper entry" tab of a petition, for the greffe only (checked on the server): the form of
 * paper lines for a paper-channel petition open for signing, the last batch's outcome (from its
 * audit entry, `?batch=`), or why entry is closed.
 */
export const PaperEntryView = async (props: DocumentViewServerProps) => (
  <Gutter>{await PaperEntryContent(props)}</Gutter>
)
