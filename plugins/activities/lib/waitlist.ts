/**
 * A session's waitlist in strict order, as pure state transitions: the database layer loads the
 * state under a row lock, applies one event and writes the new state and its effects (the offers
 * to send by email or SMS) in the same transaction. Nothing here reads a clock: every event
 * carries its instant.
 *
 * Rules:
 * - The list's order is the order entries joined (or the draw's waitlist order); it never changes.
 * - A freed place goes to the first entry still waiting, as an offer valid `offerHours` (24 by
 *   default); with nobody waiting, the place is released to open sale.
 * - An offer is valid strictly before its expiry: accepted at the expiry instant, it has expired.
 *   Before any event is applied, the offers expired by its instant are expired and their places
 *   passed on, so an accept racing an expiry is decided by the instants alone.
 * - An entry is offered at most once: after it declined, let its offer expire or withdrew, it
 *   leaves the list (it may join again, at the end).
 * - "You are number n" counts the entries still waiting, from 1; an entry with an open offer is
 *   told about its offer instead.
 */
import { type Bilingual, bilingual } from '../i18n/translate'
import { formatDateTime } from './dates'

export type WaitlistStatus =
  'waiting' | 'offered' | 'accepted' | 'declined' | 'expired' | 'withdrawn'

export type WaitlistEntry = {
  id: string
  status: WaitlistStatus
  joinedAt: string
  /** ISO instants, set once an offer is made */
  offeredAt?: string
  expiresAt?: string
  /** when it left the waiting or offered state */
  closedAt?: string
}

export type WaitlistState = { entries: WaitlistEntry[] }

export type WaitlistEvent =
  | { type: 'join'; entryId: string; at: Date }
  | { type: 'placesFreed'; count: number; at: Date }
  | { type: 'accept'; entryId: string; at: Date }
  | { type: 'decline'; entryId: string; at: Date }
  | { type: 'withdraw'; entryId: string; at: Date }
  /** nothing but time passing: the job that expires offers */
  | { type: 'tick'; at: Date }

export type WaitlistEffect =
  | { type: 'offer'; entryId: string; expiresAt: string }
  | { type: 'offerExpired'; entryId: string }
  | { type: 'registered'; entryId: string }
  /** places nobody on the list can take: back to open sale */
  | { type: 'released'; count: number }

export type WaitlistRefusal =
  | 'unknownEntry'
  | 'alreadyListed'
  | 'notOffered'
  | 'offerExpired'
  /** accepted already: a retried confirmation, answered without a second registration */
  | 'alreadyAccepted'

export type WaitlistOutcome = {
  state: WaitlistState
  effects: WaitlistEffect[]
  /** why the event changed nothing of its own (expiries up to its instant still apply) */
  refused?: WaitlistRefusal
}

export type WaitlistOptions = {
  /** how long an offer stays valid @default 24 */
  offerHours?: number
}

const hourMs = 3_600_000

export const emptyWaitlist = (): WaitlistState => ({ entries: [] })

const isOpen = (entry: WaitlistEntry) => entry.status === 'waiting' || entry.status === 'offered'

/** Offers `count` places to the first waiting entries, in order; the rest are released. */
const offerPlaces = (
  entries: WaitlistEntry[],
  count: number,
  at: Date,
  offerHours: number,
  effects: WaitlistEffect[],
) => {
  let released = 0
  for (let place = 0; place < count; place += 1) {
    const next = entries.findIndex((entry) => entry.status === 'waiting')
    if (next === -1) {
      released += 1
      continue
    }
    const expiresAt = new Date(at.getTime() + offerHours * hourMs).toISOString()
    entries[next] = { ...entries[next], status: 'offered', offeredAt: at.toISOString(), expiresAt }
    effects.push({ type: 'offer', entryId: entries[next].id, expiresAt })
  }
  if (released > 0) effects.push({ type: 'released', count: released })
}

/**
 * Expires the offers whose expiry has come by `at`, in expiry order, each place passed on as it
 * expires (the next entry's offer starts at the expiry instant, not when the job noticed).
 */
const expireOffers = (
  entries: WaitlistEntry[],
  at: Date,
  offerHours: number,
  effects: WaitlistEffect[],
) => {
  for (;;) {
    const due = entries
      .map((entry, index) => ({ entry, index }))
      .filter(
        ({ entry }) => entry.status === 'offered' && Date.parse(entry.expiresAt!) <= at.getTime(),
      )
      .sort(
        (a, b) =>
          Date.parse(a.entry.expiresAt!) - Date.parse(b.entry.expiresAt!) || a.index - b.index,
      )[0]
    if (!due) return
    const expiredAt = new Date(Date.parse(due.entry.expiresAt!))
    entries[due.index] = { ...due.entry, status: 'expired', closedAt: expiredAt.toISOString() }
    effects.push({ type: 'offerExpired', entryId: due.entry.id })
    offerPlaces(entries, 1, expiredAt, offerHours, effects)
  }
}

