import { sql } from '@payloadcms/db-postgres'
import type { Payload, RequestContext } from 'payload'

import { eventsTable, petitionsSlug, signaturesTable, typesSlug } from './defaults'
import { counters, dbOf } from './lib/db'
import { dayMs, type PetitionRules } from './lib/model'

type Text = { fr: string; en: string }

/**
 * Montréal's right of initiative scaled to Lac-Azur (a few thousand residents): a resident of 15
 * or more, a draft supported by 25 residents with 3 named contacts, 90 days of signing, 500
 * signatures for a written response and 1,500 city-wide (300 for one sector) for a public
 * consultation; budget, taxes, contracts and the like excluded. And a simple feedback petition
 * with no legal trigger, as most Quebec cities have (signatures only ask for a written answer).
 */
export const demoPetitionTypes = [
  {
    key: 'initiative',
    name: {
      fr: 'Droit d’initiative (consultation publique)',
      en: 'Right of initiative (public consultation)',
    },
    minimumAge: 15,
    areaRule: 'cityOrSector',
    draftQuorum: 25,
    contacts: 3,
    signingDays: 90,
    thresholds: [
      { area: 'city', signatures: 500, triggers: 'written-response' },
      { area: 'city', signatures: 1500, triggers: 'public-consultation' },
      { area: 'sector', signatures: 300, triggers: 'public-consultation' },
    ],
    channel: 'online',
    allowsVisitors: false,
    inadmissibleSubjects: [
      { fr: 'Budget, taxes et tarifs de la Ville', en: 'The City’s budget, taxes and fees' },
      { fr: 'Contrats et appels d’offres', en: 'Contracts and tenders' },
      {
        fr: 'Organisation administrative et gouvernance',
        en: 'Administrative organisation and governance',
      },
      { fr: 'Affaires devant les tribunaux', en: 'Matters before the courts' },
      {
        fr: 'Sujet déjà consulté au cours des trois dernières années',
        en: 'Subject consulted in the last three years',
      },
    ],
    retentionDays: 180,
  },
  {
    key: 'feedback',
    name: {
      fr: 'Pétition citoyenne (avis au conseil)',
      en: 'Residents’ petition (feedback to council)',
    },
    minimumAge: 15,
    areaRule: 'cityOrSector',
    draftQuorum: 5,
    contacts: 1,
    signingDays: 60,
    thresholds: [
      { area: 'city', signatures: 200, triggers: 'written-response' },
      { area: 'sector', signatures: 50, triggers: 'written-response' },
    ],
    channel: 'online',
    allowsVisitors: true,
    inadmissibleSubjects: [],
    retentionDays: 90,
  },
] as const

type SeedPetition = {
  slug: string
  type: (typeof demoPetitionTypes)[number]['key']
  title: string
  text: string
  request: string
  sectorCode?: string
  /** Days since signing opened (the window follows from the type). */
  openedDaysAgo: number
  signatures: number
  promoters: { publicName: string; role: 'filer' | 'contact'; consentToPublish: boolean }[]
  closed?: { outcomeSummary: Text; outcomeUrl: string; consultationDaysAgo: number }
}

