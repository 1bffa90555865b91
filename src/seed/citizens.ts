import type { Payload, RequestContext } from 'payload'

export type DemoCitizen = {
  email: string
  password: string
  name: string
  sectorCode: string
  preferredLanguage: 'fr' | 'en'
}

const households: Record<
  string,
  { firstName: string; relationship: 'spouse' | 'child' | 'parent' | 'roommate' | 'other' }[]
> = {
  0: [
    { firstName: 'Émile', relationship: 'child' },
    { firstName: 'Nadia', relationship: 'spouse' },
  ],
  1: [{ firstName: 'Rose', relationship: 'parent' }],
  2: [{ firstName: 'Tom', relationship: 'child' }],
  3: [{ firstName: 'Inès', relationship: 'roommate' }],
}

/**
 * Demo residents (citizen-accounts plugin): confirmed, one per sector, each at a real civic address
 * of that sector, with a household. Skipped when the plugin's collection is not installed.
 */
export const seedCitizens = async ({
  payload,
  citizens,
  sectorIds,
  context,
}: {
  payload: Payload
  citizens: DemoCitizen[]
  sectorIds: Record<string, number>
  context: RequestContext
}): Promise<number> => {
  if (!payload.collections['citizens' as 'users']) return 0
  let created = 0
  for (const [index, citizen] of citizens.entries()) {
    const existing = await payload.count({
      collection: 'citizens',
      where: { email: { equals: citizen.email } },
      overrideAccess: true,
    })
    if (existing.totalDocs > 0) continue
    const sectorId = sectorIds[citizen.sectorCode]
    if (!sectorId) continue
    const { docs } = await payload.find({
      collection: 'addresses',
      where: { sector: { equals: sectorId } },
      sort: 'civicKey',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'citizens',
      overrideAccess: true,
      disableVerificationEmail: true,
      context: { ...context, isCitizenSystem: true },
      data: {
        email: citizen.email,
        password: citizen.password,
        name: citizen.name,
        preferredLanguage: citizen.preferredLanguage,
        _verified: true,
        address: docs[0]?.id ?? null,
        household: households[index % 4],
        consents: [
          {
            purpose: 'terms',
            textVersion: '2026-01',
            acceptedAt: new Date('2026-01-15T12:00:00Z').toISOString(),
          },
        ],
      },
    })
    created++
  }
  return created
}