/** Applies one event; the state given is not changed. */
export const applyWaitlistEvent = (
  state: WaitlistState,
  event: WaitlistEvent,
  { offerHours = 24 }: WaitlistOptions = {},
): WaitlistOutcome => {
  if (!(offerHours > 0)) throw new RangeError('offerHours must be more than 0')
  const entries = state.entries.map((entry) => ({ ...entry }))
  const effects: WaitlistEffect[] = []
  const at = event.at
  expireOffers(entries, at, offerHours, effects)
  const done = (refused?: WaitlistRefusal): WaitlistOutcome =>
    refused ? { state: { entries }, effects, refused } : { state: { entries }, effects }

  switch (event.type) {
    case 'tick':
      return done()
    case 'placesFreed': {
      if (!Number.isInteger(event.count) || event.count < 0) {
        throw new RangeError('placesFreed: count must be a whole number ≥ 0')
      }
      offerPlaces(entries, event.count, at, offerHours, effects)
      return done()
    }
    case 'join': {
      if (entries.some((entry) => entry.id === event.entryId && isOpen(entry))) {
        return done('alreadyListed')
      }
      // Joining again after leaving: a new entry at the end, the old one kept for the record.
      entries.push({ id: event.entryId, status: 'waiting', joinedAt: at.toISOString() })
      return done()
    }
    case 'accept':
    case 'decline':
    case 'withdraw': {
      const index = entries.findIndex((entry) => entry.id === event.entryId && isOpen(entry))
      if (index === -1) {
        const last = entries.findLast((entry) => entry.id === event.entryId)
        if (!last) return done('unknownEntry')
        return done(
          last.status === 'expired'
            ? 'offerExpired'
            : last.status === 'accepted'
              ? 'alreadyAccepted'
              : 'notOffered',
        )
      }
      const entry = entries[index]
      if (event.type === 'withdraw') {
        entries[index] = { ...entry, status: 'withdrawn', closedAt: at.toISOString() }
        if (entry.status === 'offered') offerPlaces(entries, 1, at, offerHours, effects)
        return done()
      }
      if (entry.status !== 'offered') return done('notOffered')
      if (event.type === 'accept') {
        entries[index] = { ...entry, status: 'accepted', closedAt: at.toISOString() }
        effects.push({ type: 'registered', entryId: entry.id })
        return done()
      }
      entries[index] = { ...entry, status: 'declined', closedAt: at.toISOString() }
      offerPlaces(entries, 1, at, offerHours, effects)
      return done()
    }
  }
}

/** "You are number n": the entry's rank among those still waiting, from 1; null otherwise. */
export const waitlistPosition = (state: WaitlistState, entryId: string): number | null => {
  let position = 0
  for (const entry of state.entries) {
    if (entry.status !== 'waiting') continue
    position += 1
    if (entry.id === entryId) return position
  }
  return null
}

/** The open offer of an entry, if it has one (its expiry, for "confirm before …"). */
export const openOffer = (
  state: WaitlistState,
  entryId: string,
  at: Date,
): { expiresAt: Date } | null => {
  const entry = state.entries.find((item) => item.id === entryId && item.status === 'offered')
  if (!entry || Date.parse(entry.expiresAt!) <= at.getTime()) return null
  return { expiresAt: new Date(Date.parse(entry.expiresAt!)) }
}

/** When the next offer expires: when the expiry job must run next. */
export const nextExpiry = (state: WaitlistState): Date | null => {
  const times = state.entries
    .filter((entry) => entry.status === 'offered')
    .map((entry) => Date.parse(entry.expiresAt!))
  return times.length ? new Date(Math.min(...times)) : null
}

/** What the resident reads: their offer and its deadline, or their number; null when neither. */
export const waitlistMessage = (
  state: WaitlistState,
  entryId: string,
  at: Date,
): Bilingual | null => {
  const offer = openOffer(state, entryId, at)
  if (offer) {
    return bilingual('waitlist.offered', (locale) => ({
      date: formatDateTime(offer.expiresAt, locale),
    }))
  }
  const position = waitlistPosition(state, entryId)
  return position === null ? null : bilingual('waitlist.position', { position })
}
