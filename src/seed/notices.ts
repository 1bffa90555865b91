type Bilingual = { fr: string; en: string }
export type SeedNotice = {
  key: string
  kind: 'boil-water' | 'water-outage' | 'road-closure' | 'snow-clearing' | 'emergency' | 'legal'
  severity: 'info' | 'warning' | 'emergency'
  sectorCodes: string[]
  /** days from the seed date; negative is in the past */
  startsInDays: number
  /** null: until further notice */
  endsInDays: number | null
  isSafety: boolean
  title: Bilingual
  summary: Bilingual
  instruction?: Bilingual
}

/** Twelve notices: two in force (one emergency in one sector), one coming, the rest archived. */
export const seedNotices: SeedNotice[] = [
  {
    key: 'ebullition-les-berges',
    kind: 'boil-water',
    severity: 'emergency',
    sectorCodes: ['les-berges'],
    startsInDays: -1,
    endsInDays: null,
    isSafety: true,
    title: {
      fr: 'Avis d’ébullition préventif — secteur Les Berges',
      en: 'Precautionary boil-water advisory — Lakeshore sector',
    },
    summary: {
      fr: 'À la suite d’un bris d’aqueduc, l’eau du secteur Les Berges doit être bouillie avant consommation.',
      en: 'After a water main break, tap water in the Lakeshore sector must be boiled before drinking.',
    },
    instruction: {
      fr: 'Faites bouillir l’eau à gros bouillons pendant au moins une minute avant de la boire, de préparer des biberons ou de vous brosser les dents.',
      en: 'Bring water to a rolling boil for at least one minute before drinking it, preparing baby bottles or brushing your teeth.',
    },
  },
  {
    key: 'fermeture-principale',
    kind: 'road-closure',
    severity: 'warning',
    sectorCodes: ['vieux-village'],
    startsInDays: -3,
    endsInDays: 30,
    isSafety: false,
    title: {
      fr: 'Fermeture de la rue Principale entre l’avenue du Parc et la rue Notre-Dame',
      en: 'Rue Principale closed between Avenue du Parc and Rue Notre-Dame',
    },
    summary: {
      fr: 'Travaux d’aqueduc : détour par la rue Saint-Jean. Accès local maintenu.',
      en: 'Water main work: detour via Rue Saint-Jean. Local access maintained.',
    },
  },
  {
    key: 'deneigement-plateau',
    kind: 'snow-clearing',
    severity: 'info',
    sectorCodes: ['plateau'],
    startsInDays: 1,
    endsInDays: 2,
    isSafety: false,
    title: {
      fr: 'Opération de déneigement — Le Plateau',
      en: 'Snow-clearing operation — The Plateau',
    },
    summary: {
      fr: 'Chargement de la neige dans la nuit de demain. Stationnement interdit dans la rue de 23 h à 7 h.',
      en: 'Snow removal tomorrow night. No street parking from 11 p.m. to 7 a.m.',
    },
  },
  {
    key: 'avis-public-reglement-zonage',
    kind: 'legal',
    severity: 'info',
    sectorCodes: [],
    startsInDays: -2,
    endsInDays: 20,
    isSafety: false,
    title: {
      fr: 'Avis public — projet de règlement de zonage 2026-14',
      en: 'Public notice — draft zoning bylaw 2026-14',
    },
    summary: {
      fr: 'Assemblée publique de consultation le 15 décembre à 19 h à l’hôtel de ville.',
      en: 'Public consultation meeting on December 15 at 7 p.m. at City Hall.',
    },
  },
  ...(
    [
      [
        'interruption-eau-plateau',
        'water-outage',
        'info',
        ['plateau'],
        -20,
        -19,
        'Interruption d’eau — avenue Laurier',
        'Water outage — Avenue Laurier',
        'Réparation d’une conduite de 9 h à 15 h.',
        'Pipe repair from 9 a.m. to 3 p.m.',
      ],
      [
        'ebullition-vieux-village',
        'boil-water',
        'warning',
        ['vieux-village'],
        -45,
        -42,
        'Avis d’ébullition levé — Vieux-Village',
        'Boil-water advisory lifted — Old Village',
        'Les analyses confirment que l’eau est de nouveau potable.',
        'Tests confirm the water is safe to drink again.',
      ],
      [
        'fermeture-pont',
        'road-closure',
        'warning',
        ['parc-des-erables'],
        -60,
        -30,
        'Fermeture du pont de la rivière aux Cèdres',
        'Rivière aux Cèdres bridge closed',
        'Inspection et réparations du tablier du pont.',
        'Bridge deck inspection and repairs.',
      ],
      [
        'deneigement-berges',
        'snow-clearing',
        'info',
        ['les-berges'],
        -8,
        -7,
        'Opération de déneigement — Les Berges',
        'Snow-clearing operation — Lakeshore',
        'Stationnement interdit la nuit dans les rues du secteur.',
        'No overnight parking on the sector’s streets.',
      ],
      [
        'panne-electrique',
        'emergency',
        'emergency',
        [],
        -90,
        -89,
        'Panne électrique majeure — centre d’hébergement ouvert',
        'Major power outage — shelter open',
        'Le centre communautaire a accueilli les sinistrés pendant la panne.',
        'The community centre sheltered residents during the outage.',
      ],
      [
        'avis-public-budget',
        'legal',
        'info',
        [],
        -40,
        -10,
        'Avis public — séance extraordinaire sur le budget',
        'Public notice — special budget meeting',
        'Le budget 2027 a été présenté en séance extraordinaire.',
        'The 2027 budget was presented at a special meeting.',
      ],
      [
        'interruption-eau-berges',
        'water-outage',
        'info',
        ['les-berges'],
        -15,
        -14,
        'Interruption d’eau — rue du Lac',
        'Water outage — Rue du Lac',
        'Remplacement d’une vanne; l’eau peut être brouillée ensuite.',
        'Valve replacement; water may be cloudy afterwards.',
      ],
      [
        'travaux-cedres',
        'road-closure',
        'info',
        ['plateau', 'parc-des-erables'],
        -120,
        -100,
        'Travaux sur l’avenue des Cèdres',
        'Work on Avenue des Cèdres',
        'Resurfaçage de la chaussée terminé.',
        'Resurfacing completed.',
      ],
    ] as const
  ).map(
    ([key, kind, severity, sectorCodes, startsInDays, endsInDays, titleFr, titleEn, fr, en]) => ({
      key,
      kind,
      severity,
      sectorCodes: [...sectorCodes],
      startsInDays,
      endsInDays,
      isSafety: kind === 'boil-water' || kind === 'emergency',
      title: { fr: titleFr, en: titleEn },
      summary: { fr, en },
    }),
  ),
]
