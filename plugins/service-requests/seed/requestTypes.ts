import type { Payload, RequestContext } from 'payload'

import type { QuestionType } from '../collections/RequestTypes'

type Text = { fr: string; en: string }
type SeedQuestion = {
  code: string
  label: Text
  type: QuestionType
  required?: boolean
  choices?: { value: string; label: Text }[]
}
export type SeedRequestType = {
  code: string
  name: Text
  description: Text
  group: Text
  keywords: Text
  /** Department code. */
  department: string
  deadlineDays: number
  photo: 'none' | 'optional' | 'required'
  locationRequired: boolean
  allowAnonymous: boolean
  questions?: SeedQuestion[]
}

const roads: Text = { fr: 'Voirie et propreté', en: 'Streets and cleanliness' }
const parks: Text = { fr: 'Parcs et arbres', en: 'Parks and trees' }
const waste: Text = { fr: 'Collectes', en: 'Collections' }
const water: Text = { fr: 'Eau', en: 'Water' }
const community: Text = { fr: 'Vie de quartier', en: 'Neighbourhood life' }
const service: Text = { fr: 'Commentaires', en: 'Feedback' }

/** The twelve kinds of problems the demo city takes, each routed to the department that fixes it. */
export const demoRequestTypes: SeedRequestType[] = [
  {
    code: 'pothole',
    name: { fr: 'Nid-de-poule', en: 'Pothole' },
    description: {
      fr: 'Trou ou affaissement dans la chaussée ou une piste cyclable.',
      en: 'A hole or sag in the road or a bike path.',
    },
    group: roads,
    keywords: { fr: 'trou rue chaussée asphalte route', en: 'hole road street asphalt' },
    department: 'travaux-publics',
    deadlineDays: 5,
    photo: 'optional',
    locationRequired: true,
    allowAnonymous: true,
    questions: [
      {
        code: 'size',
        label: { fr: 'Taille approximative', en: 'Approximate size' },
        type: 'singlevaluelist',
        required: true,
        choices: [
          { value: 'small', label: { fr: 'Moins de 30 cm', en: 'Under 30 cm' } },
          { value: 'medium', label: { fr: 'De 30 cm à 1 m', en: '30 cm to 1 m' } },
          { value: 'large', label: { fr: 'Plus de 1 m', en: 'Over 1 m' } },
        ],
      },
      {
        code: 'lane',
        label: { fr: 'Où se trouve-t-il ?', en: 'Where is it?' },
        type: 'multivaluelist',
        choices: [
          { value: 'road', label: { fr: 'Chaussée', en: 'Roadway' } },
          { value: 'bike', label: { fr: 'Piste cyclable', en: 'Bike lane' } },
          { value: 'sidewalk', label: { fr: 'Trottoir', en: 'Sidewalk' } },
        ],
      },
    ],
  },
  {
    code: 'graffiti',
    name: { fr: 'Graffiti', en: 'Graffiti' },
    description: {
      fr: 'Graffiti sur un bien public ou visible de la rue.',
      en: 'Graffiti on public property or visible from the street.',
    },
    group: roads,
    keywords: { fr: 'tag peinture vandalisme', en: 'tag paint vandalism' },
    department: 'travaux-publics',
    deadlineDays: 10,
    photo: 'optional',
    locationRequired: true,
    allowAnonymous: true,
    questions: [
      {
        code: 'offensive',
        label: {
          fr: 'Le contenu est-il haineux ou offensant ?',
          en: 'Is the content hateful or offensive?',
        },
        type: 'singlevaluelist',
        choices: [
          { value: 'yes', label: { fr: 'Oui', en: 'Yes' } },
          { value: 'no', label: { fr: 'Non', en: 'No' } },
        ],
      },
    ],
  },
  {
    code: 'street-lighting',
    name: { fr: 'Éclairage de rue', en: 'Street lighting' },
    description: {
      fr: 'Lampadaire éteint, qui clignote ou reste allumé le jour.',
      en: 'A street light that is out, flickering or on during the day.',
    },
    group: roads,
    keywords: { fr: 'lampadaire lumière lampe', en: 'lamp light street light' },
    department: 'travaux-publics',
    deadlineDays: 10,
    photo: 'optional',
    locationRequired: true,
    allowAnonymous: true,
    questions: [
      {
        code: 'pole',
        label: { fr: 'Numéro du poteau (s’il est visible)', en: 'Pole number (if visible)' },
        type: 'string',
      },
    ],
  },
  {
    code: 'street-furniture',
    name: { fr: 'Mobilier urbain endommagé', en: 'Damaged street furniture' },
    description: {
      fr: 'Banc, poubelle, panneau ou abribus brisé.',
      en: 'A broken bench, bin, sign or bus shelter.',
    },
    group: roads,
    keywords: { fr: 'banc panneau poubelle abribus', en: 'bench sign bin shelter' },
    department: 'travaux-publics',
    deadlineDays: 15,
    photo: 'optional',
    locationRequired: true,
    allowAnonymous: true,
  },
  {
    code: 'park-cleanliness',
    name: { fr: 'Propreté d’un parc', en: 'Park cleanliness' },
    description: {
      fr: 'Déchets, poubelle pleine ou saleté dans un parc.',
      en: 'Litter, a full bin or dirt in a park.',
    },
    group: parks,
    keywords: { fr: 'parc déchets poubelle', en: 'park litter trash' },
    department: 'loisirs-culture',
    deadlineDays: 3,
    photo: 'optional',
    locationRequired: true,
    allowAnonymous: true,
  },
  {
    code: 'street-cleaning',
    name: { fr: 'Nettoyage de rue', en: 'Street cleaning' },
    description: {
      fr: 'Débris, sable ou déversement à nettoyer dans la rue.',
      en: 'Debris, sand or a spill to clean up in the street.',
    },
    group: roads,
    keywords: { fr: 'balai sable débris', en: 'sweeping sand debris' },
    department: 'travaux-publics',
    deadlineDays: 5,
    photo: 'optional',
    locationRequired: true,
    allowAnonymous: true,
  },
  {
    code: 'branch-collection',
    name: { fr: 'Collecte de branches ou arbre', en: 'Branch or tree collection' },
    description: {
      fr: 'Branches à ramasser ou arbre public tombé ou dangereux.',
      en: 'Branches to pick up, or a fallen or dangerous public tree.',
    },
    group: parks,
    keywords: { fr: 'branches arbre élagage', en: 'branches tree pruning' },
    department: 'environnement',
    deadlineDays: 10,
    photo: 'optional',
    locationRequired: true,
    allowAnonymous: false,
    questions: [
      {
        code: 'volume',
        label: { fr: 'Volume approximatif (m³)', en: 'Approximate volume (m³)' },
        type: 'number',
      },
    ],
  },
  {
    code: 'missed-collection',
    name: { fr: 'Collecte manquée', en: 'Missed waste collection' },
    description: {
      fr: 'Votre bac n’a pas été vidé le jour prévu.',
      en: 'Your bin was not emptied on the scheduled day.',
    },
    group: waste,
    keywords: { fr: 'bac poubelle recyclage compost ordures', en: 'bin garbage recycling compost' },
    department: 'environnement',
    deadlineDays: 2,
    photo: 'none',
    locationRequired: true,
    allowAnonymous: false,
    questions: [
      {
        code: 'stream',
        label: { fr: 'Quelle collecte ?', en: 'Which collection?' },
        type: 'singlevaluelist',
        required: true,
        choices: [
          { value: 'garbage', label: { fr: 'Ordures', en: 'Garbage' } },
          { value: 'recycling', label: { fr: 'Recyclage', en: 'Recycling' } },
          { value: 'compost', label: { fr: 'Matières organiques', en: 'Organics' } },
        ],
      },
      {
        code: 'date',
        label: { fr: 'Date de la collecte manquée', en: 'Date of the missed collection' },
        type: 'datetime',
        required: true,
      },
    ],
  },
  {
    code: 'water-leak',
    name: { fr: 'Fuite d’eau', en: 'Water leak' },
    description: {
      fr: 'Eau qui coule de la chaussée, d’une borne-fontaine ou d’une vanne.',
      en: 'Water running from the road, a hydrant or a valve.',
    },
    group: water,
    keywords: { fr: 'eau fuite aqueduc borne-fontaine', en: 'water leak main hydrant' },
    department: 'travaux-publics',
    deadlineDays: 1,
    photo: 'optional',
    locationRequired: true,
    allowAnonymous: true,
  },
  {
    code: 'noise',
    name: { fr: 'Plainte pour bruit', en: 'Noise complaint' },
    description: {
      fr: 'Bruit excessif et répété (chantier, équipement, etc.). Pour une urgence, composez le 911.',
      en: 'Excessive, repeated noise (construction, equipment, etc.). In an emergency, call 911.',
    },
    group: community,
    keywords: { fr: 'bruit nuisance', en: 'noise nuisance' },
    department: 'urbanisme',
    deadlineDays: 10,
    photo: 'none',
    locationRequired: true,
    allowAnonymous: false,
    questions: [
      {
        code: 'when',
        label: { fr: 'Quand le bruit se produit-il ?', en: 'When does the noise happen?' },
        type: 'text',
        required: true,
      },
    ],
  },
  {
    code: 'suggestion',
    name: { fr: 'Suggestion', en: 'Suggestion' },
    description: {
      fr: 'Une idée pour améliorer la ville ou ses services.',
      en: 'An idea to improve the town or its services.',
    },
    group: service,
    keywords: { fr: 'idée proposition', en: 'idea proposal' },
    department: 'communications',
    deadlineDays: 20,
    photo: 'optional',
    locationRequired: false,
    allowAnonymous: true,
  },
  {
    code: 'service-complaint',
    name: { fr: 'Plainte sur un service', en: 'Complaint about a service' },
    description: {
      fr: 'Vous êtes insatisfait d’un service municipal.',
      en: 'You are dissatisfied with a municipal service.',
    },
    group: service,
    keywords: { fr: 'plainte insatisfaction', en: 'complaint dissatisfaction' },
    department: 'greffe',
    deadlineDays: 20,
    photo: 'none',
    locationRequired: false,
    allowAnonymous: false,
  },
]

