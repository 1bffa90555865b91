/**
 * The draw after a pre-registration window: who gets the places, who waits, in which order, so
 * that nobody wins by refreshing fastest. Deterministic given its seed, which is recorded with
 * the result: anyone can replay the draw and get the same lists.
 *
 * How it decides:
 * 1. Every draw unit (a member's request for a session, or a household's requests for a session
 *    taken together, as `rules.unit` says) gets a lottery number: units are put in a canonical
 *    order (by key, so the order the requests arrived in changes nothing), then shuffled with the
 *    seeded generator (random.ts). Number 1 is the luckiest.
 * 2. Priority tiers are data (`rules.tiers`, e.g. residents, then siblings of someone already
 *    admitted, then everyone), served as rounds in their order; everyone comes last if no rule
 *    says so. In a round, the units still waiting that match its rule are admitted in lottery
 *    order while their session has room. The sibling round counts a brother or sister admitted
 *    in an earlier round (in any session), before the draw (`alreadyAdmittedHouseholds`), or
 *    earlier in the sibling round itself; someone admitted in the last round ("everyone") makes
 *    their siblings rise only on the waitlists, since every place of that round is given by
 *    lottery alone. So the result depends on the seed and the requests, never on the order the
 *    sessions or the requests are read in.
 * 3. A household drawn as a unit is admitted whole or not at all; when its session has fewer
 *    places left than it needs, the next unit that fits takes them and the household heads the
 *    waitlist of its tier.
 * 4. What remains is each session's waitlist, by (tier, lottery number), the tier read at the
 *    end (a sibling admitted anywhere counts).
 * Nobody is admitted twice: a member may ask once per session (a repeat is refused), and a
 * request is placed once.
 */
import { generatorName, seededRandom, shuffle } from './random'

export type DrawRequest = {
  /** the pre-registration's id */
  id: string
  sessionId: string
  memberId: string
  householdId: string
  /** from the household's civic address */
  isResident: boolean
  /** anything a rule may name (e.g. 'staff-child') */
  tags?: string[]
}

export type PriorityRule =
  | { kind: 'resident' }
  | { kind: 'nonResident' }
  | { kind: 'siblingAdmitted' }
  | { kind: 'tag'; tag: string }
  | { kind: 'everyone' }

export type DrawRules = {
  /** in order, the first is served first @default residents, siblings, everyone */
  tiers?: PriorityRule[]
  /** draw each member separately, or each household's requests for a session together @default 'member' */
  unit?: 'member' | 'household'
  /** places per session */
  capacities: Record<string, number>
}

export type DrawEntry = {
  requestId: string
  memberId: string
  householdId: string
  /** index in the tiers (0 the first) when admitted, or at the end for the waitlist */
  tier: number
  lotteryNumber: number
}

export type DrawResult = {
  seed: string
  generator: string
  rules: Required<DrawRules>
  /** each unit's lottery number, for the audit */
  lottery: { unit: string; lotteryNumber: number }[]
  sessions: Record<string, { capacity: number; admitted: DrawEntry[]; waitlist: DrawEntry[] }>
}

export const defaultTiers: PriorityRule[] = [
  { kind: 'resident' },
  { kind: 'siblingAdmitted' },
  { kind: 'everyone' },
]

type Unit = {
  key: string
  sessionId: string
  householdId: string
  requests: DrawRequest[]
  lotteryNumber: number
}

const matches = (
  rule: PriorityRule,
  unit: Unit,
  admittedMembersByHousehold: Map<string, Set<string>>,
): boolean => {
  switch (rule.kind) {
    case 'resident':
      return unit.requests.every((request) => request.isResident)
    case 'nonResident':
      return unit.requests.every((request) => !request.isResident)
    case 'tag':
      return unit.requests.some((request) => request.tags?.includes(rule.tag))
    case 'everyone':
      return true
    case 'siblingAdmitted': {
      const admitted = admittedMembersByHousehold.get(unit.householdId)
      if (!admitted) return false
      // Someone else of the household: a member is not their own sibling.
      return [...admitted].some((memberId) =>
        unit.requests.every((request) => request.memberId !== memberId),
      )
    }
  }
}

/**
 * Runs the draw. Throws a RangeError for a request twice for the same member and session, a
 * session without a capacity, or a capacity that is not a whole number ≥ 0.
 */
