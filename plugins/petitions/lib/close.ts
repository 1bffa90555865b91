import type { Payload } from 'payload'

import { petitionsSlug } from '../defaults'

/**
 * Closes the petitions whose signing window has ended: each goes from `signing` to `closed`
 * through Payload (the workflow hook writes `closedAt` and whether a threshold was reached, the
 * revalidation hook refreshes the pages). Signing already stops at `closesAt` on its own (the
 * signing statement checks it); this makes the status say so. Safe to run twice, or on two
 * workers at once: the update's condition names the status it moves from.
 */
export const closeEndedPetitions = async (payload: Payload, now = new Date()): Promise<number> => {
  const { docs } = await payload.find({
    collection: petitionsSlug as 'users',
    where: {
      and: [
        { status: { equals: 'signing' } },
        { closesAt: { less_than_equal: now.toISOString() } },
      ],
    },
    depth: 0,
    limit: 100,
    select: { id: true } as never,
    overrideAccess: true,
  })
  let closed = 0
  for (const { id } of docs) {
    const { docs: updated } = await payload.update({
      collection: petitionsSlug as 'users',
      where: { and: [{ id: { equals: id } }, { status: { equals: 'signing' } }] },
      data: { status: 'closed' } as never,
      overrideAccess: true,
    })
    closed += updated.length
  }
  return closed
}