const demoPetitions = (sectorCode: string): SeedPetition[] => [
  {
    slug: 'pistes-cyclables-rue-principale',
    type: 'initiative',
    title: 'Des pistes cyclables protégées sur la rue Principale',
    text: 'La rue Principale relie l’école, la bibliothèque et l’aréna. Les cyclistes, dont beaucoup d’enfants, y partagent la chaussée avec les camions de livraison. Nous demandons que la Ville consulte les résidents sur l’aménagement de pistes cyclables protégées sur toute sa longueur.',
    request:
      'Tenir une consultation publique sur des pistes cyclables protégées rue Principale, de la rue du Lac au chemin des Berges.',
    openedDaysAgo: 20,
    signatures: 412,
    promoters: [
      { publicName: 'Marie Gagnon', role: 'filer', consentToPublish: true },
      { publicName: 'Louis Tremblay', role: 'contact', consentToPublish: true },
      { publicName: 'Contact 3', role: 'contact', consentToPublish: false },
    ],
  },
  {
    slug: 'jardins-communautaires',
    type: 'initiative',
    title: 'Un jardin communautaire dans le secteur',
    text: 'Les listes d’attente des jardins communautaires dépassent deux ans. Un terrain de la Ville est inutilisé près du parc.',
    request:
      'Consulter les résidents du secteur sur l’aménagement d’un jardin communautaire sur le terrain vacant près du parc.',
    sectorCode,
    openedDaysAgo: 120,
    signatures: 318,
    promoters: [
      { publicName: 'Amina Diallo', role: 'filer', consentToPublish: true },
      { publicName: 'Paul Roy', role: 'contact', consentToPublish: true },
      { publicName: 'Julie Côté', role: 'contact', consentToPublish: true },
    ],
    closed: {
      outcomeSummary: {
        fr: 'Le seuil de 300 signatures a été atteint. La consultation publique a eu lieu ; le conseil a adopté le projet de jardin pour 2027.',
        en: 'The 300-signature threshold was reached. The public consultation was held; council adopted the garden project for 2027.',
      },
      outcomeUrl: '/fr/actualites',
      consultationDaysAgo: 15,
    },
  },
  {
    slug: 'heures-bibliotheque',
    type: 'feedback',
    title: 'Ouvrir la bibliothèque le dimanche matin',
    text: 'Beaucoup de familles ne peuvent venir à la bibliothèque qu’en fin de semaine.',
    request: 'Ouvrir la bibliothèque municipale le dimanche de 10 h à 13 h.',
    openedDaysAgo: 5,
    signatures: 37,
    promoters: [{ publicName: 'Sophie Lavoie', role: 'filer', consentToPublish: true }],
  },
]

/** Fake signatures without accounts (`seed:` keys) at the area's addresses, and the counter set to them. */
const seedSignatures = async (
  payload: Payload,
  petitionId: number,
  count: number,
  { addressIds, sectorId }: { addressIds: number[]; sectorId: number | null },
) => {
  if (addressIds.length === 0 || count === 0) return
  const db = dbOf(payload).drizzle
  const ids = `{${addressIds.join(',')}}`
  await db.execute(sql`
    INSERT INTO ${sql.identifier(signaturesTable)}
      (petition_id, signer_key, member_name, address_id, sector_id, channel, status, created_at, updated_at)
    SELECT ${petitionId}, 'seed:' || n, 'Signature de démonstration ' || n,
      a.id, coalesce(${sectorId}::int, a.sector_id), 'online', 'valid',
      now() - (n || ' minutes')::interval, now()
    FROM generate_series(1, ${count}) AS n
    JOIN LATERAL (SELECT id, sector_id FROM addresses WHERE id = (${ids}::int[])[1 + n % ${addressIds.length}]) a ON true
    ON CONFLICT (petition_id, signer_key) DO NOTHING`)
  await db.execute(sql`
    INSERT INTO ${counters()} (petition_id, signatures)
    SELECT ${petitionId}, count(*) FROM ${sql.identifier(signaturesTable)}
    WHERE petition_id = ${petitionId} AND status = 'valid'
    ON CONFLICT (petition_id) DO UPDATE SET signatures = excluded.signatures`)
}

/**
 * Seeds the two petition types (found by their French name first) and three demo petitions (by
 * slug): one city-wide open for signing, one for a sector closed with its outcome (threshold
 * reached, consultation held), one feedback petition just opened. Safe to repeat.
 */
