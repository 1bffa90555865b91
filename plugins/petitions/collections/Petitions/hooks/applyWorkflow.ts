import { randomBytes } from 'node:crypto'

import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { relationId } from '../../../../kit/ids'
import { eventsSlug, typesSlug } from '../../../defaults'
import {
  dayMs,
  nextStatuses,
  type PetitionRules,
  type PetitionStatus,
  slugify,
} from '../../../lib/model'

type TypeDoc = {
  id: number
  name?: { fr?: string; en?: string } | string
  minimumAge?: number | null
  areaRule?: PetitionRules['areaRule'] | null
  draftQuorum?: number | null
  contacts?: number | null
  signingDays?: number | null
  thresholds?: { area: 'city' | 'sector'; signatures: number; triggers: string }[] | null
  channel?: 'online' | 'paper' | null
  inadmissibleSubjects?: { label?: { fr?: string; en?: string } | string }[] | null
  retentionDays?: number | null
  allowsVisitors?: boolean | null
}

const localized = (value: unknown): { fr: string; en: string } => {
  if (value && typeof value === 'object') {
    const { fr = '', en = '' } = value as { fr?: string; en?: string }
    return { fr, en: en || fr }
  }
  return { fr: String(value ?? ''), en: String(value ?? '') }
}

/** The type's rules as a plain copy, as they stand now. */
export const freezeRules = (type: TypeDoc): PetitionRules => ({
  typeId: type.id,
  name: localized(type.name),
  minimumAge: type.minimumAge ?? 15,
  areaRule: type.areaRule ?? 'cityOrSector',
  draftQuorum: type.draftQuorum ?? 25,
  contacts: type.contacts ?? 3,
  signingDays: type.signingDays ?? 90,
  thresholds: (type.thresholds ?? []).map((t) => ({
    area: t.area,
    signatures: Number(t.signatures),
    triggers: t.triggers as PetitionRules['thresholds'][number]['triggers'],
  })),
  channel: type.channel ?? 'online',
  inadmissibleSubjects: (type.inadmissibleSubjects ?? []).map((s) => localized(s.label)),
  retentionDays: type.retentionDays ?? 180,
  allowsVisitors: Boolean(type.allowsVisitors),
})

const refuse = (path: string, message: string) =>
  new ValidationError({ errors: [{ path, message }] })

/**
 * The petition's workflow, held on every save: a status only moves to one that may follow it
 * (`nextStatuses`), an inadmissible petition carries its reason, the area obeys the type's rule,
 * and when signing opens the type's rules are frozen on the petition with its window (opensAt
 * given or now, closesAt after the type's number of days). The frozen rules are never taken from
 * the form: only this hook writes them. The dates of each step are written as it happens.
 */
export const applyWorkflow: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const previous = (originalDoc?.status ?? null) as PetitionStatus | null
  const status = (data.status ?? previous ?? 'draft') as PetitionStatus
  if (!data.slug && data.title) data.slug = slugify(String(data.title))
  // The frozen rules and the share token are the hook's alone.
  data.rules = originalDoc?.rules ?? null
  data.shareToken = originalDoc?.shareToken ?? null
  if (operation === 'update' && previous && status !== previous) {
    if (!nextStatuses[previous].includes(status) && !req.context?.isPetitionsSeed)
      throw refuse('status', `${previous} → ${status}`)
  }
  const typeId = relationId(data.type ?? originalDoc?.type)
  // The Local API sets the locale it is given on the `req` passed to it: a read in every locale
  // inside this save would leave `req.locale = 'all'`, and Payload would then drop every localized
  // field of the petition being saved (the outcome summary). The save's locale is put back after.
  const { locale, fallbackLocale } = req
  const type = typeId
    ? ((await req.payload
        .findByID({
          collection: typesSlug as 'users',
          id: typeId,
          depth: 0,
          locale: 'all',
          overrideAccess: true,
          disableErrors: true,
          req,
        })
        .finally(() => {
          req.locale = locale
          req.fallbackLocale = fallbackLocale
        })) as unknown as TypeDoc | null)
    : null
  const areaKind = data.areaKind ?? originalDoc?.areaKind ?? 'city'
  if (type?.areaRule === 'cityOnly' && areaKind !== 'city')
    throw refuse('areaKind', 'city-wide only')
  if (type?.areaRule === 'sectorOnly' && areaKind !== 'sector')
    throw refuse('areaKind', 'one sector only')
  if (areaKind === 'sector' && !relationId(data.sector ?? originalDoc?.sector))
    throw refuse('sector', 'sector required')
  if (areaKind === 'city') data.sector = null
  const now = new Date()
  const changed = status !== previous
  if (changed && status === 'submitted') data.submittedAt ??= now.toISOString()
  if (changed && (status === 'admissible' || status === 'inadmissible'))
    data.decidedAt ??= now.toISOString()
  if (status === 'inadmissible' && !(data.inadmissibleReason ?? originalDoc?.inadmissibleReason))
    throw refuse('inadmissibleReason', 'reason required')
  if (changed && status === 'supporting') {
    // The draft's supports count against the type's quorum as it stands now (lib/support.ts);
    // signing freezes the rules again. The share link is unguessable (144 random bits).
    if (!type) throw refuse('type', 'type required')
    data.rules = freezeRules(type)
    data.shareToken ??= randomBytes(18).toString('base64url')
  }
  if (changed && status === 'signing') {
    if (!type) throw refuse('type', 'type required')
    const rules = freezeRules(type)
    data.rules = rules
    const opensAt = new Date(data.opensAt ?? originalDoc?.opensAt ?? now)
    data.opensAt = opensAt.toISOString()
    data.closesAt = new Date(opensAt.getTime() + rules.signingDays * dayMs).toISOString()
  }
  if (changed && status === 'closed') {
    data.closedAt ??= now.toISOString()
    // The outcome says whether a threshold was crossed: the events hold it (lib/sign.ts). A
    // petition entered already closed (an archive, the seed) says it itself.
    if (originalDoc?.id) {
      const { totalDocs } = await req.payload.count({
        collection: eventsSlug as 'users',
        where: { petition: { equals: originalDoc.id } },
        overrideAccess: true,
        req,
      })
      data.thresholdReached = totalDocs > 0
    }
  }
  return data
}
