/**
 * The petition as the plugin reasons about it: plain data, no Payload. The rules are the type's,
 * frozen on the petition when signing opens (`rules`), so a type edited later changes nothing for a
 * petition already collecting signatures.
 */

export const petitionStatuses = [
  'draft',
  'supporting',
  'submitted',
  'admissible',
  'inadmissible',
  'signing',
  'closed',
] as const
export type PetitionStatus = (typeof petitionStatuses)[number]

/** Statuses the public sees (a draft, one being supported or awaiting the greffe is not public yet). */
export const publicStatuses = [
  'inadmissible',
  'signing',
  'closed',
] as const satisfies readonly PetitionStatus[]

/** Which status may follow which: the workflow the greffe runs. */
export const nextStatuses: Record<PetitionStatus, readonly PetitionStatus[]> = {
  draft: ['supporting'],
  supporting: ['submitted', 'draft'],
  submitted: ['admissible', 'inadmissible'],
  admissible: ['signing'],
  inadmissible: [],
  signing: ['closed'],
  closed: [],
}

export const inadmissibleReasons = [
  'duplicate',
  'excluded-subject',
  'consulted-recently',
  'defamatory',
  'other',
] as const
export type InadmissibleReason = (typeof inadmissibleReasons)[number]

export const thresholdTriggers = ['written-response', 'public-consultation'] as const
export type ThresholdTrigger = (typeof thresholdTriggers)[number]

export const areaRules = ['cityOrSector', 'cityOnly', 'sectorOnly'] as const
export type AreaRule = (typeof areaRules)[number]

export type Localized = { fr: string; en: string }

export type Threshold = { area: 'city' | 'sector'; signatures: number; triggers: ThresholdTrigger }

/** A type's rules as data, copied onto a petition when signing opens. */
export type PetitionRules = {
  typeId: number
  name: Localized
  minimumAge: number
  areaRule: AreaRule
  draftQuorum: number
  contacts: number
  signingDays: number
  thresholds: Threshold[]
  channel: 'online' | 'paper'
  inadmissibleSubjects: Localized[]
  retentionDays: number
  /** Visitors without an account may sign, confirmed by an email link (absent on older rules: no). */
  allowsVisitors?: boolean
}

export type PetitionArea = { kind: 'city' } | { kind: 'sector'; sectorId: number }

/** What eligibility and signing need of a petition. */
export type PetitionForSigning = {
  id: number
  status: PetitionStatus
  opensAt: string | null
  closesAt: string | null
  area: PetitionArea
  rules: PetitionRules | null
}

export const dayMs = 24 * 60 * 60 * 1000

/** Signing is open: the status says so and now lies within [opensAt, closesAt). */
export const isSigningOpen = (
  petition: Pick<PetitionForSigning, 'status' | 'opensAt' | 'closesAt'>,
  now = new Date(),
) =>
  petition.status === 'signing' &&
  Boolean(petition.opensAt && petition.closesAt) &&
  new Date(petition.opensAt!).getTime() <= now.getTime() &&
  now.getTime() < new Date(petition.closesAt!).getTime()

/** The thresholds that apply to this petition's area, lowest first. */
export const applicableThresholds = (
  rules: Pick<PetitionRules, 'thresholds'> | null,
  area: PetitionArea,
): (Threshold & { index: number })[] =>
  (rules?.thresholds ?? [])
    .map((threshold, index) => ({ ...threshold, index }))
    .filter((t) => t.area === area.kind)
    .sort((a, b) => a.signatures - b.signatures)

/** Whole days left before signing closes (0 on the last day), null without a closing time. */
export const daysLeft = (closesAt: string | null, now = new Date()) => {
  if (!closesAt) return null
  const ms = new Date(closesAt).getTime() - now.getTime()
  return ms <= 0 ? 0 : Math.ceil(ms / dayMs)
}

export type Eligibility =
  'eligible' | 'notOpen' | 'paperOnly' | 'signInRequired' | 'noAddress' | 'outsideArea'

/**
 * Whether this visitor may sign now: the petition open for signing online, a signed-in resident,
 * with a civic address whose sector (the registry's, from the Place engine) lies in the area.
 * The age is declared on the form and checked when it is posted.
 */
export const eligibility = ({
  petition,
  isSignedIn,
  addressSectorId,
  hasAddress,
  now = new Date(),
}: {
  petition: PetitionForSigning
  isSignedIn: boolean
  hasAddress: boolean
  /** The sector of the resident's civic address, null when the address lies in none. */
  addressSectorId: number | null
  now?: Date
}): Eligibility => {
  if (!isSigningOpen(petition, now)) return 'notOpen'
  if (petition.rules?.channel === 'paper') return 'paperOnly'
  if (!isSignedIn) return 'signInRequired'
  if (!hasAddress) return 'noAddress'
  // City-wide: any address of the registry placed in one of the city's sectors.
  if (addressSectorId === null) return 'outsideArea'
  if (petition.area.kind === 'sector' && petition.area.sectorId !== addressSectorId)
    return 'outsideArea'
  return 'eligible'
}

export type VisitorEligibility = 'eligible' | 'notOpen' | 'paperOnly' | 'visitorsNotAllowed'

/**
 * Whether a visitor without an account may ask to sign now: open online, and the frozen rules
 * allow visitors. Their address (in the registry, in the area) is checked when they post it.
 */
export const visitorEligibility = (
  petition: PetitionForSigning,
  now = new Date(),
): VisitorEligibility => {
  if (!isSigningOpen(petition, now)) return 'notOpen'
  if (petition.rules?.channel === 'paper') return 'paperOnly'
  if (!petition.rules?.allowsVisitors) return 'visitorsNotAllowed'
  return 'eligible'
}

/** The address's sector lies in the petition's area: same rule as a signed-in resident's. */
export const isInArea = (area: PetitionArea, addressSectorId: number | null) =>
  addressSectorId !== null && (area.kind === 'city' || area.sectorId === addressSectorId)

/** Names compared for "one signature per person": case, accents and spacing ignored. */
export const normalizeName = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()

/** A slug from a title: lowercase ASCII letters, digits and hyphens. */
export const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