export const seedPetitions = async ({
  payload,
  sectorIds,
  context,
}: {
  payload: Payload
  sectorIds: Record<string, number>
  context: RequestContext
}): Promise<number> => {
  if (!payload.collections[petitionsSlug as 'users']) return 0
  let created = 0
  const typeIds: Record<string, number> = {}
  for (const { key, name, inadmissibleSubjects, ...rest } of demoPetitionTypes) {
    const existing = await payload.find({
      collection: typesSlug as 'users',
      where: { name: { equals: name.fr } },
      locale: 'fr',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    let id = existing.docs[0]?.id as number | undefined
    if (!id) {
      const doc = await payload.create({
        collection: typesSlug as 'users',
        locale: 'fr',
        data: {
          ...rest,
          name: name.fr,
          inadmissibleSubjects: inadmissibleSubjects.map((s) => ({ label: s.fr })),
        } as never,
        overrideAccess: true,
        context,
      })
      id = doc.id as number
      const withRows = (await payload.findByID({
        collection: typesSlug as 'users',
        id,
        depth: 0,
        overrideAccess: true,
      })) as unknown as { inadmissibleSubjects: { id: string }[] }
      await payload.update({
        collection: typesSlug as 'users',
        id,
        locale: 'en',
        data: {
          name: name.en,
          inadmissibleSubjects: inadmissibleSubjects.map((s, i) => ({
            id: withRows.inadmissibleSubjects[i]!.id,
            label: s.en,
          })),
        } as never,
        overrideAccess: true,
        context,
      })
      created++
    }
    typeIds[key] = id
  }
  const firstSector = Object.keys(sectorIds)[0] ?? ''
  const now = Date.now()
  for (const seed of demoPetitions(firstSector)) {
    const existing = await payload.find({
      collection: petitionsSlug as 'users',
      where: { slug: { equals: seed.slug } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs.length) continue
    const sectorId = seed.sectorCode ? (sectorIds[seed.sectorCode] ?? null) : null
    const opensAt = new Date(now - seed.openedDaysAgo * dayMs)
    const petition = (await payload.create({
      collection: petitionsSlug as 'users',
      data: {
        slug: seed.slug,
        title: seed.title,
        text: seed.text,
        request: seed.request,
        language: 'fr',
        type: typeIds[seed.type],
        areaKind: sectorId ? 'sector' : 'city',
        sector: sectorId,
        promoters: seed.promoters,
        status: 'signing',
        submittedAt: new Date(opensAt.getTime() - 30 * dayMs).toISOString(),
        decidedAt: new Date(opensAt.getTime() - 14 * dayMs).toISOString(),
        opensAt: opensAt.toISOString(),
      } as never,
      overrideAccess: true,
      context,
    })) as unknown as { id: number; rules: PetitionRules }
    created++
    const { docs: addresses } = await payload.find({
      collection: 'addresses',
      where: sectorId ? { sector: { equals: sectorId } } : {},
      limit: 200,
      depth: 0,
      overrideAccess: true,
      select: { sector: true },
    })
    const addressIds = addresses.map((a) => a.id as number)
    await seedSignatures(payload, petition.id, seed.signatures, { addressIds, sectorId })
    if (!seed.closed) continue
    // The threshold its signatures reached, recorded as the signing endpoint does.
    const area = sectorId ? 'sector' : 'city'
    for (const [index, threshold] of petition.rules.thresholds.entries()) {
      if (threshold.area !== area || threshold.signatures > seed.signatures) continue
      await dbOf(payload).drizzle.execute(sql`
        INSERT INTO ${sql.identifier(eventsTable)} (petition_id, threshold_index, signatures, triggers, reached_at)
        VALUES (${petition.id}, ${index}, ${threshold.signatures}, ${threshold.triggers}, ${new Date(opensAt.getTime() + 40 * dayMs).toISOString()})
        ON CONFLICT (petition_id, threshold_index) DO NOTHING`)
    }
    await payload.update({
      collection: petitionsSlug as 'users',
      id: petition.id,
      locale: 'fr',
      data: {
        status: 'closed',
        closedAt: new Date(opensAt.getTime() + petition.rules.signingDays * dayMs).toISOString(),
        consultationAt: new Date(now - seed.closed.consultationDaysAgo * dayMs).toISOString(),
        outcomeSummary: seed.closed.outcomeSummary.fr,
        outcomeUrl: seed.closed.outcomeUrl,
      } as never,
      overrideAccess: true,
      context,
    })
    await payload.update({
      collection: petitionsSlug as 'users',
      id: petition.id,
      locale: 'en',
      data: { outcomeSummary: seed.closed.outcomeSummary.en } as never,
      overrideAccess: true,
      context,
    })
  }
  return created
}
