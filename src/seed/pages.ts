type Bilingual = { fr: string; en: string }
type Link = { label: string; url: string }

export type SeedBlock =
  | { blockType: 'content'; text: string[] }
  | { blockType: 'callout'; tone: 'info' | 'warning' | 'success'; title: string; text: string }
  | { blockType: 'linkList'; title?: string; links: Link[] }

export type SeedPage = {
  slug: Bilingual
  title: Bilingual
  summary: Bilingual
  layout: { fr: SeedBlock[]; en: SeedBlock[] }
}

const content = (...text: string[]): SeedBlock => ({ blockType: 'content', text })
const callout = (tone: 'info' | 'warning' | 'success', title: string, text: string): SeedBlock => ({
  blockType: 'callout',
  tone,
  title,
  text,
})
const links = (title: string | undefined, items: Link[]): SeedBlock => ({
  blockType: 'linkList',
  title,
  links: items,
})

/** Ten free-form pages a city's site always has, in French and English. */
export const seedPages: SeedPage[] = [
  {
    slug: { fr: 'a-propos', en: 'about' },
    title: { fr: 'À propos de Lac-Azur', en: 'About Lac-Azur' },
    summary: {
      fr: 'Une ville de 9 000 habitants entre lac et montagne, au cœur de l’Estrie.',
      en: 'A town of 9,000 people between lake and mountain, in the heart of the Eastern Townships.',
    },
    layout: {
      fr: [
        content(
          'Fondée en 1855 sur les rives du lac Azur, la ville compte aujourd’hui quatre secteurs : le Vieux-Village, Les Berges, le Plateau et le Parc-Industriel.',
          'Son économie repose sur le tourisme quatre saisons, la transformation du bois et un réseau de petites entreprises familiales.',
        ),
        links('Découvrir la ville', [
          { label: 'Histoire de Lac-Azur', url: '/fr/histoire' },
          { label: 'Conseil municipal', url: '/fr/conseil-municipal' },
          { label: 'Services aux citoyens', url: '/fr/services' },
        ]),
      ],
      en: [
        content(
          'Founded in 1855 on the shores of Lac Azur, the town now has four sectors: the Old Village, Lakeshore, the Plateau and the Industrial Park.',
          'Its economy rests on four-season tourism, wood processing and a network of small family businesses.',
        ),
        links('Discover the town', [
          { label: 'History of Lac-Azur', url: '/en/history' },
          { label: 'City council', url: '/en/city-council' },
          { label: 'Citizen services', url: '/en/services' },
        ]),
      ],
    },
  },
  {
    slug: { fr: 'conseil-municipal', en: 'city-council' },
    title: { fr: 'Conseil municipal', en: 'City council' },
    summary: {
      fr: 'La mairesse et les six conseillères et conseillers élus en novembre 2025.',
      en: 'The mayor and the six councillors elected in November 2025.',
    },
    layout: {
      fr: [
        content(
          'Le conseil est formé de la mairesse, Mme Hélène Lavoie, et de six membres élus chacun dans un district.',
          'Il adopte les règlements, le budget et les grandes orientations de la Ville lors de séances publiques mensuelles.',
        ),
        callout(
          'info',
          'Prochaine séance',
          'Le premier lundi du mois, à 19 h 30, à la salle du conseil de l’hôtel de ville. La séance est aussi diffusée en direct.',
        ),
        links('Participer', [
          {
            label: 'Séances du conseil',
            url: '/fr/services/participation-citoyenne/seances-conseil',
          },
          {
            label: 'Poser une question au conseil',
            url: '/fr/services/participation-citoyenne/seances-conseil/question-conseil',
          },
        ]),
      ],
      en: [
        content(
          'Council is made up of the mayor, Hélène Lavoie, and six members each elected in a district.',
          'It adopts bylaws, the budget and the City’s main directions at monthly public meetings.',
        ),
        callout(
          'info',
          'Next meeting',
          'The first Monday of the month at 7:30 p.m. in the council chamber at City Hall. The meeting is also streamed live.',
        ),
        links('Take part', [
          { label: 'Council meetings', url: '/en/services/civic-participation/council-meetings' },
          {
            label: 'Ask council a question',
            url: '/en/services/civic-participation/council-meetings/ask-council',
          },
        ]),
      ],
    },
  },
  {
    slug: { fr: 'declaration-accessibilite', en: 'accessibility-statement' },
    title: { fr: 'Déclaration d’accessibilité', en: 'Accessibility statement' },
    summary: {
      fr: 'Notre engagement à offrir un site utilisable par toutes et tous, et comment nous signaler un obstacle.',
      en: 'Our commitment to a site everyone can use, and how to tell us about a barrier.',
    },
    layout: {
      fr: [
        content(
          'La Ville de Lac-Azur s’engage à rendre son site Web conforme aux Règles pour l’accessibilité des contenus Web (WCAG) 2.2, niveau AA, et au standard québécois SGQRI 008.',
          'Le site fonctionne sans JavaScript, s’adapte aux petits écrans et offre un réglage de la taille du texte qui est conservé sur votre appareil.',
        ),
        callout(
          'warning',
          'Limites connues',
          'Certains documents PDF anciens, comme les procès-verbaux d’avant 2020, ne sont pas entièrement accessibles. Nous pouvons vous les fournir dans un autre format sur demande.',
        ),
        links('Nous signaler un obstacle', [
          {
            label: 'Écrire au Service des communications',
            url: 'mailto:communications@lac-azur.example',
          },
          { label: 'Téléphoner au 819 555-0100', url: 'tel:+18195550100' },
        ]),
      ],
      en: [
        content(
          'The City of Lac-Azur is committed to making its website meet the Web Content Accessibility Guidelines (WCAG) 2.2, level AA, and Quebec’s SGQRI 008 standard.',
          'The site works without JavaScript, adapts to small screens and offers a text-size setting that is kept on your device.',
        ),
        callout(
          'warning',
          'Known limitations',
          'Some older PDF documents, such as council minutes from before 2020, are not fully accessible. We can provide them in another format on request.',
        ),
        links('Tell us about a barrier', [
          {
            label: 'Write to the Communications Department',
            url: 'mailto:communications@lac-azur.example',
          },
          { label: 'Call 819 555-0100', url: 'tel:+18195550100' },
        ]),
      ],
    },
  },
  {
    slug: { fr: 'politique-confidentialite', en: 'privacy-policy' },
    title: { fr: 'Politique de confidentialité', en: 'Privacy policy' },
    summary: {
      fr: 'Les renseignements personnels que nous recueillons, pourquoi, et vos droits selon la Loi 25.',
      en: 'What personal information we collect, why, and your rights under Quebec’s Law 25.',
    },
    layout: {
      fr: [
        content(
          'La Ville recueille seulement les renseignements nécessaires pour vous rendre un service : traiter une requête, vous envoyer une alerte, vous inscrire à une activité.',
          'Le site n’utilise aucun témoin de suivi publicitaire ni outil d’analyse externe. Le réglage de la taille du texte est conservé sur votre appareil seulement.',
          'Vous pouvez demander l’accès à vos renseignements, leur correction ou leur suppression en écrivant à la responsable de la protection des renseignements personnels.',
        ),
        callout(
          'info',
          'Responsable de la protection des renseignements personnels',
          'Me Isabelle Fortin, greffière — greffe@lac-azur.example — 819 555-0160.',
        ),
      ],
      en: [
        content(
          'The City collects only the information needed to serve you: handling a request, sending you an alert, registering you for an activity.',
          'The site uses no advertising tracking cookies and no external analytics. The text-size setting is kept on your device only.',
          'You can ask to see, correct or delete your information by writing to the person in charge of the protection of personal information.',
        ),
        callout(
          'info',
          'Person in charge of the protection of personal information',
          'Isabelle Fortin, City Clerk — greffe@lac-azur.example — 819 555-0160.',
        ),
      ],
    },
  },
  {
    slug: { fr: 'nous-joindre', en: 'contact-us' },
    title: { fr: 'Nous joindre', en: 'Contact us' },
    summary: {
      fr: 'Téléphone, courriel, adresse et heures d’ouverture de l’hôtel de ville et des services municipaux.',
      en: 'Phone, email, address and opening hours of City Hall and municipal departments.',
    },
    layout: {
      fr: [
        content(
          'Hôtel de ville : 1, place de l’Hôtel-de-Ville, Lac-Azur (Québec) J0A 1B0.',
          'Ouvert du lundi au jeudi de 8 h 30 à 16 h 30, et le vendredi de 8 h 30 à 12 h.',
        ),
        callout(
          'warning',
          'Urgence',
          'Pour une urgence (incendie, accident, personne en danger), composez le 911. Pour un bris d’aqueduc ou un refoulement en dehors des heures d’ouverture, appelez le 819 555-0110.',
        ),
        links('Joindre un service', [
          { label: 'Information générale : 819 555-0100', url: 'tel:+18195550100' },
          { label: 'Travaux publics : 819 555-0110', url: 'tel:+18195550110' },
          { label: 'Urbanisme et permis : 819 555-0140', url: 'tel:+18195550140' },
          { label: 'info@lac-azur.example', url: 'mailto:info@lac-azur.example' },
        ]),
      ],
      en: [
        content(
          'City Hall: 1 Place de l’Hôtel-de-Ville, Lac-Azur, Quebec J0A 1B0.',
          'Open Monday to Thursday from 8:30 a.m. to 4:30 p.m., and Friday from 8:30 a.m. to noon.',
        ),
        callout(
          'warning',
          'Emergency',
          'For an emergency (fire, accident, person in danger), call 911. For a water main break or sewer backup after hours, call 819 555-0110.',
        ),
        links('Reach a department', [
          { label: 'General information: 819 555-0100', url: 'tel:+18195550100' },
          { label: 'Public Works: 819 555-0110', url: 'tel:+18195550110' },
          { label: 'Planning and Permits: 819 555-0140', url: 'tel:+18195550140' },
          { label: 'info@lac-azur.example', url: 'mailto:info@lac-azur.example' },
        ]),
      ],
    },
  },
  {
    slug: { fr: 'plan-du-site', en: 'site-map' },
    title: { fr: 'Plan du site', en: 'Site map' },
    summary: {
      fr: 'Toutes les sections du site en un coup d’œil.',
      en: 'Every section of the site at a glance.',
    },
    layout: {
      fr: [
        links('Sections', [
          { label: 'Accueil', url: '/fr' },
          { label: 'Services aux citoyens', url: '/fr/services' },
          { label: 'Actualités', url: '/fr/actualites' },
          { label: 'Avis publics', url: '/fr/avis' },
          { label: 'Événements', url: '/fr/evenements' },
          { label: 'Collectes', url: '/fr/collectes' },
          { label: 'Recherche', url: '/fr/recherche' },
        ]),
        links('Outils en ligne', [
          { label: 'Signaler un problème', url: '/fr/requetes/nouvelle' },
          { label: 'Requêtes', url: '/fr/requetes' },
          { label: 'Sondages', url: '/fr/sondages' },
          { label: 'Pétitions', url: '/fr/petitions' },
          { label: 'Loisirs', url: '/fr/loisirs' },
          { label: 'Mon dossier', url: '/fr/mon-dossier' },
        ]),
        links('La Ville', [
          { label: 'À propos de Lac-Azur', url: '/fr/a-propos' },
          { label: 'Conseil municipal', url: '/fr/conseil-municipal' },
          { label: 'Budget', url: '/fr/budget' },
          { label: 'Emplois', url: '/fr/emplois' },
          { label: 'Nous joindre', url: '/fr/nous-joindre' },
        ]),
      ],
      en: [
        links('Sections', [
          { label: 'Home', url: '/en' },
          { label: 'Citizen services', url: '/en/services' },
          { label: 'News', url: '/en/news' },
          { label: 'Public notices', url: '/en/notices' },
          { label: 'Events', url: '/en/events' },
          { label: 'Collections', url: '/en/collections' },
          { label: 'Search', url: '/en/search' },
        ]),
        links('Online tools', [
          { label: 'Report a problem', url: '/en/requests/new' },
          { label: 'Requests', url: '/en/requests' },
          { label: 'Surveys', url: '/en/surveys' },
          { label: 'Petitions', url: '/en/petitions' },
          { label: 'Activities', url: '/en/activities' },
          { label: 'My account', url: '/en/my-account' },
        ]),
        links('The City', [
          { label: 'About Lac-Azur', url: '/en/about' },
          { label: 'City council', url: '/en/city-council' },
          { label: 'Budget', url: '/en/budget' },
          { label: 'Jobs', url: '/en/jobs' },
          { label: 'Contact us', url: '/en/contact-us' },
        ]),
      ],
    },
  },
  {
    slug: { fr: 'acces-information', en: 'access-to-information' },
    title: { fr: 'Accès à l’information', en: 'Access to information' },
    summary: {
      fr: 'Comment obtenir un document détenu par la Ville, selon la Loi sur l’accès aux documents des organismes publics.',
      en: 'How to obtain a document held by the City under Quebec’s Act respecting access to documents held by public bodies.',
    },
    layout: {
      fr: [
        content(
          'Toute personne peut demander l’accès à un document détenu par la Ville. La demande peut être verbale ou écrite; une demande écrite permet un recours à la Commission d’accès à l’information.',
          'La Ville répond dans les 20 jours suivant la réception, délai qui peut être prolongé de 10 jours.',
        ),
        callout(
          'info',
          'Frais',
          'La demande est gratuite. Des frais de reproduction peuvent s’appliquer selon le règlement provincial.',
        ),
      ],
      en: [
        content(
          'Anyone may request access to a document held by the City. The request may be verbal or written; a written request preserves the right to appeal to the Commission d’accès à l’information.',
          'The City answers within 20 days of receipt, a delay that may be extended by 10 days.',
        ),
        callout(
          'info',
          'Fees',
          'Requests are free. Copying fees may apply under the provincial regulation.',
        ),
      ],
    },
  },
  {
    slug: { fr: 'budget', en: 'budget' },
    title: { fr: 'Budget et finances', en: 'Budget and finances' },
    summary: {
      fr: 'Le budget 2027 de 48 M$ et le programme triennal d’immobilisations, expliqués simplement.',
      en: 'The $48M 2027 budget and the three-year capital plan, explained simply.',
    },
    layout: {
      fr: [
        content(
          'Le budget 2027 s’élève à 48 millions de dollars. Les principaux postes sont la voirie et le déneigement (24 %), l’eau potable et les égouts (18 %), la sécurité publique (15 %) et les loisirs et la culture (12 %).',
          'Le programme triennal d’immobilisations prévoit 31 millions de dollars d’investissements, dont la réfection de la rue Principale et la mise aux normes de l’usine de filtration.',
        ),
        callout(
          'success',
          'Hausse limitée',
          'Pour une maison moyenne évaluée à 325 000 $, le compte de taxes augmente de 2,1 %, soit 71 $ par année.',
        ),
      ],
      en: [
        content(
          'The 2027 budget totals $48 million. The main items are roads and snow removal (24%), drinking water and sewers (18%), public safety (15%) and recreation and culture (12%).',
          'The three-year capital plan provides for $31 million in investments, including the reconstruction of Rue Principale and upgrades to the filtration plant.',
        ),
        callout(
          'success',
          'A limited increase',
          'For an average house assessed at $325,000, the tax bill rises 2.1%, or $71 a year.',
        ),
      ],
    },
  },
  {
    slug: { fr: 'emplois', en: 'jobs' },
    title: { fr: 'Emplois à la Ville', en: 'Working for the City' },
    summary: {
      fr: 'Postes permanents, emplois étudiants et banque de candidatures.',
      en: 'Permanent positions, student jobs and the applicant pool.',
    },
    layout: {
      fr: [
        content(
          'La Ville de Lac-Azur emploie 140 personnes, et jusqu’à 80 étudiantes et étudiants l’été dans les camps de jour, les parcs et à la plage.',
          'La Ville souscrit au principe d’égalité en emploi et invite les femmes, les personnes handicapées, les Autochtones et les membres des minorités visibles et ethniques à poser leur candidature.',
        ),
        callout(
          'info',
          'Emplois d’été',
          'Les candidatures pour les emplois d’été sont reçues du 15 janvier au 15 février.',
        ),
        links(undefined, [
          { label: 'Envoyer votre candidature', url: 'mailto:emplois@lac-azur.example' },
        ]),
      ],
      en: [
        content(
          'The City of Lac-Azur employs 140 people, and up to 80 students in summer at day camps, parks and the beach.',
          'The City is an equal-opportunity employer and invites women, people with disabilities, Indigenous people and members of visible and ethnic minorities to apply.',
        ),
        callout(
          'info',
          'Summer jobs',
          'Applications for summer jobs are accepted from January 15 to February 15.',
        ),
        links(undefined, [
          { label: 'Send your application', url: 'mailto:emplois@lac-azur.example' },
        ]),
      ],
    },
  },
  {
    slug: { fr: 'histoire', en: 'history' },
    title: { fr: 'Histoire de Lac-Azur', en: 'History of Lac-Azur' },
    summary: {
      fr: 'Du poste de traite au village de villégiature : 170 ans d’histoire au bord du lac.',
      en: 'From trading post to resort town: 170 years of history by the lake.',
    },
    layout: {
      fr: [
        content(
          'Le territoire est fréquenté depuis des millénaires par les Abénakis, qui nommaient le lac d’après la couleur de ses eaux.',
          'Le village se forme autour d’un moulin à scie en 1855. L’arrivée du chemin de fer en 1888 attire les premiers villégiateurs, et les grands hôtels du bord de l’eau ouvrent au tournant du siècle.',
          'La fusion du village et de la paroisse en 1998 donne naissance à la Ville de Lac-Azur d’aujourd’hui.',
        ),
        callout(
          'success',
          'Patrimoine',
          'Le Vieux-Village compte 48 bâtiments d’intérêt patrimonial, dont l’église Saint-Joseph (1872) et l’ancienne gare (1888).',
        ),
      ],
      en: [
        content(
          'The land has been frequented for thousands of years by the Abenaki, who named the lake after the colour of its water.',
          'The village grew around a sawmill in 1855. The railway’s arrival in 1888 brought the first summer visitors, and the grand lakeside hotels opened at the turn of the century.',
          'The 1998 merger of the village and the parish created today’s City of Lac-Azur.',
        ),
        callout(
          'success',
          'Heritage',
          'The Old Village has 48 buildings of heritage interest, including Saint-Joseph Church (1872) and the old railway station (1888).',
        ),
      ],
    },
  },
]
