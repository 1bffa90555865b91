type Bilingual = { fr: string; en: string }
type Step = { title: string; text?: string }
type Question = { question: string; answer: string }

export type SeedService = {
  /** The parent's French slug; absent for the eight top-level themes. */
  parent?: string
  department: string
  slug: Bilingual
  title: Bilingual
  summary: Bilingual
  body: { fr: string[]; en: string[] }
  steps?: { fr: Step[]; en: Step[] }
  faq?: { fr: Question[]; en: Question[] }
  hours?: Bilingual
  contact?: { phone?: string; email?: string; place?: Bilingual }
  keywords: Bilingual
  isFeatured?: boolean
  /** The code of the request type whose form does the service's online step ("Faire la demande"). */
  requestType?: string
}

const cityHall: Bilingual = {
  fr: 'Hôtel de ville, 1, place de l’Hôtel-de-Ville',
  en: 'City Hall, 1 Place de l’Hôtel-de-Ville',
}
const officeHours: Bilingual = {
  fr: 'Du lundi au jeudi, de 8 h 30 à 16 h 30\nLe vendredi, de 8 h 30 à 12 h',
  en: 'Monday to Thursday, 8:30 a.m. to 4:30 p.m.\nFriday, 8:30 a.m. to noon',
}

/**
 * Forty services in a three-level tree, parents before their children (the nested-docs plugin
 * builds each breadcrumb from the parent's, so a parent must exist first).
 */
