import type { Payload, PayloadRequest } from 'payload'

import { petitionsSlug } from '../defaults'
import { dayMs } from './model'

/** A petition awaiting the greffe's decision, with its deadline. */
export type ModerationItem = {
  id: number
  title: string
  submittedAt: string | null
  /** Whole days since it was submitted. */
  days: number
  dueAt: string | null
  /** Past the deadline (`moderationDays` after submission) without a decision. */
  isOverdue: boolean
}

/** Days since submission, the deadline and whether it passed (strictly after `moderationDays`). */
export const moderationDeadline = (
  submittedAt: string | null,
  moderationDays: number,
  now = new Date(),
): Pick<ModerationItem, 'days' | 'dueAt' | 'isOverdue'> => {
  if (!submittedAt) return { days: 0, dueAt: null, isOverdue: false }
  const submitted = new Date(submittedAt).getTime()
  const due = submitted + moderationDays * dayMs
  return {
    days: Math.max(0, Math.floor((now.getTime() - submitted) / dayMs)),
    dueAt: new Date(due).toISOString(),
    isOverdue: now.getTime() > due,
  }
}

/**
 * The petitions submitted to the greffe and not decided yet, the oldest first, each with the days
 * since submission and whether the deadline passed. Read as the member of staff asking
 * (`overrideAccess: false`): the petitions' own access decides what they see.
 */
export const moderationQueue = async ({
  payload,
  user,
  moderationDays,
  now = new Date(),
}: {
  payload: Payload
  user: PayloadRequest['user']
  moderationDays: number
  now?: Date
}): Promise<ModerationItem[]> => {
  const { docs } = await payload.find({
    collection: petitionsSlug as 'users',
    where: { status: { equals: 'submitted' } },
    sort: 'submittedAt',
    depth: 0,
    limit: 200,
    select: { title: true, submittedAt: true } as never,
    overrideAccess: false,
    user,
  })
  return (docs as unknown as { id: number; title?: string; submittedAt?: string | null }[]).map(
    (doc) => ({
      id: doc.id,
      title: doc.title ?? `#${doc.id}`,
      submittedAt: doc.submittedAt ?? null,
      ...moderationDeadline(doc.submittedAt ?? null, moderationDays, now),
    }),
  )
}
