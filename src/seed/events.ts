type Bilingual = { fr: string; en: string }
export type SeedEvent = {
  title: Bilingual
  summary: Bilingual
  category: 'culture' | 'sport' | 'council' | 'community' | 'environment' | 'consultation'
  audiences: string[]
  place: { name: Bilingual; address: string; lat: number; lng: number }
  /** days from the seed date, local start time */
  inDays: number
  time: string
  durationMinutes: number
  rrule?: string
  cost?: Bilingual
}

const places = {
  library: {
    name: { fr: 'Bibliothèque Gabrielle-Roy', en: 'Gabrielle-Roy Library' },
    address: '20, rue Notre-Dame',
    lat: 46.0431,
    lng: -71.9712,
  },
  hall: {
    name: { fr: 'Salle du conseil, hôtel de ville', en: 'Council chamber, City Hall' },
    address: '1, place de l’Hôtel-de-Ville',
    lat: 46.0402,
    lng: -71.9701,
  },
  arena: {
    name: { fr: 'Aréna Lac-Azur', en: 'Lac-Azur Arena' },
    address: '300, boulevard Lac-Azur',
    lat: 46.0312,
    lng: -71.9533,
  },
  centre: {
    name: { fr: 'Centre communautaire', en: 'Community centre' },
    address: '45, avenue du Parc',
    lat: 46.0478,
    lng: -71.9621,
  },
  park: {
    name: { fr: 'Parc du Lac', en: 'Parc du Lac' },
    address: '2, rue du Lac',
    lat: 46.0251,
    lng: -71.9902,
  },
}

const recurring: SeedEvent[] = [
  {
    title: { fr: 'Heure du conte', en: 'Story time' },
    summary: {
      fr: 'Des histoires pour les 3 à 6 ans, chaque samedi matin.',
      en: 'Stories for ages 3 to 6, every Saturday morning.',
    },
    category: 'culture',
    audiences: ['children', 'families'],
    place: places.library,
    inDays: 2,
    time: '10:00',
    durationMinutes: 60,
    rrule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=12',
    cost: { fr: 'Gratuit', en: 'Free' },
  },
  {
    title: { fr: 'Patinage libre', en: 'Public skating' },
    summary: {
      fr: 'Patinage libre pour toute la famille à l’aréna.',
      en: 'Public skating for the whole family at the arena.',
    },
    category: 'sport',
    audiences: ['everyone'],
    place: places.arena,
    inDays: 1,
    time: '13:30',
    durationMinutes: 90,
    rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=12',
    cost: { fr: 'Gratuit', en: 'Free' },
  },
  {
    title: { fr: 'Séance ordinaire du conseil municipal', en: 'Regular council meeting' },
    summary: {
      fr: 'Séance publique du conseil, avec période de questions.',
      en: 'Public council meeting, with a question period.',
    },
    category: 'council',
    audiences: ['adults'],
    place: places.hall,
    inDays: 5,
    time: '19:30',
    durationMinutes: 120,
    rrule: 'FREQ=MONTHLY;BYDAY=1MO;COUNT=3',
  },
]

const oneOffs: [
  string,
  string,
  string,
  string,
  SeedEvent['category'],
  keyof typeof places,
  number,
  string,
][] = [
  [
    'Atelier de compostage',
    'Composting workshop',
    'Apprenez à composter chez vous; un composteur est tiré au sort.',
    'Learn home composting; a compost bin is given away.',
    'environment',
    'centre',
    4,
    '18:30',
  ],
  [
    'Marché de Noël',
    'Christmas market',
    'Artisans, musique et chocolat chaud sur la place.',
    'Artisans, music and hot chocolate on the square.',
    'community',
    'park',
    6,
    '11:00',
  ],
  [
    'Consultation : parc de la gare',
    'Consultation: station park',
    'Venez donner votre avis sur l’aménagement du futur parc.',
    'Share your ideas for the future park.',
    'consultation',
    'centre',
    9,
    '19:00',
  ],
  [
    'Concert de Noël de l’harmonie',
    'Community band Christmas concert',
    'L’harmonie de Lac-Azur présente son concert annuel.',
    'The Lac-Azur community band’s annual concert.',
    'culture',
    'centre',
    12,
    '19:30',
  ],
  [
    'Randonnée aux flambeaux',
    'Torchlight hike',
    'Une marche guidée de 3 km sur les sentiers de la montagne.',
    'A guided 3 km walk on the mountain trails.',
    'sport',
    'park',
    16,
    '18:00',
  ],
  [
    'Club de lecture des aînés',
    'Seniors’ book club',
    'Discussion autour du roman du mois, café offert.',
    'A chat about the book of the month, coffee served.',
    'culture',
    'library',
    8,
    '14:00',
  ],
  [
    'Collecte de sang',
    'Blood drive',
    'Héma-Québec accueille les donneurs toute la journée.',
    'Héma-Québec welcomes donors all day.',
    'community',
    'centre',
    20,
    '10:00',
  ],
  [
    'Tournoi de hockey pee-wee',
    'Pee-wee hockey tournament',
    'Vingt équipes de la région s’affrontent à l’aréna.',
    'Twenty teams from the region compete at the arena.',
    'sport',
    'arena',
    24,
    '08:00',
  ],
  [
    'Atelier numérique : portail citoyen',
    'Digital workshop: citizen portal',
    'Apprenez à suivre vos demandes et à recevoir les alertes.',
    'Learn to follow your requests and get alerts.',
    'community',
    'library',
    27,
    '13:30',
  ],
  [
    'Fête des neiges',
    'Snow festival',
    'Glissade, sculptures sur neige et feux d’artifice.',
    'Sliding, snow sculptures and fireworks.',
    'community',
    'park',
    45,
    '12:00',
  ],
  [
    'Projection en plein air',
    'Outdoor movie night',
    'Film familial projeté sur un écran de neige.',
    'A family film projected on a snow screen.',
    'culture',
    'park',
    52,
    '18:30',
  ],
  [
    'Conférence : jardiner avec les saisons',
    'Talk: gardening with the seasons',
    'Un horticulteur partage ses conseils pour le printemps.',
    'A horticulturist shares tips for spring.',
    'environment',
    'library',
    60,
    '19:00',
  ],
]

/** 63 upcoming events over the next three months: three recurring series and sixty single dates. */
export const seedEvents: SeedEvent[] = [
  ...recurring,
  ...oneOffs.flatMap(([fr, en, sfr, sen, category, place, inDays, time], i) =>
    // Each one-off event comes back on five different weeks of the season, as cities repeat them.
    [0, 7, 14, 21, 28].map((offset) => ({
      title: {
        fr: offset ? `${fr} (${offset / 7 + 1}e édition)` : fr,
        en: offset ? `${en} (edition ${offset / 7 + 1})` : en,
      },
      summary: { fr: sfr, en: sen },
      category,
      audiences: i % 2 ? ['everyone'] : ['adults', 'seniors'],
      place: places[place],
      inDays: inDays + offset,
      time,
      durationMinutes: 120,
      cost: { fr: 'Gratuit', en: 'Free' },
    })),
  ),
]
