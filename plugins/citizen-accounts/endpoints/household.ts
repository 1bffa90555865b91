import { sql } from '@payloadcms/db-postgres'
import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { relationships } from '../collections/Citizens'
import { type CitizenUser, field, formEndpoint } from '../lib/endpointKit'
import type { ResolvedOptions } from '../types'

type Member = {
  id?: string | null
  firstName: string
  relationship: (typeof relationships)[number]
}

type Session = { db: { execute: (query: unknown) => Promise<unknown> } }

const maxMembers = 12

/**
 * Changes the citizen's household with their row locked (SELECT … FOR UPDATE) in one transaction:
 * the list is read and written back whole, so additions or removals sent at once (two tabs, a
 * double click, a script) run one after the other, each on what the previous one saved, and none
 * is lost. `change` returns the new list, or an error code to save nothing.
 */
const changeHousehold = async ({
  payload,
  options,
  citizen,
  change,
}: {
  payload: Payload
  options: ResolvedOptions
  citizen: CitizenUser
  change: (household: Member[]) => Member[] | { error: string }
}): Promise<string | null> => {
  const transactionID = await payload.db.beginTransaction!()
  if (!transactionID) throw new Error('citizen-accounts: the database adapter has no transactions')
  const session = (payload.db as unknown as { sessions: Record<string, Session> }).sessions[
    String(transactionID)
  ]
  try {
    await session.db.execute(
      sql`SELECT id FROM ${sql.identifier(options.slug.replace(/-/g, '_'))} WHERE id = ${citizen.id} FOR UPDATE`,
    )
    const req = { transactionID } as PayloadRequest
    const doc = await payload.findByID({
      collection: options.slug as 'citizens',
      id: citizen.id,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const household = ((doc as { household?: Member[] | null }).household ?? []).map((m) => ({
      id: m.id,
      firstName: m.firstName,
      relationship: m.relationship,
    }))
    const next = change(household)
    if (!Array.isArray(next)) {
      await payload.db.rollbackTransaction!(transactionID)
      return next.error
    }
    await payload.update({
      collection: options.slug as 'citizens',
      id: citizen.id,
      data: { household: next },
      user: citizen,
      overrideAccess: false,
      req,
    })
    await payload.db.commitTransaction!(transactionID)
    return null
  } catch (err) {
    await payload.db.rollbackTransaction!(transactionID)
    throw err
  }
}

/** Adds a household member: a first name and a relationship, nothing more (data minimisation). */
export const householdAddEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'household-add',
    fallbackPage: 'household',
    requiresCitizen: true,
    handler: async ({ payload, form, citizen }) => {
      const firstName = field(form, 'firstName', 51)
      const relationship = form.get('relationship') as Member['relationship']
      if (!firstName || firstName.length > 50 || !relationships.includes(relationship))
        return { page: 'household', error: 'invalidMember' }
      const error = await changeHousehold({
        payload,
        options,
        citizen: citizen!,
        change: (household) =>
          household.length >= maxMembers
            ? { error: 'householdFull' }
            : [...household, { firstName, relationship }],
      })
      return error ? { page: 'household', error } : { page: 'household', status: 'saved' }
    },
  })

export const householdRemoveEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'household-remove',
    fallbackPage: 'household',
    requiresCitizen: true,
    handler: async ({ payload, form, citizen }) => {
      const memberId = field(form, 'memberId', 64)
      await changeHousehold({
        payload,
        options,
        citizen: citizen!,
        change: (household) => household.filter((m) => m.id !== memberId),
      })
      return { page: 'household', status: 'saved' }
    },
  })