export const seedServices: SeedService[] = [
  // 1. Permis et règlements
  {
    department: 'urbanisme',
    slug: { fr: 'permis', en: 'permits' },
    title: { fr: 'Permis et règlements', en: 'Permits and bylaws' },
    summary: {
      fr: 'Construire, rénover, abattre un arbre ou garder un chien : les permis et les règles à connaître.',
      en: 'Building, renovating, cutting down a tree or keeping a dog: the permits and rules to know.',
    },
    body: {
      fr: [
        'La plupart des travaux sur une propriété demandent un permis délivré par le Service de l’urbanisme. Renseignez-vous avant de commencer : des travaux sans permis peuvent entraîner une amende et l’obligation de remettre les lieux en état.',
      ],
      en: [
        'Most work on a property needs a permit from the Planning Department. Check before you start: work done without a permit can lead to a fine and an order to restore the site.',
      ],
    },
    hours: officeHours,
    contact: { phone: '819 555-0140', email: 'urbanisme@lac-azur.example', place: cityHall },
    keywords: { fr: 'permis, règlement, urbanisme, zonage', en: 'permit, bylaw, planning, zoning' },
  },
  {
    parent: 'permis',
    department: 'urbanisme',
    slug: { fr: 'permis-renovation', en: 'renovation-permits' },
    title: { fr: 'Permis de rénovation', en: 'Renovation permits' },
    summary: {
      fr: 'Toiture, fenêtres, agrandissement ou sous-sol : demandez votre permis de rénovation en ligne ou au comptoir.',
      en: 'Roof, windows, extension or basement: apply for your renovation permit online or at the counter.',
    },
    body: {
      fr: [
        'Un permis est exigé pour la plupart des travaux qui modifient la structure, l’apparence extérieure ou l’usage d’un bâtiment.',
        'Le délai de traitement visé est de dix jours ouvrables pour une demande complète. Les travaux de peinture, de couvre-plancher et le remplacement d’armoires n’exigent pas de permis.',
      ],
      en: [
        'A permit is required for most work that changes a building’s structure, exterior or use.',
        'The target processing time is ten business days for a complete application. Painting, flooring and replacing cabinets need no permit.',
      ],
    },
    steps: {
      fr: [
        {
          title: 'Préparez vos documents',
          text: 'Plan ou croquis des travaux, estimation des coûts et, s’il y a lieu, le nom de l’entrepreneur et son numéro de licence RBQ.',
        },
        {
          title: 'Déposez votre demande',
          text: 'En ligne dans le portail citoyen ou au comptoir de l’urbanisme à l’hôtel de ville.',
        },
        {
          title: 'Payez les frais',
          text: '50 $ pour des travaux de moins de 10 000 $; 5 $ par tranche de 1 000 $ au-delà.',
        },
        {
          title: 'Recevez votre permis',
          text: 'Affichez-le à un endroit visible de la rue pendant toute la durée des travaux.',
        },
      ],
      en: [
        {
          title: 'Gather your documents',
          text: 'A plan or sketch of the work, a cost estimate and, if applicable, your contractor’s name and RBQ licence number.',
        },
        {
          title: 'Submit your application',
          text: 'Online in the citizen portal or at the planning counter at City Hall.',
        },
        { title: 'Pay the fee', text: '$50 for work under $10,000; $5 per additional $1,000.' },
        {
          title: 'Receive your permit',
          text: 'Post it where it can be seen from the street for as long as the work lasts.',
        },
      ],
    },
    faq: {
      fr: [
        {
          question: 'Combien de temps mon permis est-il valide?',
          answer:
            'Douze mois à compter de sa délivrance. Les travaux doivent commencer dans les six premiers mois.',
        },
        {
          question: 'Ai-je besoin d’un permis pour changer mes fenêtres?',
          answer:
            'Oui, si vous modifiez les dimensions des ouvertures ou si le bâtiment est situé dans le secteur patrimonial du Vieux-Village.',
        },
      ],
      en: [
        {
          question: 'How long is my permit valid?',
          answer:
            'Twelve months from the date it is issued. Work must begin within the first six months.',
        },
        {
          question: 'Do I need a permit to replace my windows?',
          answer:
            'Yes, if you change the size of the openings or if the building is in the Old Village heritage area.',
        },
      ],
    },
    hours: officeHours,
    contact: { phone: '819 555-0140', email: 'urbanisme@lac-azur.example', place: cityHall },
    keywords: {
      fr: 'rénovation, travaux, toiture, fenêtres, agrandissement, permis de construction',
      en: 'renovation, work, roof, windows, extension, building permit',
    },
    isFeatured: true,
  },
  {
    parent: 'permis-renovation',
    department: 'urbanisme',
    slug: { fr: 'piscine', en: 'pool-permit' },
    title: { fr: 'Permis pour une piscine ou un spa', en: 'Pool and spa permit' },
    summary: {
      fr: 'Toute piscine creusée, hors terre ou démontable de plus de 60 cm de profondeur exige un permis et une enceinte sécuritaire.',
      en: 'Every in-ground, above-ground or portable pool deeper than 60 cm needs a permit and a safety enclosure.',
    },
    body: {
      fr: [
        'Le Règlement provincial sur la sécurité des piscines résidentielles s’applique à toutes les piscines, y compris celles installées avant 2010 depuis le 1er juillet 2025.',
        'L’enceinte doit mesurer au moins 1,2 m de haut et sa porte doit se refermer et se verrouiller automatiquement.',
      ],
      en: [
        'Quebec’s residential pool safety regulation applies to every pool, including those installed before 2010, since July 1, 2025.',
        'The enclosure must be at least 1.2 m high and its gate must close and latch by itself.',
      ],
    },
    steps: {
      fr: [
        {
          title: 'Vérifiez l’emplacement',
          text: 'La piscine doit être à au moins 1,5 m des lignes de terrain et ne pas être sous un fil électrique.',
        },
        {
          title: 'Faites votre demande de permis',
          text: 'Joignez un plan d’implantation montrant la piscine, l’enceinte et les accès.',
        },
        {
          title: 'Installez l’enceinte avant de remplir',
          text: 'Aucune piscine ne peut être remplie d’eau avant que l’enceinte soit terminée.',
        },
        {
          title: 'Demandez l’inspection finale',
          text: 'Un inspecteur vérifie l’enceinte et la porte dans les cinq jours ouvrables.',
        },
      ],
      en: [
        {
          title: 'Check the location',
          text: 'The pool must be at least 1.5 m from property lines and not under a power line.',
        },
        {
          title: 'Apply for the permit',
          text: 'Include a site plan showing the pool, the enclosure and the gates.',
        },
        {
          title: 'Install the enclosure before filling',
          text: 'No pool may be filled with water until the enclosure is finished.',
        },
        {
          title: 'Book the final inspection',
          text: 'An inspector checks the enclosure and gate within five business days.',
        },
      ],
    },
    faq: {
      fr: [
        {
          question: 'Un spa a-t-il besoin d’une enceinte?',
          answer: 'Non, si son couvercle rigide se verrouille. Le permis reste obligatoire.',
        },
      ],
      en: [
        {
          question: 'Does a spa need an enclosure?',
          answer: 'No, if it has a rigid lockable cover. The permit is still required.',
        },
      ],
    },
    contact: { phone: '819 555-0140', email: 'urbanisme@lac-azur.example' },
    keywords: {
      fr: 'piscine, spa, baignade, clôture, enceinte',
      en: 'pool, spa, swimming, fence, enclosure',
    },
  },
  {
    parent: 'permis',
    department: 'urbanisme',
    slug: { fr: 'abattage-arbre', en: 'tree-cutting-permit' },
    title: { fr: 'Abattage d’un arbre', en: 'Cutting down a tree' },
    summary: {
      fr: 'Un certificat gratuit est nécessaire pour abattre un arbre de plus de 10 cm de diamètre sur votre terrain.',
      en: 'A free certificate is needed to cut down a tree over 10 cm in diameter on your property.',
    },
    body: {
      fr: [
        'L’abattage est permis lorsque l’arbre est mort, malade, dangereux ou nuit à des travaux autorisés. Chaque arbre abattu doit être remplacé dans les douze mois.',
        'Pour un frêne atteint par l’agrile, le certificat est délivré en 48 heures.',
      ],
      en: [
        'Cutting is allowed when the tree is dead, diseased, dangerous or in the way of authorized work. Every tree cut must be replaced within twelve months.',
        'For an ash tree infested by the emerald ash borer, the certificate is issued within 48 hours.',
      ],
    },
    steps: {
      fr: [
        {
          title: 'Photographiez l’arbre',
          text: 'Une photo de l’arbre entier et une du tronc suffisent.',
        },
        {
          title: 'Remplissez la demande',
          text: 'En ligne ou au comptoir, en indiquant la raison de l’abattage.',
        },
        {
          title: 'Attendez la visite',
          text: 'Un inspecteur peut venir voir l’arbre avant d’approuver.',
        },
      ],
      en: [
        {
          title: 'Take pictures of the tree',
          text: 'One of the whole tree and one of the trunk are enough.',
        },
        {
          title: 'Fill in the application',
          text: 'Online or at the counter, stating why the tree must come down.',
        },
        {
          title: 'Wait for the visit',
          text: 'An inspector may come to see the tree before approving.',
        },
      ],
    },
    contact: { phone: '819 555-0140', email: 'urbanisme@lac-azur.example' },
    keywords: {
      fr: 'arbre, abattage, frêne, agrile, coupe',
      en: 'tree, cutting, ash, emerald ash borer, felling',
    },
  },
  {
    parent: 'permis',
    department: 'greffe',
    slug: { fr: 'licence-chien', en: 'dog-licence' },
    title: { fr: 'Licence pour chien et chat', en: 'Dog and cat licence' },
    summary: {
      fr: 'La licence annuelle est obligatoire pour chaque chien et chat de plus de trois mois; elle aide à retrouver votre animal.',
      en: 'An annual licence is required for every dog and cat over three months old; it helps bring your pet home.',
    },
    body: {
      fr: [
        'La licence coûte 25 $ par animal stérilisé et 40 $ autrement. Elle est gratuite pour un chien d’assistance.',
        'Elle se renouvelle chaque année avant le 1er mars.',
      ],
      en: [
        'The licence costs $25 per spayed or neutered animal and $40 otherwise. It is free for a service dog.',
        'It must be renewed every year before March 1.',
      ],
    },
    faq: {
      fr: [
        {
          question: 'J’ai perdu la médaille de mon chien. Que faire?',
          answer: 'Une médaille de remplacement coûte 5 $ au comptoir de l’hôtel de ville.',
        },
      ],
      en: [
        {
          question: 'My dog lost its tag. What should I do?',
          answer: 'A replacement tag costs $5 at the City Hall counter.',
        },
      ],
    },
    hours: officeHours,
    contact: { phone: '819 555-0160', email: 'greffe@lac-azur.example', place: cityHall },
    keywords: { fr: 'chien, chat, animal, médaille, licence', en: 'dog, cat, pet, tag, licence' },
    isFeatured: true,
  },
  // 2. Collectes et environnement
  {
    department: 'environnement',
    slug: { fr: 'collectes-environnement', en: 'waste-environment' },
    title: { fr: 'Collectes et environnement', en: 'Waste and environment' },
    summary: {
      fr: 'Ordures, recyclage, compost, encombrants et écocentre : tout pour bien trier et réduire vos déchets.',
      en: 'Garbage, recycling, compost, bulky items and the ecocentre: everything to sort well and waste less.',
    },
    body: {
      fr: [
        'Les collectes ont lieu tôt le matin : placez vos bacs en bordure de rue la veille après 19 h ou avant 7 h le jour même, poignées vers la maison.',
      ],
      en: [
        'Collections start early: put your bins at the curb after 7 p.m. the day before or before 7 a.m. on the day, handles facing the house.',
      ],
    },
    contact: { phone: '819 555-0120', email: 'environnement@lac-azur.example' },
    keywords: {
      fr: 'collecte, déchets, environnement, tri',
      en: 'collection, waste, environment, sorting',
    },
  },
  {
    parent: 'collectes-environnement',
    department: 'environnement',
    slug: { fr: 'ordures-recyclage-compost', en: 'garbage-recycling-compost' },
    title: { fr: 'Ordures, recyclage et compost', en: 'Garbage, recycling and compost' },
    summary: {
      fr: 'Trois bacs, trois collectes : trouvez votre horaire selon votre adresse et ce qui va dans chaque bac.',
      en: 'Three bins, three collections: find your schedule by address and what goes in each bin.',
    },
    body: {
      fr: [
        'Le bac vert reçoit les ordures, le bac bleu les matières recyclables et le bac brun les résidus alimentaires et de jardin.',
        'Consultez la page Collectes pour connaître vos prochaines dates de collecte et vous abonner au calendrier de votre secteur.',
      ],
      en: [
        'The green bin takes garbage, the blue bin recyclables and the brown bin food and yard waste.',
        'See the Collections page for your next pickup dates and to subscribe to your sector’s calendar.',
      ],
    },
    faq: {
      fr: [
        {
          question: 'Mon bac n’a pas été vidé. Que faire?',
          answer:
            'Laissez-le en bordure de rue et signalez-le avant 16 h le jour même; l’équipe repassera le lendemain.',
        },
        {
          question: 'Les sacs compostables sont-ils acceptés?',
          answer: 'Seuls les sacs en papier sont acceptés dans le bac brun.',
        },
      ],
      en: [
        {
          question: 'My bin was not emptied. What should I do?',
          answer:
            'Leave it at the curb and report it before 4 p.m. the same day; the crew will come back the next day.',
        },
        {
          question: 'Are compostable bags accepted?',
          answer: 'Only paper bags are accepted in the brown bin.',
        },
      ],
    },
    contact: { phone: '819 555-0120', email: 'environnement@lac-azur.example' },
    keywords: {
      fr: 'ordures, poubelle, recyclage, compost, bac, horaire, vidanges',
      en: 'garbage, trash, recycling, compost, bin, schedule',
    },
    isFeatured: true,
  },
  {
    parent: 'ordures-recyclage-compost',
    department: 'environnement',
    slug: { fr: 'bac-brun', en: 'brown-bin' },
    title: { fr: 'Bac brun : ce qui va dedans', en: 'Brown bin: what goes in' },
    summary: {
      fr: 'Restes de table, marc de café, essuie-tout et feuilles : la liste des matières acceptées dans le bac brun.',
      en: 'Food scraps, coffee grounds, paper towels and leaves: the list of what the brown bin takes.',
    },
    body: {
      fr: [
        'Acceptés : fruits, légumes, viandes, os, produits laitiers, pain, pâtes, marc de café, filtres, essuie-tout, feuilles, gazon et petites branches.',
        'Refusés : plastique, sacs compostables, litière, couches et cendres chaudes.',
      ],
      en: [
        'Accepted: fruit, vegetables, meat, bones, dairy, bread, pasta, coffee grounds, filters, paper towels, leaves, grass and small branches.',
        'Not accepted: plastic, compostable bags, cat litter, diapers and hot ashes.',
      ],
    },
    contact: { phone: '819 555-0120', email: 'environnement@lac-azur.example' },
    keywords: {
      fr: 'compost, matières organiques, résidus alimentaires, bac brun',
      en: 'compost, organics, food waste, brown bin',
    },
  },
  {
    parent: 'ordures-recyclage-compost',
    department: 'environnement',
    slug: { fr: 'remplacer-bac', en: 'replace-bin' },
    title: { fr: 'Remplacer un bac brisé ou volé', en: 'Replace a broken or stolen bin' },
    summary: {
      fr: 'La Ville répare ou remplace gratuitement les bacs brisés lors de la collecte.',
      en: 'The City repairs or replaces bins damaged during collection free of charge.',
    },
    body: {
      fr: [
        'Un bac volé ou brisé par l’usure est remplacé au coût de 75 $. Un bac endommagé par le camion est remplacé sans frais.',
      ],
      en: [
        'A stolen bin or one worn out is replaced for $75. A bin damaged by the truck is replaced at no charge.',
      ],
    },
    steps: {
      fr: [
        {
          title: 'Notez le numéro de série',
          text: 'Il est gravé sur le côté du bac, sous la poignée.',
        },
        {
          title: 'Faites une demande',
          text: 'Par téléphone ou dans le portail citoyen, en précisant le type de bac.',
        },
        {
          title: 'Laissez le bac brisé en bordure de rue',
          text: 'L’équipe le reprend en livrant le nouveau, dans les dix jours ouvrables.',
        },
      ],
      en: [
        {
          title: 'Note the serial number',
          text: 'It is stamped on the side of the bin, under the handle.',
        },
        {
          title: 'Make a request',
          text: 'By phone or in the citizen portal, saying which bin it is.',
        },
        {
          title: 'Leave the broken bin at the curb',
          text: 'The crew takes it when delivering the new one, within ten business days.',
        },
      ],
    },
    contact: { phone: '819 555-0120', email: 'environnement@lac-azur.example' },
    keywords: {
      fr: 'bac, roue, couvercle, brisé, volé, remplacement',
      en: 'bin, wheel, lid, broken, stolen, replacement',
    },
  },
  {
    parent: 'collectes-environnement',
    department: 'environnement',
    slug: { fr: 'encombrants', en: 'bulky-items' },
    title: { fr: 'Collecte des encombrants', en: 'Bulky item pickup' },
    summary: {
      fr: 'Meubles, matelas et gros objets sont ramassés sur rendez-vous, quatre fois par année sans frais.',
      en: 'Furniture, mattresses and large items are picked up by appointment, four times a year at no charge.',
    },
    body: {
      fr: [
        'Les appareils contenant des halocarbures (réfrigérateurs, congélateurs, climatiseurs) sont ramassés à part : mentionnez-les lors du rendez-vous.',
        'Les matériaux de construction et les pneus vont à l’écocentre.',
      ],
      en: [
        'Appliances containing refrigerants (fridges, freezers, air conditioners) are picked up separately: mention them when you book.',
        'Building materials and tires go to the ecocentre.',
      ],
    },
    steps: {
      fr: [
        {
          title: 'Prenez rendez-vous',
          text: 'Au plus tard le jeudi précédant la collecte, par téléphone ou en ligne.',
        },
        {
          title: 'Sortez vos objets',
          text: 'La veille après 19 h, en bordure de rue, sans bloquer le trottoir.',
        },
        {
          title: 'Laissez-nous faire',
          text: 'La collecte a lieu le lundi suivant, entre 7 h et 17 h.',
        },
      ],
      en: [
        {
          title: 'Book a pickup',
          text: 'By the Thursday before the collection, by phone or online.',
        },
        {
          title: 'Put your items out',
          text: 'After 7 p.m. the day before, at the curb, without blocking the sidewalk.',
        },
        {
          title: 'We take it from there',
          text: 'Pickup is the following Monday, between 7 a.m. and 5 p.m.',
        },
      ],
    },
    contact: { phone: '819 555-0120', email: 'environnement@lac-azur.example' },
    keywords: {
      fr: 'encombrants, monstres, meubles, matelas, gros rebuts',
      en: 'bulky items, furniture, mattress, large waste',
    },
  },
  {
    parent: 'collectes-environnement',
    department: 'environnement',
    slug: { fr: 'ecocentre', en: 'ecocentre' },
    title: { fr: 'Écocentre', en: 'Ecocentre' },
    summary: {
      fr: 'Déposez gratuitement matériaux de construction, résidus domestiques dangereux, électroniques et pneus.',
      en: 'Drop off building materials, household hazardous waste, electronics and tires free of charge.',
    },
    body: {
      fr: [
        'L’écocentre est réservé aux résidents de Lac-Azur : une preuve de résidence est demandée à l’entrée.',
        'Peintures, huiles, piles, ampoules fluocompactes et bonbonnes de propane sont acceptées sans frais.',
      ],
      en: [
        'The ecocentre is for Lac-Azur residents: proof of address is asked at the gate.',
        'Paint, oil, batteries, compact fluorescent bulbs and propane tanks are accepted free of charge.',
      ],
    },
    hours: {
      fr: 'Du 15 avril au 15 novembre : du mardi au samedi, de 8 h à 17 h\nEn hiver : le samedi, de 9 h à 15 h',
      en: 'April 15 to November 15: Tuesday to Saturday, 8 a.m. to 5 p.m.\nIn winter: Saturday, 9 a.m. to 3 p.m.',
    },
    contact: {
      phone: '819 555-0125',
      place: { fr: '250, chemin du Parc-Industriel', en: '250 Chemin du Parc-Industriel' },
    },
    keywords: {
      fr: 'écocentre, dépôt, peinture, piles, électroniques, pneus, RDD',
      en: 'ecocentre, drop-off, paint, batteries, electronics, tires, hazardous waste',
    },
  },
  // 3. Eau et égouts
  {
    department: 'travaux-publics',
    slug: { fr: 'eau-egouts', en: 'water-sewers' },
    title: { fr: 'Eau et égouts', en: 'Water and sewers' },
    summary: {
      fr: 'Eau potable, avis d’ébullition, arrosage, refoulements et fuites : ce que fait la Ville et ce que vous pouvez faire.',
      en: 'Drinking water, boil-water advisories, watering, backups and leaks: what the City does and what you can do.',
    },
    body: {
      fr: [
        'L’usine de filtration du lac Azur produit en moyenne 6 millions de litres d’eau par jour pour 9 000 résidents.',
      ],
      en: [
        'The Lac Azur filtration plant produces an average of 6 million litres of water a day for 9,000 residents.',
      ],
    },
    contact: { phone: '819 555-0110', email: 'travaux@lac-azur.example' },
    keywords: { fr: 'eau, aqueduc, égout, réseau', en: 'water, water main, sewer, network' },
  },
  {
    parent: 'eau-egouts',
    department: 'travaux-publics',
    slug: { fr: 'eau-potable', en: 'drinking-water' },
    title: { fr: 'Eau potable', en: 'Drinking water' },
    summary: {
      fr: 'Une eau analysée chaque semaine : résultats, avis d’ébullition et règles d’arrosage.',
      en: 'Water tested every week: results, boil-water advisories and watering rules.',
    },
    body: {
      fr: [
        'Plus de 600 échantillons sont analysés chaque année par un laboratoire accrédité. Le rapport annuel est publié en mars.',
      ],
      en: [
        'More than 600 samples are tested each year by an accredited laboratory. The annual report is published in March.',
      ],
    },
    contact: { phone: '819 555-0110', email: 'travaux@lac-azur.example' },
    keywords: {
      fr: 'eau potable, qualité, analyse, usine de filtration',
      en: 'drinking water, quality, testing, filtration plant',
    },
  },
  {
    parent: 'eau-potable',
    department: 'travaux-publics',
    slug: { fr: 'avis-ebullition', en: 'boil-water-advisories' },
    title: { fr: 'Avis d’ébullition', en: 'Boil-water advisories' },
    summary: {
      fr: 'Quand un avis est en vigueur, faites bouillir l’eau au moins une minute avant de la boire.',
      en: 'When an advisory is in force, boil water for at least one minute before drinking it.',
    },
    body: {
      fr: [
        'Les avis en vigueur sont affichés en haut de chaque page du site et dans la section Avis. Abonnez-vous aux alertes pour les recevoir par courriel ou texto.',
      ],
      en: [
        'Advisories in force appear at the top of every page of the site and in the Notices section. Sign up for alerts to get them by email or text.',
      ],
    },
    steps: {
      fr: [
        {
          title: 'Faites bouillir l’eau',
          text: 'Une minute à gros bouillons pour boire, préparer les biberons, laver les fruits et faire des glaçons.',
        },
        {
          title: 'Utilisez l’eau du robinet pour le reste',
          text: 'Douche, bain et lessive sont sans danger; évitez d’avaler l’eau.',
        },
        {
          title: 'À la levée de l’avis',
          text: 'Faites couler l’eau froide une minute et videz les glaçons faits pendant l’avis.',
        },
      ],
      en: [
        {
          title: 'Boil the water',
          text: 'One minute at a rolling boil for drinking, baby bottles, washing fruit and making ice.',
        },
        {
          title: 'Use tap water for everything else',
          text: 'Showers, baths and laundry are safe; avoid swallowing water.',
        },
        {
          title: 'When the advisory is lifted',
          text: 'Run cold water for one minute and discard ice made during the advisory.',
        },
      ],
    },
    contact: { phone: '819 555-0110', email: 'travaux@lac-azur.example' },
    keywords: {
      fr: 'ébullition, faire bouillir, contamination, avis préventif',
      en: 'boil water, boil, contamination, precautionary notice',
    },
  },
  {
    parent: 'eau-potable',
    department: 'travaux-publics',
    slug: { fr: 'arrosage', en: 'lawn-watering' },
    title: { fr: 'Arrosage de la pelouse', en: 'Lawn watering' },
    summary: {
      fr: 'Du 1er mai au 30 septembre, l’arrosage automatique est permis selon votre numéro civique pair ou impair.',
      en: 'From May 1 to September 30, sprinklers are allowed according to your even or odd civic number.',
    },
    body: {
      fr: [
        'Numéros pairs : lundi, mercredi et samedi, de 20 h à 23 h. Numéros impairs : mardi, jeudi et dimanche, aux mêmes heures.',
        'Une nouvelle pelouse peut être arrosée tous les jours pendant quinze jours avec un permis gratuit.',
      ],
      en: [
        'Even numbers: Monday, Wednesday and Saturday, 8 to 11 p.m. Odd numbers: Tuesday, Thursday and Sunday, same hours.',
        'New sod may be watered daily for fifteen days with a free permit.',
      ],
    },
    contact: { phone: '819 555-0110', email: 'travaux@lac-azur.example' },
    keywords: {
      fr: 'arrosage, gazon, pelouse, pair, impair, gicleurs',
      en: 'watering, lawn, grass, even, odd, sprinkler',
    },
  },
  {
    parent: 'eau-egouts',
    department: 'travaux-publics',
    slug: { fr: 'refoulement-egout', en: 'sewer-backup' },
    title: { fr: 'Refoulement d’égout', en: 'Sewer backup' },
    summary: {
      fr: 'De l’eau remonte par le drain du sous-sol? Appelez-nous tout de suite, jour et nuit.',
      en: 'Water coming up through your basement drain? Call us right away, day or night.',
    },
    body: {
      fr: [
        'Un clapet antiretour bien entretenu protège votre sous-sol. Le règlement municipal l’exige pour toute nouvelle construction.',
        'La Ville vérifie d’abord sa conduite principale; si elle est dégagée, le problème se trouve dans votre branchement privé.',
      ],
      en: [
        'A well-maintained backwater valve protects your basement. The municipal bylaw requires one in every new building.',
        'The City first checks its main line; if it is clear, the problem is in your private connection.',
      ],
    },
    steps: {
      fr: [
        {
          title: 'Appelez la Ville',
          text: 'Au 819 555-0110, ou au 911 en dehors des heures d’ouverture si l’eau monte rapidement.',
        },
        {
          title: 'Coupez l’électricité au sous-sol',
          text: 'Si vous pouvez le faire sans marcher dans l’eau.',
        },
        { title: 'Prenez des photos', text: 'Elles serviront à votre assureur.' },
        { title: 'Appelez votre assureur', text: 'Avant de jeter des biens endommagés.' },
      ],
      en: [
        {
          title: 'Call the City',
          text: 'At 819 555-0110, or 911 after hours if the water is rising fast.',
        },
        {
          title: 'Turn off the basement power',
          text: 'If you can do it without stepping in water.',
        },
        { title: 'Take pictures', text: 'Your insurer will need them.' },
        { title: 'Call your insurer', text: 'Before throwing away damaged belongings.' },
      ],
    },
    hours: {
      fr: 'Urgences : 24 heures sur 24, 7 jours sur 7',
      en: 'Emergencies: 24 hours a day, 7 days a week',
    },
    contact: { phone: '819 555-0110', email: 'travaux@lac-azur.example' },
    keywords: {
      fr: 'refoulement, égout, sous-sol inondé, clapet antiretour, drain',
      en: 'sewer backup, flooded basement, backwater valve, drain',
    },
  },
  // 4. Voirie et déneigement
  {
    department: 'travaux-publics',
    slug: { fr: 'voirie-deneigement', en: 'roads-snow-removal' },
    title: { fr: 'Voirie et déneigement', en: 'Roads and snow removal' },
    summary: {
      fr: 'Déneigement, stationnement d’hiver, nids-de-poule et éclairage : l’entretien de 120 km de rues.',
      en: 'Snow removal, winter parking, potholes and street lights: keeping 120 km of streets in shape.',
    },
    body: {
      fr: [
        'Les Travaux publics entretiennent les rues, les trottoirs et les pistes cyclables de la ville, été comme hiver.',
      ],
      en: [
        'Public Works maintains the city’s streets, sidewalks and bike paths, summer and winter.',
      ],
    },
    contact: { phone: '819 555-0110', email: 'travaux@lac-azur.example' },
    keywords: { fr: 'voirie, rue, trottoir, chaussée', en: 'roads, street, sidewalk, pavement' },
  },
  {
    parent: 'voirie-deneigement',
    department: 'travaux-publics',
    slug: { fr: 'deneigement', en: 'snow-removal' },
    title: { fr: 'Déneigement', en: 'Snow removal' },
    summary: {
      fr: 'Les artères d’abord, puis les rues résidentielles : comment se déroule une opération de déneigement.',
      en: 'Main streets first, then residential streets: how a snow-clearing operation works.',
    },
    body: {
      fr: [
        'Le déblaiement commence dès 2,5 cm de neige. Une opération de chargement complète prend de trois à cinq jours selon les secteurs.',
        'Les avis d’opération sont publiés dans la section Avis et envoyés aux personnes abonnées aux alertes.',
      ],
      en: [
        'Plowing starts at 2.5 cm of snow. A full snow-loading operation takes three to five days depending on the sector.',
        'Operation notices are published in the Notices section and sent to people signed up for alerts.',
      ],
    },
    faq: {
      fr: [
        {
          question:
            'La charrue a laissé un banc de neige devant mon entrée. La Ville peut-elle le retirer?',
          answer:
            'Non, le dégagement des entrées privées revient aux propriétaires. Il est interdit de pousser la neige dans la rue.',
        },
        {
          question: 'Ma boîte aux lettres a été brisée par la déneigeuse.',
          answer:
            'Faites une demande avec une photo : la Ville la répare si elle respectait la distance de 1,5 m de la chaussée.',
        },
      ],
      en: [
        {
          question: 'The plow left a snowbank across my driveway. Can the City remove it?',
          answer:
            'No, clearing private driveways is the owner’s job. Pushing snow into the street is not allowed.',
        },
        {
          question: 'The snowplow broke my mailbox.',
          answer:
            'Make a request with a photo: the City repairs it if it stood 1.5 m from the roadway.',
        },
      ],
    },
    contact: { phone: '819 555-0110', email: 'travaux@lac-azur.example' },
    keywords: {
      fr: 'déneigement, neige, charrue, chargement, tempête',
      en: 'snow removal, snow, plow, snow loading, storm',
    },
    isFeatured: true,
  },
  {
    parent: 'deneigement',
    department: 'travaux-publics',
    slug: { fr: 'stationnement-hiver', en: 'winter-parking' },
    title: { fr: 'Stationnement de nuit en hiver', en: 'Winter overnight parking' },
    summary: {
      fr: 'Du 15 novembre au 1er avril, le stationnement dans la rue est interdit de minuit à 7 h les nuits d’opération.',
      en: 'From November 15 to April 1, street parking is banned from midnight to 7 a.m. on operation nights.',
    },
    body: {
      fr: [
        'Les véhicules qui nuisent au déneigement sont remorqués aux frais du propriétaire (amende de 75 $ et frais de remorquage).',
        'Les stationnements de l’aréna et de l’hôtel de ville sont ouverts gratuitement la nuit.',
      ],
      en: [
        'Vehicles in the way of snow clearing are towed at the owner’s expense ($75 fine plus towing).',
        'The arena and City Hall parking lots are open free of charge overnight.',
      ],
    },
    contact: { phone: '819 555-0110' },
    keywords: {
      fr: 'stationnement, nuit, hiver, remorquage, interdiction',
      en: 'parking, overnight, winter, towing, ban',
    },
  },
  {
    parent: 'voirie-deneigement',
    department: 'travaux-publics',
    slug: { fr: 'nids-de-poule', en: 'potholes' },
    requestType: 'pothole',
    title: { fr: 'Signaler un nid-de-poule', en: 'Report a pothole' },
    summary: {
      fr: 'Une photo et l’adresse suffisent : les nids-de-poule signalés sont colmatés en moins de 72 heures.',
      en: 'A photo and the address are enough: reported potholes are filled within 72 hours.',
    },
    body: {
      fr: [
        'Les nids-de-poule dangereux sur les artères sont réparés le jour même. Un dommage à votre véhicule peut faire l’objet d’une réclamation au Greffe dans les quinze jours.',
      ],
      en: [
        'Dangerous potholes on main streets are fixed the same day. Damage to your vehicle can be claimed from the Clerk’s Office within fifteen days.',
      ],
    },
    steps: {
      fr: [
        { title: 'Notez l’emplacement', text: 'Adresse la plus proche ou intersection.' },
        { title: 'Prenez une photo', text: 'Seulement si vous êtes en sécurité.' },
        {
          title: 'Envoyez votre signalement',
          text: 'Dans le portail citoyen; vous recevrez un numéro de suivi.',
        },
      ],
      en: [
        { title: 'Note the location', text: 'Nearest address or intersection.' },
        { title: 'Take a photo', text: 'Only if it is safe to do so.' },
        {
          title: 'Send your report',
          text: 'In the citizen portal; you will get a tracking number.',
        },
      ],
    },
    contact: { phone: '819 555-0110', email: 'travaux@lac-azur.example' },
    keywords: {
      fr: 'nid-de-poule, chaussée, asphalte, trou, réclamation',
      en: 'pothole, road, asphalt, hole, claim',
    },
  },
  // 5. Loisirs et culture
  {
    department: 'loisirs-culture',
    slug: { fr: 'loisirs-culture', en: 'recreation-culture' },
    title: { fr: 'Loisirs et culture', en: 'Recreation and culture' },
    summary: {
      fr: 'Bibliothèque, activités, camps de jour, parcs, patinoires et salles : bouger et se divertir à Lac-Azur.',
      en: 'Library, activities, day camps, parks, rinks and halls: getting active and having fun in Lac-Azur.',
    },
    body: {
      fr: [
        'La programmation des loisirs paraît trois fois par année : en août, en décembre et en avril.',
      ],
      en: ['The recreation program comes out three times a year: in August, December and April.'],
    },
    contact: { phone: '819 555-0130', email: 'loisirs@lac-azur.example' },
    keywords: {
      fr: 'loisirs, culture, sport, activités',
      en: 'recreation, culture, sport, activities',
    },
  },
  {
    parent: 'loisirs-culture',
    department: 'loisirs-culture',
    slug: { fr: 'bibliotheque', en: 'library' },
    title: { fr: 'Bibliothèque Gabrielle-Roy', en: 'Gabrielle-Roy Library' },
    summary: {
      fr: 'Livres, jeux, ressources numériques et activités pour tous les âges, gratuitement pour les résidents.',
      en: 'Books, games, digital resources and activities for all ages, free for residents.',
    },
    body: {
      fr: [
        'La bibliothèque prête livres, revues, jeux de société, liseuses et laissez-passer pour les musées de la région.',
        'La chute à livres extérieure est accessible en tout temps.',
      ],
      en: [
        'The library lends books, magazines, board games, e-readers and passes to the region’s museums.',
        'The outdoor book drop is open at all times.',
      ],
    },
    hours: {
      fr: 'Du mardi au vendredi, de 10 h à 20 h\nLe samedi et le dimanche, de 10 h à 16 h\nFermée le lundi',
      en: 'Tuesday to Friday, 10 a.m. to 8 p.m.\nSaturday and Sunday, 10 a.m. to 4 p.m.\nClosed Mondays',
    },
    contact: {
      phone: '819 555-0135',
      email: 'bibliotheque@lac-azur.example',
      place: { fr: '45, rue de l’Église', en: '45 Rue de l’Église' },
    },
    keywords: {
      fr: 'bibliothèque, livres, prêt, lecture, biblio',
      en: 'library, books, borrowing, reading',
    },
    isFeatured: true,
  },
  {
    parent: 'bibliotheque',
    department: 'loisirs-culture',
    slug: { fr: 'abonnement-bibliotheque', en: 'library-card' },
    title: { fr: 'S’abonner à la bibliothèque', en: 'Get a library card' },
    summary: {
      fr: 'L’abonnement est gratuit pour les résidents et donne accès aux livres numériques.',
      en: 'Membership is free for residents and gives access to e-books.',
    },
    body: {
      fr: ['Les non-résidents peuvent s’abonner pour 60 $ par année.'],
      en: ['Non-residents can join for $60 a year.'],
    },
    steps: {
      fr: [
        {
          title: 'Présentez-vous au comptoir',
          text: 'Avec une pièce d’identité et une preuve d’adresse récente.',
        },
        { title: 'Recevez votre carte', text: 'Elle est prête sur place et valide deux ans.' },
        {
          title: 'Créez votre NIP',
          text: 'Pour réserver en ligne et emprunter des livres numériques.',
        },
      ],
      en: [
        { title: 'Come to the desk', text: 'With ID and a recent proof of address.' },
        { title: 'Get your card', text: 'It is ready on the spot and valid for two years.' },
        { title: 'Set your PIN', text: 'To place holds online and borrow e-books.' },
      ],
    },
    contact: { phone: '819 555-0135', email: 'bibliotheque@lac-azur.example' },
    keywords: {
      fr: 'carte, abonnement, inscription, bibliothèque',
      en: 'card, membership, sign up, library',
    },
  },
  {
    parent: 'loisirs-culture',
    department: 'loisirs-culture',
    slug: { fr: 'inscriptions-activites', en: 'activity-registration' },
    title: { fr: 'Inscription aux activités', en: 'Activity registration' },
    summary: {
      fr: 'Cours, sports et ateliers : les inscriptions se font en ligne dès l’ouverture de chaque session.',
      en: 'Classes, sports and workshops: registration is online as soon as each session opens.',
    },
    body: {
      fr: [
        'Un tarif familial s’applique dès le deuxième enfant. Une aide financière est offerte aux familles à faible revenu, en toute confidentialité.',
      ],
      en: [
        'A family rate applies from the second child. Financial help is available to low-income families, in confidence.',
      ],
    },
    faq: {
      fr: [
        {
          question: 'Puis-je être remboursé si j’annule?',
          answer: 'Oui, avant le deuxième cours, moins des frais d’administration de 10 $.',
        },
      ],
      en: [
        {
          question: 'Can I get a refund if I cancel?',
          answer: 'Yes, before the second class, less a $10 administration fee.',
        },
      ],
    },
    contact: { phone: '819 555-0130', email: 'loisirs@lac-azur.example' },
    keywords: {
      fr: 'inscription, cours, session, programmation',
      en: 'registration, classes, session, program',
    },
  },
  {
    parent: 'inscriptions-activites',
    department: 'loisirs-culture',
    slug: { fr: 'camp-de-jour', en: 'day-camp' },
    title: { fr: 'Camp de jour', en: 'Day camp' },
    summary: {
      fr: 'Sept semaines d’été et la semaine de relâche pour les enfants de 5 à 12 ans, avec service de garde.',
      en: 'Seven summer weeks and spring break for children aged 5 to 12, with before- and after-care.',
    },
    body: {
      fr: [
        'Le camp a lieu à l’école du Plateau, de 9 h à 16 h. Le service de garde ouvre à 7 h et ferme à 18 h.',
        'Un accompagnement est offert aux enfants ayant des besoins particuliers : indiquez-le lors de l’inscription.',
      ],
      en: [
        'The camp is held at École du Plateau, 9 a.m. to 4 p.m. Care opens at 7 a.m. and closes at 6 p.m.',
        'Support is offered to children with special needs: say so when registering.',
      ],
    },
    steps: {
      fr: [
        {
          title: 'Créez votre dossier familial',
          text: 'Dans le portail citoyen, avant le jour des inscriptions.',
        },
        {
          title: 'Inscrivez-vous le jour de l’ouverture',
          text: 'À partir de 9 h; les places partent vite.',
        },
        {
          title: 'Remplissez la fiche santé',
          text: 'Au plus tard deux semaines avant le début du camp.',
        },
      ],
      en: [
        {
          title: 'Create your family account',
          text: 'In the citizen portal, before registration day.',
        },
        { title: 'Register on opening day', text: 'From 9 a.m.; spots go fast.' },
        { title: 'Fill in the health form', text: 'At least two weeks before camp starts.' },
      ],
    },
    faq: {
      fr: [
        {
          question: 'Combien coûte le camp?',
          answer:
            '95 $ par semaine pour le premier enfant, 80 $ pour les suivants; le service de garde coûte 30 $ par semaine.',
        },
        {
          question: 'Mon enfant doit-il apporter son dîner?',
          answer: 'Oui, un dîner froid et deux collations, sans noix.',
        },
      ],
      en: [
        {
          question: 'How much does camp cost?',
          answer:
            '$95 a week for the first child, $80 for each additional child; care is $30 a week.',
        },
        {
          question: 'Does my child bring lunch?',
          answer: 'Yes, a cold lunch and two nut-free snacks.',
        },
      ],
    },
    contact: { phone: '819 555-0130', email: 'loisirs@lac-azur.example' },
    keywords: {
      fr: 'camp de jour, été, relâche, enfants, service de garde',
      en: 'day camp, summer, spring break, children, childcare',
    },
  },
  {
    parent: 'loisirs-culture',
    department: 'loisirs-culture',
    slug: { fr: 'parcs-patinoires', en: 'parks-rinks' },
    title: { fr: 'Parcs, plage et patinoires', en: 'Parks, beach and rinks' },
    summary: {
      fr: 'Vingt-deux parcs, une plage surveillée l’été et cinq patinoires extérieures l’hiver.',
      en: 'Twenty-two parks, a supervised beach in summer and five outdoor rinks in winter.',
    },
    body: {
      fr: [
        'Les parcs sont ouverts de 7 h à 23 h. La plage municipale est surveillée de 11 h à 18 h, de la Saint-Jean à la fête du Travail.',
        'L’état des patinoires est mis à jour chaque matin à 9 h.',
      ],
      en: [
        'Parks are open 7 a.m. to 11 p.m. The municipal beach is supervised 11 a.m. to 6 p.m., from Saint-Jean-Baptiste Day to Labour Day.',
        'Rink conditions are updated every morning at 9.',
      ],
    },
    contact: { phone: '819 555-0130' },
    keywords: {
      fr: 'parc, plage, patinoire, jeux d’eau, sentier',
      en: 'park, beach, rink, splash pad, trail',
    },
  },
  // 6. Taxes et évaluation
  {
    department: 'greffe',
    slug: { fr: 'taxes-evaluation', en: 'taxes-assessment' },
    title: { fr: 'Taxes et évaluation', en: 'Taxes and assessment' },
    summary: {
      fr: 'Compte de taxes, paiements, rôle d’évaluation et demandes de révision.',
      en: 'Tax bills, payments, the assessment roll and review requests.',
    },
    body: {
      fr: [
        'Le compte de taxes foncières est posté à la fin de février. Il est payable en quatre versements.',
      ],
      en: [
        'The property tax bill is mailed at the end of February. It can be paid in four instalments.',
      ],
    },
    hours: officeHours,
    contact: { phone: '819 555-0165', email: 'taxation@lac-azur.example', place: cityHall },
    keywords: { fr: 'taxes, impôt foncier, évaluation', en: 'taxes, property tax, assessment' },
  },
  {
    parent: 'taxes-evaluation',
    department: 'greffe',
    slug: { fr: 'compte-taxes', en: 'tax-bill' },
    title: { fr: 'Payer son compte de taxes', en: 'Paying your tax bill' },
    summary: {
      fr: 'Quatre versements : 31 mars, 31 mai, 31 juillet et 30 septembre. Payez en ligne, par la poste ou au comptoir.',
      en: 'Four instalments: March 31, May 31, July 31 and September 30. Pay online, by mail or at the counter.',
    },
    body: {
      fr: [
        'Un versement en retard porte intérêt au taux annuel de 10 %, plus une pénalité de 5 %, sur ce versement seulement.',
      ],
      en: [
        'A late instalment bears interest at 10% a year plus a 5% penalty, on that instalment only.',
      ],
    },
    steps: {
      fr: [
        {
          title: 'Trouvez votre numéro de matricule',
          text: 'Il figure en haut à droite du compte de taxes (18 chiffres).',
        },
        {
          title: 'Ajoutez la Ville comme fournisseur',
          text: 'Dans votre institution financière, sous « Lac-Azur (Ville) – taxes ».',
        },
        {
          title: 'Payez chaque versement',
          text: 'Trois jours ouvrables avant l’échéance pour qu’il arrive à temps.',
        },
      ],
      en: [
        {
          title: 'Find your roll number',
          text: 'It is in the top right corner of the tax bill (18 digits).',
        },
        {
          title: 'Add the City as a payee',
          text: 'At your bank, under “Lac-Azur (Ville) – taxes”.',
        },
        {
          title: 'Pay each instalment',
          text: 'Three business days before the due date so it arrives on time.',
        },
      ],
    },
    faq: {
      fr: [
        {
          question: 'J’ai vendu ma maison. Qui paie le prochain versement?',
          answer:
            'Le notaire répartit les taxes entre vendeur et acheteur; le compte suit la propriété.',
        },
      ],
      en: [
        {
          question: 'I sold my house. Who pays the next instalment?',
          answer:
            'The notary splits the taxes between seller and buyer; the bill follows the property.',
        },
      ],
    },
    hours: officeHours,
    contact: { phone: '819 555-0165', email: 'taxation@lac-azur.example', place: cityHall },
    keywords: {
      fr: 'compte de taxes, paiement, versement, matricule, intérêts',
      en: 'tax bill, payment, instalment, roll number, interest',
    },
    isFeatured: true,
  },
  {
    parent: 'taxes-evaluation',
    department: 'greffe',
    slug: { fr: 'role-evaluation', en: 'assessment-roll' },
    title: { fr: 'Rôle d’évaluation foncière', en: 'Property assessment roll' },
    summary: {
      fr: 'La valeur de chaque propriété, établie tous les trois ans par la MRC; consultez celle de votre immeuble.',
      en: 'Every property’s value, set every three years by the RCM; look up your building’s.',
    },
    body: {
      fr: [
        'Le rôle 2026-2027-2028 est entré en vigueur le 1er janvier 2026. L’évaluation reflète la valeur marchande au 1er juillet 2024.',
      ],
      en: [
        'The 2026-2027-2028 roll took effect on January 1, 2026. Assessments reflect market value on July 1, 2024.',
      ],
    },
    contact: { phone: '819 555-0165', email: 'taxation@lac-azur.example' },
    keywords: {
      fr: 'évaluation, rôle, valeur foncière, MRC',
      en: 'assessment, roll, property value, RCM',
    },
  },
  {
    parent: 'role-evaluation',
    department: 'greffe',
    slug: { fr: 'revision-evaluation', en: 'assessment-review' },
    title: { fr: 'Demande de révision de l’évaluation', en: 'Assessment review request' },
    summary: {
      fr: 'Vous contestez l’évaluation de votre propriété? Déposez une demande de révision avant le 1er mai suivant l’entrée en vigueur du rôle.',
      en: 'Disagree with your property’s assessment? File a review request before May 1 after the roll takes effect.',
    },
    body: {
      fr: [
        'Des frais de 75 $ à 300 $ s’appliquent selon la valeur inscrite; ils sont remboursés si la demande est acceptée en entier.',
      ],
      en: [
        'A fee of $75 to $300 applies depending on the assessed value; it is refunded if the request is fully granted.',
      ],
    },
    steps: {
      fr: [
        {
          title: 'Consultez votre fiche',
          text: 'Vérifiez les caractéristiques inscrites : superficie, année de construction, dépendances.',
        },
        {
          title: 'Remplissez le formulaire prescrit',
          text: 'Formulaire officiel de demande de révision, disponible au comptoir.',
        },
        {
          title: 'Déposez-le avec les frais',
          text: 'En personne ou par courrier recommandé à la MRC.',
        },
      ],
      en: [
        {
          title: 'Review your property record',
          text: 'Check the listed features: area, year built, outbuildings.',
        },
        {
          title: 'Fill in the prescribed form',
          text: 'The official review request form, available at the counter.',
        },
        { title: 'File it with the fee', text: 'In person or by registered mail to the RCM.' },
      ],
    },
    contact: { phone: '819 555-0165', email: 'taxation@lac-azur.example' },
    keywords: {
      fr: 'révision, contestation, évaluation, plainte',
      en: 'review, appeal, assessment, complaint',
    },
  },
  // 7. Sécurité publique
  {
    department: 'securite-incendie',
    slug: { fr: 'securite-publique', en: 'public-safety' },
    title: { fr: 'Sécurité publique', en: 'Public safety' },
    summary: {
      fr: 'Prévention des incendies, feux extérieurs et préparation aux urgences.',
      en: 'Fire prevention, outdoor fires and emergency preparedness.',
    },
    body: {
      fr: [
        'En cas d’urgence, composez le 911. Pour une question de prévention, joignez le Service de sécurité incendie pendant les heures de bureau.',
      ],
      en: [
        'In an emergency, call 911. For a prevention question, reach the Fire Department during office hours.',
      ],
    },
    contact: { phone: '819 555-0150', email: 'incendie@lac-azur.example' },
    keywords: {
      fr: 'sécurité, pompiers, urgence, incendie',
      en: 'safety, firefighters, emergency, fire',
    },
  },
  {
    parent: 'securite-publique',
    department: 'securite-incendie',
    slug: { fr: 'prevention-incendies', en: 'fire-prevention' },
    title: { fr: 'Prévention des incendies', en: 'Fire prevention' },
    summary: {
      fr: 'Visites résidentielles, ramonage et conseils pour protéger votre famille.',
      en: 'Home visits, chimney sweeping and advice to keep your family safe.',
    },
    body: {
      fr: [
        'Les pompiers visitent chaque résidence une fois tous les cinq ans. Faites ramoner votre cheminée au moins une fois par année.',
      ],
      en: [
        'Firefighters visit every home once every five years. Have your chimney swept at least once a year.',
      ],
    },
    contact: { phone: '819 555-0150', email: 'incendie@lac-azur.example' },
    keywords: {
      fr: 'prévention, ramonage, cheminée, visite',
      en: 'prevention, chimney sweeping, chimney, visit',
    },
  },
  {
    parent: 'prevention-incendies',
    department: 'securite-incendie',
    slug: { fr: 'avertisseurs-fumee', en: 'smoke-alarms' },
    title: {
      fr: 'Avertisseurs de fumée et de monoxyde de carbone',
      en: 'Smoke and carbon monoxide alarms',
    },
    summary: {
      fr: 'Un avertisseur de fumée par étage est obligatoire; un avertisseur de CO l’est si vous avez un appareil à combustion.',
      en: 'One smoke alarm per floor is required; a CO alarm is required if you have a fuel-burning appliance.',
    },
    body: {
      fr: [
        'Testez vos avertisseurs chaque mois et changez les piles aux changements d’heure. Remplacez l’avertisseur après dix ans.',
      ],
      en: [
        'Test your alarms every month and change the batteries when the clocks change. Replace an alarm after ten years.',
      ],
    },
    faq: {
      fr: [
        {
          question: 'Mon avertisseur sonne sans raison.',
          answer:
            'Dépoussiérez-le et changez la pile. S’il continue, remplacez-le : il est peut-être en fin de vie.',
        },
      ],
      en: [
        {
          question: 'My alarm goes off for no reason.',
          answer:
            'Dust it and change the battery. If it keeps going off, replace it: it may be worn out.',
        },
      ],
    },
    contact: { phone: '819 555-0150' },
    keywords: {
      fr: 'avertisseur, détecteur de fumée, monoxyde, CO, pile',
      en: 'alarm, smoke detector, carbon monoxide, CO, battery',
    },
  },
  {
    parent: 'securite-publique',
    department: 'securite-incendie',
    slug: { fr: 'permis-feu', en: 'outdoor-fire-permit' },
    title: { fr: 'Feux extérieurs et permis de brûlage', en: 'Outdoor fires and burning permits' },
    summary: {
      fr: 'Les feux dans un foyer extérieur avec pare-étincelles sont permis; un feu à ciel ouvert exige un permis gratuit.',
      en: 'Fires in an outdoor fireplace with a spark screen are allowed; an open fire needs a free permit.',
    },
    body: {
      fr: [
        'Aucun feu n’est permis quand la SOPFEU décrète une interdiction ou quand le vent dépasse 20 km/h.',
      ],
      en: ['No fire is allowed when SOPFEU declares a ban or when the wind is over 20 km/h.'],
    },
    steps: {
      fr: [
        { title: 'Vérifiez l’indice de danger', text: 'Sur le site de la SOPFEU, le jour même.' },
        {
          title: 'Demandez le permis',
          text: 'Par téléphone au Service de sécurité incendie, au moins 48 heures avant.',
        },
        {
          title: 'Gardez de l’eau à portée de main',
          text: 'Un boyau ou des seaux, et restez près du feu jusqu’à son extinction complète.',
        },
      ],
      en: [
        { title: 'Check the fire danger rating', text: 'On SOPFEU’s website, on the day.' },
        {
          title: 'Request the permit',
          text: 'By phone from the Fire Department, at least 48 hours ahead.',
        },
        {
          title: 'Keep water nearby',
          text: 'A hose or buckets, and stay by the fire until it is completely out.',
        },
      ],
    },
    contact: { phone: '819 555-0150', email: 'incendie@lac-azur.example' },
    keywords: {
      fr: 'feu, brûlage, foyer, feu de camp, SOPFEU',
      en: 'fire, burning, fire pit, campfire, SOPFEU',
    },
  },
  {
    parent: 'securite-publique',
    department: 'communications',
    slug: { fr: 'alertes-urgence', en: 'emergency-alerts' },
    title: { fr: 'Alertes et mesures d’urgence', en: 'Emergency alerts and preparedness' },
    summary: {
      fr: 'Abonnez-vous aux alertes et préparez une trousse d’urgence pour 72 heures.',
      en: 'Sign up for alerts and prepare a 72-hour emergency kit.',
    },
    body: {
      fr: [
        'Les alertes (avis d’ébullition, fermetures de rues, urgences) sont envoyées par courriel, texto ou appel automatisé selon votre choix.',
        'Une trousse d’urgence contient de l’eau (2 litres par personne par jour), de la nourriture non périssable, une lampe de poche, une radio à piles et vos médicaments.',
      ],
      en: [
        'Alerts (boil-water advisories, road closures, emergencies) are sent by email, text or automated call, as you choose.',
        'An emergency kit holds water (2 litres per person per day), non-perishable food, a flashlight, a battery radio and your medication.',
      ],
    },
    contact: { phone: '819 555-0100', email: 'communications@lac-azur.example' },
    keywords: {
      fr: 'alerte, urgence, trousse, sinistre, inondation',
      en: 'alert, emergency, kit, disaster, flood',
    },
  },
  // 8. Participation citoyenne
  {
    department: 'greffe',
    slug: { fr: 'participation-citoyenne', en: 'civic-participation' },
    title: { fr: 'Participation citoyenne', en: 'Civic participation' },
    summary: {
      fr: 'Assister au conseil, poser une question, donner votre avis : votre voix compte.',
      en: 'Attend council, ask a question, share your views: your voice matters.',
    },
    body: {
      fr: ['Le conseil municipal siège en public le premier lundi de chaque mois à 19 h 30.'],
      en: ['Council meets in public on the first Monday of every month at 7:30 p.m.'],
    },
    contact: { phone: '819 555-0160', email: 'greffe@lac-azur.example' },
    keywords: {
      fr: 'participation, démocratie, conseil, consultation',
      en: 'participation, democracy, council, consultation',
    },
  },
  {
    parent: 'participation-citoyenne',
    department: 'greffe',
    slug: { fr: 'seances-conseil', en: 'council-meetings' },
    title: { fr: 'Séances du conseil', en: 'Council meetings' },
    summary: {
      fr: 'Ordres du jour, procès-verbaux et webdiffusion des séances publiques du conseil.',
      en: 'Agendas, minutes and live streams of public council meetings.',
    },
    body: {
      fr: [
        'L’ordre du jour est publié le vendredi précédant la séance. Les procès-verbaux sont disponibles après leur adoption à la séance suivante.',
      ],
      en: [
        'The agenda is published the Friday before the meeting. Minutes are available once adopted at the following meeting.',
      ],
    },
    contact: {
      phone: '819 555-0160',
      email: 'greffe@lac-azur.example',
      place: { fr: 'Salle du conseil, hôtel de ville', en: 'Council chamber, City Hall' },
    },
    keywords: {
      fr: 'séance, conseil, procès-verbal, ordre du jour, webdiffusion',
      en: 'meeting, council, minutes, agenda, live stream',
    },
  },
  {
    parent: 'seances-conseil',
    department: 'greffe',
    slug: { fr: 'question-conseil', en: 'ask-council' },
    title: { fr: 'Poser une question au conseil', en: 'Ask council a question' },
    summary: {
      fr: 'Une période de questions de 30 minutes est réservée aux citoyens à chaque séance, sur place ou par écrit.',
      en: 'A 30-minute question period is reserved for residents at every meeting, in person or in writing.',
    },
    body: {
      fr: [
        'Les questions écrites reçues avant midi le jour de la séance sont lues par la greffière.',
      ],
      en: ['Written questions received by noon on the day of the meeting are read by the clerk.'],
    },
    steps: {
      fr: [
        {
          title: 'Inscrivez-vous à l’entrée',
          text: 'Dès 19 h, avec votre nom et le sujet de votre question.',
        },
        { title: 'Attendez qu’on vous appelle', text: 'Chaque personne dispose de trois minutes.' },
        {
          title: 'Ou écrivez-nous',
          text: 'À greffe@lac-azur.example avant midi le jour de la séance.',
        },
      ],
      en: [
        {
          title: 'Sign up at the door',
          text: 'From 7 p.m., with your name and the topic of your question.',
        },
        { title: 'Wait to be called', text: 'Each person has three minutes.' },
        {
          title: 'Or write to us',
          text: 'At greffe@lac-azur.example by noon on the day of the meeting.',
        },
      ],
    },
    contact: { phone: '819 555-0160', email: 'greffe@lac-azur.example' },
    keywords: {
      fr: 'question, période de questions, conseil, élus',
      en: 'question, question period, council, elected officials',
    },
  },
  {
    parent: 'participation-citoyenne',
    department: 'communications',
    slug: { fr: 'consultations-publiques', en: 'public-consultations' },
    title: { fr: 'Consultations publiques', en: 'Public consultations' },
    summary: {
      fr: 'Plans d’urbanisme, parcs, budget participatif : les projets sur lesquels la Ville vous consulte.',
      en: 'Planning, parks, participatory budget: the projects the City is asking you about.',
    },
    body: {
      fr: [
        'Chaque consultation comprend une séance d’information et un questionnaire en ligne ouvert au moins trois semaines. Un rapport est publié à la fin.',
      ],
      en: [
        'Every consultation includes an information session and an online questionnaire open for at least three weeks. A report is published at the end.',
      ],
    },
    contact: { phone: '819 555-0100', email: 'communications@lac-azur.example' },
    keywords: {
      fr: 'consultation, sondage, budget participatif, avis',
      en: 'consultation, survey, participatory budget, feedback',
    },
  },
  {
    parent: 'participation-citoyenne',
    department: 'communications',
    slug: { fr: 'plainte-signalement', en: 'complaint-report' },
    requestType: 'service-complaint',
    title: { fr: 'Faire une requête ou une plainte', en: 'Make a request or complaint' },
    summary: {
      fr: 'Un problème dans votre rue, une question ou une insatisfaction : faites une requête et suivez-la en ligne.',
      en: 'A problem on your street, a question or a complaint: submit a request and follow it online.',
    },
    body: {
      fr: [
        'Chaque requête reçoit un numéro et est transmise au service responsable. Vous êtes avisé à chaque étape, jusqu’à sa fermeture.',
      ],
      en: [
        'Each request gets a number and goes to the department in charge. You are notified at each step until it is closed.',
      ],
    },
    hours: officeHours,
    contact: { phone: '819 555-0100', email: 'info@lac-azur.example', place: cityHall },
    keywords: {
      fr: 'requête, plainte, signalement, 311, demande',
      en: 'request, complaint, report, 311',
    },
  },
]
