import type { DocumentViewServerProps } from 'payload'

import { paperTab } from '../endpoints/staff'
import { readCounts } from '../lib/db'
import { isSigningOpen } from '../lib/model'
import { maxPaperLines, type PaperRefusal } from '../lib/paper'
import { readPetitionForSigning } from '../lib/readPetition'
import { type PaperBatchView, PaperPanel } from './PaperPanel'
import { readAuditEntry, staffViewContext } from './staffView'

/**
 * What the tab shows (`PaperEntryView` puts it in the admin's gutter; tests render it alone). The "Paper entry" tab of a petition, for the greffe only (checked on the server): the form of
 * paper lines for a paper-channel petition open for signing, the last batch's outcome (from its
 * audit entry, `?batch=`), or why entry is closed.
 */
export const PaperEntryContent = async (props: DocumentViewServerProps) => {
  const context = staffViewContext(props)
  if (context.refusal) return context.refusal
  const { locale, id, user, param } = context
  const { payload } = props
  const petition = await readPetitionForSigning(payload, id)
  if (!petition) return null
  const state =
    petition.rules?.channel !== 'paper' ? 'notPaper' : isSigningOpen(petition) ? 'open' : 'notOpen'
  const entry = await readAuditEntry({
    payload,
    user,
    id: param('batch'),
    petitionId: id,
    action: 'paperEntry',
  })
  const batch: PaperBatchView | null = entry
    ? {
        lines: Number(entry.lines ?? 0),
        accepted: Number(entry.count ?? 0),
        count: (await readCounts(payload, [id])).get(id) ?? 0,
        refused: (entry.details?.refused ?? []) as { line: number; reason: PaperRefusal }[],
      }
    : null
  return (
    <PaperPanel
      locale={locale}
      action={`${payload.config.routes.api}/petitions/${id}/${paperTab}`}
      state={state}
      error={param('error')}
      batch={batch}
      maxLines={maxPaperLines}
    />
  )
}
