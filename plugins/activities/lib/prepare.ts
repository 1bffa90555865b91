import type { Payload } from 'payload'

import { relationId } from '../../kit/ids'
import { activitiesSlug, registrationsSlug, sessionsSlug } from '../defaults'
import type { ActivitiesCitizen, ResolvedActivitiesOptions } from '../types'
import { checkEligibility, type Reason } from './eligibility'
import { eligibilityRulesOf, patternOf, priceRulesOf } from './model'
import { priceRegistration, type PriceQuote } from './pricing'
import type { HoldMember } from './register'
import { type Meeting, sessionSchedule, sessionWeeks } from './schedule'

type Doc = Record<string, unknown> & { id: number }

export type SessionWithActivity = { session: Doc; activity: Doc; meetings: Meeting[] }

/** A published activity's session, with its meetings; null when there is none to register for. */
export const readSession = async (
  payload: Payload,
  sessionId: number,
  locale: 'fr' | 'en' = 'fr',
): Promise<SessionWithActivity | null> => {
  if (!Number.isSafeInteger(sessionId) || sessionId <= 0) return null
  const session = (await payload
    .findByID({
      collection: sessionsSlug as 'users',
      id: sessionId,
      depth: 0,
      locale,
      overrideAccess: true,
    })
    .catch(() => null)) as Doc | null
  const activityId = relationId(session?.activity)
  if (!session || !activityId) return null
  const activity = (await payload
    .findByID({
      collection: activitiesSlug as 'users',
      id: activityId,
      depth: 0,
      locale,
      overrideAccess: true,
    })
    .catch(() => null)) as Doc | null
  if (!activity?.isPublished) return null
  return { session, activity, meetings: sessionSchedule(patternOf(session)).meetings }
}

/** The account's places in other sessions (for conflicts) and the activity codes its members completed. */
const householdHistory = async (payload: Payload, citizenId: number, today: string) => {
  const { docs } = await payload.find({
    collection: registrationsSlug as 'users',
    where: { citizen: { equals: citizenId }, status: { in: ['held', 'confirmed'] } },
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
  })
  const rows = docs as unknown as Doc[]
  const sessionIds = [
    ...new Set(rows.map((row) => relationId(row.session)).filter(Boolean)),
  ] as number[]
  const sessions = sessionIds.length
    ? ((
        await payload.find({
          collection: sessionsSlug as 'users',
          where: { id: { in: sessionIds } },
          depth: 1,
          limit: sessionIds.length,
          overrideAccess: true,
        })
      ).docs as unknown as Doc[])
    : []
  const byId = new Map(sessions.map((session) => [session.id, session]))
  const perMember = new Map<
    string,
    {
      registrations: { sessionId: string; title: string; meetings: Meeting[] }[]
      completed: string[]
    }
  >()
  for (const row of rows) {
    const session = byId.get(relationId(row.session) ?? 0)
    if (!session) continue
    const entry = perMember.get(String(row.memberKey)) ?? { registrations: [], completed: [] }
    const pattern = patternOf(session)
    const activity = session.activity as Doc | null
    entry.registrations.push({
      sessionId: String(session.id),
      title: String(session.name ?? ''),
      meetings: sessionSchedule(pattern).meetings,
    })
    if (row.status === 'confirmed' && pattern.lastDate < today && activity?.code)
      entry.completed.push(String(activity.code))
    perMember.set(String(row.memberKey), entry)
  }
  return perMember
}

export type Prepared =
  | { ok: false; error: 'noMember' | 'unknownMember' }
  | { ok: false; error: 'ineligible'; reasons: (Reason & { member: string })[] }
  | { ok: true; members: HoldMember[]; isResident: boolean; quote: PriceQuote }

/**
 * Everything decided before the places are held: who registers (members of this account only),
 * each one's eligibility (age on the start date, residency from the civic address, windows,
 * prerequisites, double registrations and clashes), and the price by the activity's rules.
 */
export const prepareRegistration = async ({
  payload,
  options,
  target,
  citizen,
  memberKeys,
  declaredBirthDates,
  now,
  isEligibilityChecked = true,
}: {
  payload: Payload
  options: ResolvedActivitiesOptions
  target: SessionWithActivity
  citizen: ActivitiesCitizen
  memberKeys: string[]
  /** dates of birth the form gave for members the account has none for */
  declaredBirthDates: Record<string, string>
  now: Date
  /** false for a waitlist offer being accepted: they were eligible when they joined @default true */
  isEligibilityChecked?: boolean
}): Promise<Prepared> => {
  const keys = [...new Set(memberKeys)]
  if (keys.length === 0) return { ok: false, error: 'noMember' }
  const members = keys.map((key) => citizen.members.find((member) => member.key === key))
  if (members.some((member) => !member)) return { ok: false, error: 'unknownMember' }
  const isResident = await options.isResident({ payload, addressId: citizen.addressId })
  const today = now.toISOString().slice(0, 10)
  const history = await householdHistory(payload, citizen.id, today)
  const rules = eligibilityRulesOf(target.session, target.activity)
  const reasons: (Reason & { member: string })[] = []
  const chosen = members.map((member) => ({
    ...member!,
    birthDate: member!.birthDate ?? (declaredBirthDates[member!.key] || null),
  }))
  for (const member of isEligibilityChecked ? chosen : []) {
    const past = history.get(member.key)
    const result = checkEligibility({
      rules,
      member: {
        id: member.key,
        name: member.name,
        birthDate: member.birthDate,
        completedActivities: past?.completed ?? [],
        registrations: past?.registrations ?? [],
      },
      isResident,
      meetings: target.meetings,
      now,
    })
    reasons.push(...result.reasons.map((reason) => ({ ...reason, member: member.key })))
  }
  if (reasons.length > 0) return { ok: false, error: 'ineligible', reasons }
  const quote = priceRegistration({
    rules: priceRulesOf(target.activity),
    participants: chosen.map((member) => ({ id: member.key, name: member.name })),
    isResident,
    weeks: sessionWeeks(target.meetings),
    at: now,
  })
  return {
    ok: true,
    isResident,
    quote,
    members: chosen.map((member, index) => ({
      key: member.key,
      name: member.name,
      birthDate: member.birthDate,
      cents: quote.perParticipant[member.key] ?? 0,
      lines: quote.lines.filter(
        (line) => line.participantId === member.key || (index === 0 && line.participantId === null),
      ),
    })),
  }
}
