/**
 * Whether a household member may register for a session, and every reason why not: the page
 * shows them all at once (not one after the other, form after form), in French and English.
 *
 * Decisions:
 * - Age is counted in full years on the session's first date (or the session's own `ageOn`
 *   date, when a city counts at, say, 30 September), min and max both included; born on
 *   29 February, the birthday is 1 March in other years (`ageOn` in dates.ts).
 * - Residency comes from the household's civic address (the caller knows it); a session is open
 *   to all, resident-only, or resident-first: residents from `residentsFrom`, everyone from
 *   `everyoneFrom`. Before any opening, `notOpenYet`; after `closesAt`, `closed`.
 * - Prerequisites are activity codes the member must all have completed.
 * - Already registered for the same session, or for a session whose meetings overlap these
 *   (`meetingsOverlap` in schedule.ts): both refuse, naming the other session.
 */
import { type Bilingual, bilingual } from '../i18n/translate'
import { ageOn, formatDateTime } from './dates'
import { type Meeting, meetingsOverlap } from './schedule'

export type ReasonCode =
  | 'invalidBirthDate'
  | 'tooYoung'
  | 'tooOld'
  | 'residentsOnly'
  | 'residentsFirst'
  | 'notOpenYet'
  | 'closed'
  | 'missingPrerequisite'
  | 'alreadyRegistered'
  | 'scheduleConflict'

export type Reason = {
  code: ReasonCode
  message: Bilingual
  /** what the message was built from, for the page or the logs */
  details?: Record<string, string | number | string[]>
}

export type EligibilityRules = {
  sessionId: string
  /** first local date of the session, 'YYYY-MM-DD' */
  startDate: string
  /** the date ages are counted on, when not the start date */
  ageOn?: string | null
  /** inclusive, in full years */
  ageMin?: number | null
  ageMax?: number | null
  residency:
    | { kind: 'everyone'; opensAt: Date }
    | { kind: 'residentsOnly'; opensAt: Date }
    | { kind: 'residentsFirst'; residentsFrom: Date; everyoneFrom: Date }
  closesAt?: Date | null
  /** activity codes the member must have completed, all of them */
  prerequisites?: string[]
}

export type EligibilityMember = {
  id: string
  name: string
  /** 'YYYY-MM-DD' */
  birthDate: string | null
  /** activity codes completed (e.g. 'swim-3') */
  completedActivities: string[]
  /** the sessions this member is registered for (or holds places in), with their meetings */
  registrations: { sessionId: string; title: string; meetings: Pick<Meeting, 'start' | 'end'>[] }[]
}

export type EligibilityInput = {
  rules: EligibilityRules
  member: EligibilityMember
  /** from the household's civic address */
  isResident: boolean
  /** the session's meetings (sessionSchedule), for the schedule conflict */
  meetings: Pick<Meeting, 'start' | 'end'>[]
  now: Date
}

export type Eligibility = { isEligible: boolean; reasons: Reason[] }

const dated = (instant: Date) => (locale: 'fr' | 'en') => ({
  date: formatDateTime(instant, locale),
})

/** Every reason the member may not register now; eligible when there is none. */
export const checkEligibility = ({
  rules,
  member,
  isResident,
  meetings,
  now,
}: EligibilityInput): Eligibility => {
  const reasons: Reason[] = []
  const name = member.name
  const hasAgeRule = rules.ageMin != null || rules.ageMax != null
  if (hasAgeRule) {
    const years = member.birthDate ? ageOn(member.birthDate, rules.ageOn ?? rules.startDate) : null
    // Someone born after the date is simply too young (0), not an error.
    const age = years === null ? null : Math.max(0, years)
    if (age === null) {
      reasons.push({
        code: 'invalidBirthDate',
        message: bilingual('reasons.invalidBirthDate', { name }),
      })
    } else if (rules.ageMin != null && age < rules.ageMin) {
      reasons.push({
        code: 'tooYoung',
        message: bilingual('reasons.tooYoung', { name, age, min: rules.ageMin }),
        details: { age, min: rules.ageMin },
      })
    } else if (rules.ageMax != null && age > rules.ageMax) {
      reasons.push({
        code: 'tooOld',
        message: bilingual('reasons.tooOld', { name, age, max: rules.ageMax }),
        details: { age, max: rules.ageMax },
      })
    }
  }

  const { residency } = rules
  const time = now.getTime()
  if (residency.kind === 'residentsOnly' && !isResident) {
    reasons.push({ code: 'residentsOnly', message: bilingual('reasons.residentsOnly') })
  }
  const opensAt =
    residency.kind === 'residentsFirst'
      ? isResident
        ? residency.residentsFrom
        : residency.everyoneFrom
      : residency.opensAt
  const isResidentOnlyWindow =
    residency.kind === 'residentsFirst' &&
    !isResident &&
    time >= residency.residentsFrom.getTime() &&
    time < residency.everyoneFrom.getTime()
  if (isResidentOnlyWindow) {
    reasons.push({
      code: 'residentsFirst',
      message: bilingual('reasons.residentsFirst', dated(residency.everyoneFrom)),
      details: { everyoneFrom: residency.everyoneFrom.toISOString() },
    })
  } else if (time < opensAt.getTime() && !(residency.kind === 'residentsOnly' && !isResident)) {
    reasons.push({
      code: 'notOpenYet',
      message: bilingual('reasons.notOpenYet', dated(opensAt)),
      details: { opensAt: opensAt.toISOString() },
    })
  }
  if (rules.closesAt && time >= rules.closesAt.getTime()) {
    reasons.push({
      code: 'closed',
      message: bilingual('reasons.closed', dated(rules.closesAt)),
      details: { closesAt: rules.closesAt.toISOString() },
    })
  }

  const completed = new Set(member.completedActivities)
  const missing = (rules.prerequisites ?? []).filter((code) => !completed.has(code))
  if (missing.length > 0) {
    reasons.push({
      code: 'missingPrerequisite',
      message: bilingual('reasons.missingPrerequisite', { name, codes: missing.join(', ') }),
      details: { codes: missing },
    })
  }

  const isRegistered = member.registrations.some(({ sessionId }) => sessionId === rules.sessionId)
  if (isRegistered) {
    reasons.push({
      code: 'alreadyRegistered',
      message: bilingual('reasons.alreadyRegistered', { name }),
    })
  }
  for (const other of member.registrations) {
    if (other.sessionId === rules.sessionId) continue
    if (meetingsOverlap(meetings, other.meetings)) {
      reasons.push({
        code: 'scheduleConflict',
        message: bilingual('reasons.scheduleConflict', { name, session: other.title }),
        details: { sessionId: other.sessionId },
      })
    }
  }
  return { isEligible: reasons.length === 0, reasons }
}