/**
 * Creates the request types that do not exist yet (found by code; an existing type is left as staff
 * edited it). Returns how many were created.
 */
export const seedRequestTypes = async ({
  payload,
  departmentIds,
  types = demoRequestTypes,
  slug = 'request-types',
  context = {},
}: {
  payload: Payload
  departmentIds: Record<string, number>
  types?: SeedRequestType[]
  slug?: string
  context?: RequestContext
}): Promise<number> => {
  let created = 0
  for (const type of types) {
    const { totalDocs } = await payload.count({
      collection: slug as 'request-types',
      where: { code: { equals: type.code } },
      overrideAccess: true,
    })
    if (totalDocs > 0) continue
    const department = departmentIds[type.department]
    if (!department) throw new Error(`seedRequestTypes: unknown department ${type.department}`)
    const questions = (type.questions ?? []).map((q) => ({
      code: q.code,
      type: q.type,
      required: q.required ?? false,
      label: q.label.fr,
      choices: (q.choices ?? []).map((c) => ({ value: c.value, label: c.label.fr })),
    }))
    const doc = await payload.create({
      collection: slug as 'request-types',
      locale: 'fr',
      overrideAccess: true,
      context,
      data: {
        code: type.code,
        name: type.name.fr,
        description: type.description.fr,
        group: type.group.fr,
        keywords: type.keywords.fr,
        department,
        deadlineDays: type.deadlineDays,
        photo: type.photo,
        locationRequired: type.locationRequired,
        allowAnonymous: type.allowAnonymous,
        active: true,
        questions,
      },
    })
    // English: the same array rows (by id), only the localized labels change.
    const stored = doc as unknown as { questions?: { id: string; choices?: { id: string }[] }[] }
    await payload.update({
      collection: slug as 'request-types',
      id: doc.id,
      locale: 'en',
      overrideAccess: true,
      context,
      data: {
        name: type.name.en,
        description: type.description.en,
        group: type.group.en,
        keywords: type.keywords.en,
        questions: (type.questions ?? []).map((q, i) => ({
          ...questions[i],
          id: stored.questions?.[i]?.id,
          label: q.label.en,
          choices: (q.choices ?? []).map((c, j) => ({
            value: c.value,
            id: stored.questions?.[i]?.choices?.[j]?.id,
            label: c.label.en,
          })),
        })),
      },
    })
    created++
  }
  return created
}