export const runDraw = ({
  seed,
  requests,
  rules,
  alreadyAdmittedHouseholds = [],
}: {
  seed: string
  requests: DrawRequest[]
  rules: DrawRules
  /** households with a member already in (registered before the draw), for the sibling rule */
  alreadyAdmittedHouseholds?: string[]
}): DrawResult => {
  const tiers = [...(rules.tiers ?? defaultTiers)]
  if (!tiers.some((rule) => rule.kind === 'everyone')) tiers.push({ kind: 'everyone' })
  const unitKind = rules.unit ?? 'member'
  const seen = new Set<string>()
  for (const request of requests) {
    const key = `${request.sessionId}\u0000${request.memberId}`
    if (seen.has(key)) {
      throw new RangeError(`draw: ${request.memberId} asks twice for session ${request.sessionId}`)
    }
    seen.add(key)
    const capacity = rules.capacities[request.sessionId]
    if (capacity === undefined)
      throw new RangeError(`draw: no capacity for session ${request.sessionId}`)
  }
  for (const [sessionId, capacity] of Object.entries(rules.capacities)) {
    if (!Number.isInteger(capacity) || capacity < 0) {
      throw new RangeError(`draw: capacity of ${sessionId} must be a whole number ≥ 0`)
    }
  }

  const byKey = new Map<string, Unit>()
  // Canonical order first, so the lottery depends only on who asked, never on arrival order.
  const sorted = [...requests].sort((a, b) =>
    a.sessionId === b.sessionId
      ? a.memberId < b.memberId
        ? -1
        : a.memberId > b.memberId
          ? 1
          : 0
      : a.sessionId < b.sessionId
        ? -1
        : 1,
  )
  for (const request of sorted) {
    const key =
      unitKind === 'household'
        ? `${request.sessionId}|household:${request.householdId}`
        : `${request.sessionId}|member:${request.memberId}`
    const unit = byKey.get(key)
    if (unit) unit.requests.push(request)
    else {
      byKey.set(key, {
        key,
        sessionId: request.sessionId,
        householdId: request.householdId,
        requests: [request],
        lotteryNumber: 0,
      })
    }
  }
  const units = shuffle(
    [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    seededRandom(seed),
  )
  units.forEach((unit, index) => {
    unit.lotteryNumber = index + 1
  })

  const remaining = new Map(Object.entries(rules.capacities))
  const admittedMembersByHousehold = new Map<string, Set<string>>(
    alreadyAdmittedHouseholds.map((householdId) => [householdId, new Set(['(before the draw)'])]),
  )
  const tierOf = (unit: Unit) =>
    tiers.findIndex((rule) => matches(rule, unit, admittedMembersByHousehold))
  const sessions: DrawResult['sessions'] = {}
  for (const [sessionId, capacity] of Object.entries(rules.capacities)) {
    sessions[sessionId] = { capacity, admitted: [], waitlist: [] }
  }
  const entries = (unit: Unit, tier: number): DrawEntry[] =>
    unit.requests.map((request) => ({
      requestId: request.id,
      memberId: request.memberId,
      householdId: request.householdId,
      tier,
      lotteryNumber: unit.lotteryNumber,
    }))

  let pending = units
  const admit = (unit: Unit, tier: number) => {
    remaining.set(unit.sessionId, (remaining.get(unit.sessionId) ?? 0) - unit.requests.length)
    sessions[unit.sessionId].admitted.push(...entries(unit, tier))
    const members = admittedMembersByHousehold.get(unit.householdId) ?? new Set<string>()
    for (const request of unit.requests) members.add(request.memberId)
    admittedMembersByHousehold.set(unit.householdId, members)
  }
  const fits = (unit: Unit) => unit.requests.length <= (remaining.get(unit.sessionId) ?? 0)
  tiers.forEach((rule, tier) => {
    if (rule.kind !== 'siblingAdmitted') {
      // Nothing admitted in this round changes who matches it: lottery order, session by session.
      const round = pending.filter((unit) => matches(rule, unit, admittedMembersByHousehold))
      const admitted = new Set<Unit>()
      for (const unit of round) {
        if (!fits(unit)) continue
        admit(unit, tier)
        admitted.add(unit)
      }
      pending = pending.filter((unit) => !admitted.has(unit))
      return
    }
    // Each admission may make someone else a sibling: take the best lottery number each time.
    for (;;) {
      const next = pending.find(
        (unit) => fits(unit) && matches(rule, unit, admittedMembersByHousehold),
      )
      if (!next) return
      admit(next, tier)
      pending = pending.filter((unit) => unit !== next)
    }
  })

  const waiting = pending
    .map((unit) => ({ unit, tier: tierOf(unit) }))
    .sort((a, b) => a.tier - b.tier || a.unit.lotteryNumber - b.unit.lotteryNumber)
  for (const { unit, tier } of waiting)
    sessions[unit.sessionId].waitlist.push(...entries(unit, tier))

  return {
    seed,
    generator: generatorName,
    rules: { tiers, unit: unitKind, capacities: { ...rules.capacities } },
    lottery: [...units]
      .sort((a, b) => a.lotteryNumber - b.lotteryNumber)
      .map(({ key, lotteryNumber }) => ({ unit: key, lotteryNumber })),
    sessions,
  }
}
