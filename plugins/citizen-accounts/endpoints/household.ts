import type { Endpoint } from 'payload'

import { relationships } from '../collections/Citizens'
import { field, formEndpoint } from '../lib/endpointKit'
import type { ResolvedOptions } from '../types'

type Member = { id?: string | null; firstName: string; relationship: (typeof relationships)[number] }

const currentHousehold = async (ctx: { payload: import('payload').Payload; slug: string; citizen: { id: number } }) => {
  const doc = await ctx.payload.findByID({ collection: ctx.slug as 'citizens', id: ctx.citizen.id, depth: 0, overrideAccess: true })
  return ((doc as { household?: Member[] | null }).household ?? []).map((m) => ({ id: m.id, firstName: m.firstName, relationship: m.relationship }))
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
      if (!firstName || firstName.length > 50 || !relationships.includes(relationship)) return { page: 'household', error: 'invalidMember' }
      const household = await currentHousehold({ payload, slug: options.slug, citizen: citizen! })
      if (household.length >= 12) return { page: 'household', error: 'householdFull' }
      await payload.update({
        collection: options.slug as 'citizens',
        id: citizen!.id,
        data: { household: [...household, { firstName, relationship }] },
        user: citizen,
        overrideAccess: false,
      })
      return { page: 'household', status: 'saved' }
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
      const household = await currentHousehold({ payload, slug: options.slug, citizen: citizen! })
      await payload.update({
        collection: options.slug as 'citizens',
        id: citizen!.id,
        data: { household: household.filter((m) => m.id !== memberId) },
        user: citizen,
        overrideAccess: false,
      })
      return { page: 'household', status: 'saved' }
    },
  })
