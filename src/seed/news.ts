type Bilingual = { fr: string; en: string }
export type SeedNews = {
  key: string
  daysAgo: number
  categories: string[]
  title: Bilingual
  summary: Bilingual
  body: { fr: string[]; en: string[] }
}

// The summary is the page's lead: the body goes on from it rather than repeating it.
const item = (
  key: string,
  daysAgo: number,
  categories: string[],
  title: Bilingual,
  summary: Bilingual,
  more: Bilingual,
): SeedNews => ({
  key,
  daysAgo,
  categories,
  title,
  summary,
  body: { fr: [more.fr], en: [more.en] },
})

/** Thirty news items over the last months, the way a communications team writes them. */
export const seedNews: SeedNews[] = [
  item(
    'budget-2027',
    2,
    ['council'],
    {
      fr: 'Budget 2027 : le compte de taxes augmente de 2,1 %',
      en: '2027 budget: tax bills rise 2.1%',
    },
    {
      fr: 'Le conseil a adopté un budget de 48 M$ axé sur la réfection des rues et l’eau potable.',
      en: 'Council adopted a $48M budget focused on street repairs and drinking water.',
    },
    {
      fr: 'Le document complet est disponible à l’hôtel de ville et en ligne.',
      en: 'The full document is available at City Hall and online.',
    },
  ),
  item(
    'collecte-sapins',
    4,
    ['environment'],
    {
      fr: 'Collecte des sapins de Noël les 8 et 15 janvier',
      en: 'Christmas tree pickup on January 8 and 15',
    },
    {
      fr: 'Déposez votre sapin sans décorations en bordure de rue avant 7 h.',
      en: 'Put your tree out by the curb, without decorations, before 7 a.m.',
    },
    {
      fr: 'Les sapins sont transformés en copeaux pour les parcs.',
      en: 'Trees are turned into wood chips for the parks.',
    },
  ),
  item(
    'patinoires',
    6,
    ['recreation'],
    { fr: 'Ouverture des patinoires extérieures', en: 'Outdoor rinks are opening' },
    {
      fr: 'Cinq patinoires ouvrent dès que le froid le permet, éclairées jusqu’à 22 h.',
      en: 'Five rinks open as soon as the cold allows, lit until 10 p.m.',
    },
    {
      fr: 'L’état des glaces est mis à jour chaque matin.',
      en: 'Ice conditions are updated every morning.',
    },
  ),
  item(
    'stationnement-hiver',
    8,
    ['public-works'],
    {
      fr: 'Stationnement de nuit interdit du 15 novembre au 1er avril',
      en: 'No overnight street parking from November 15 to April 1',
    },
    {
      fr: 'L’interdiction s’applique de minuit à 7 h lors des opérations de déneigement.',
      en: 'The ban applies from midnight to 7 a.m. during snow-clearing operations.',
    },
    {
      fr: 'Inscrivez-vous aux alertes pour savoir quand l’opération touche votre secteur.',
      en: 'Sign up for alerts to know when an operation reaches your sector.',
    },
  ),
  item(
    'seance-decembre',
    10,
    ['council'],
    {
      fr: 'Séance du conseil du 8 décembre : ordre du jour',
      en: 'December 8 council meeting: agenda',
    },
    {
      fr: 'La séance publique se tient à 19 h 30 à la salle du conseil et en webdiffusion.',
      en: 'The public meeting is at 7:30 p.m. in the council chamber and streamed online.',
    },
    {
      fr: 'Une période de questions est réservée aux citoyens.',
      en: 'A question period is reserved for residents.',
    },
  ),
  item(
    'bibliotheque-heures',
    12,
    ['recreation'],
    { fr: 'Nouvelles heures d’ouverture de la bibliothèque', en: 'New library opening hours' },
    {
      fr: 'La bibliothèque Gabrielle-Roy ouvre désormais le dimanche de 10 h à 16 h.',
      en: 'The Gabrielle-Roy library now opens on Sundays from 10 a.m. to 4 p.m.',
    },
    {
      fr: 'Le prêt de jeux de société s’ajoute à la collection.',
      en: 'Board games can now be borrowed too.',
    },
  ),
  item(
    'compost-bacs',
    15,
    ['environment'],
    {
      fr: 'Bacs bruns : distribution dans le Vieux-Village',
      en: 'Brown bins delivered in the Old Village',
    },
    {
      fr: 'Chaque adresse recevra un bac brun et un guide de tri d’ici la fin du mois.',
      en: 'Every address will receive a brown bin and a sorting guide by month’s end.',
    },
    {
      fr: 'La collecte des matières organiques commence la semaine suivante.',
      en: 'Organics collection starts the following week.',
    },
  ),
  item(
    'travaux-principale',
    18,
    ['public-works'],
    {
      fr: 'Réfection de la rue Principale : bilan des travaux',
      en: 'Rue Principale reconstruction: progress report',
    },
    {
      fr: 'La première phase est terminée; la chaussée rouvre complètement au printemps.',
      en: 'The first phase is done; the street fully reopens in the spring.',
    },
    {
      fr: 'Merci aux commerçants et aux résidents pour leur patience.',
      en: 'Thank you to merchants and residents for their patience.',
    },
  ),
  item(
    'camp-jour',
    21,
    ['recreation'],
    { fr: 'Inscriptions au camp de jour de la relâche', en: 'Spring-break day camp registration' },
    {
      fr: 'Les inscriptions ouvrent le 12 janvier à 9 h pour les enfants de 5 à 12 ans.',
      en: 'Registration opens January 12 at 9 a.m. for children aged 5 to 12.',
    },
    {
      fr: 'Un tarif réduit s’applique au deuxième enfant.',
      en: 'A reduced rate applies to the second child.',
    },
  ),
  item(
    'eau-potable-rapport',
    24,
    ['environment'],
    {
      fr: 'Qualité de l’eau potable : rapport annuel',
      en: 'Drinking water quality: annual report',
    },
    {
      fr: 'Tous les échantillons analysés cette année respectent les normes québécoises.',
      en: 'Every sample tested this year met Quebec standards.',
    },
    {
      fr: 'Le rapport détaille les analyses mois par mois.',
      en: 'The report details the tests month by month.',
    },
  ),
  item(
    'pompiers-prevention',
    27,
    ['safety'],
    { fr: 'Visites de prévention des pompiers', en: 'Firefighters’ prevention visits' },
    {
      fr: 'Les pompiers vérifieront les avertisseurs de fumée dans Les Berges cet hiver.',
      en: 'Firefighters will check smoke alarms in Lakeshore this winter.',
    },
    {
      fr: 'Les visites se font en semaine, de 9 h à 19 h.',
      en: 'Visits take place on weekdays from 9 a.m. to 7 p.m.',
    },
  ),
  item(
    'marche-noel',
    30,
    ['recreation'],
    {
      fr: 'Le marché de Noël revient sur la place de l’Église',
      en: 'The Christmas market returns to Place de l’Église',
    },
    {
      fr: 'Trente artisans locaux vous attendent les fins de semaine de décembre.',
      en: 'Thirty local artisans welcome you on December weekends.',
    },
    {
      fr: 'Navette gratuite depuis le stationnement de l’aréna.',
      en: 'Free shuttle from the arena parking lot.',
    },
  ),
  item(
    'plan-urbanisme',
    34,
    ['council'],
    { fr: 'Consultation sur le plan d’urbanisme', en: 'Consultation on the planning bylaw' },
    {
      fr: 'Donnez votre avis sur l’avenir du secteur de la gare d’ici le 31 janvier.',
      en: 'Share your views on the future of the station area by January 31.',
    },
    {
      fr: 'Une séance d’information a lieu au centre communautaire.',
      en: 'An information session is held at the community centre.',
    },
  ),
  item(
    'feuilles-mortes',
    38,
    ['environment'],
    {
      fr: 'Dernière collecte de feuilles mortes de la saison',
      en: 'Last leaf collection of the season',
    },
    {
      fr: 'Utilisez des sacs en papier; les sacs de plastique ne sont pas ramassés.',
      en: 'Use paper bags; plastic bags are not picked up.',
    },
    {
      fr: 'Les feuilles sont compostées au site municipal.',
      en: 'Leaves are composted at the municipal site.',
    },
  ),
  item(
    'piste-cyclable',
    42,
    ['public-works'],
    {
      fr: 'Une nouvelle piste cyclable relie le Plateau au lac',
      en: 'A new bike path links the Plateau to the lake',
    },
    {
      fr: 'Le tronçon de 3 km longe l’avenue des Cèdres et rejoint la plage municipale.',
      en: 'The 3 km stretch runs along Avenue des Cèdres to the municipal beach.',
    },
    {
      fr: 'Des supports à vélos ont été ajoutés au parc.',
      en: 'Bike racks were added at the park.',
    },
  ),
  item(
    'aines-activites',
    46,
    ['recreation'],
    { fr: 'Activités pour les aînés cet automne', en: 'Fall activities for seniors' },
    {
      fr: 'Aquaforme, tai-chi et ateliers numériques sont offerts au centre communautaire.',
      en: 'Aquafit, tai chi and digital workshops are offered at the community centre.',
    },
    {
      fr: 'Les ateliers numériques aident à utiliser le portail citoyen.',
      en: 'The digital workshops help with the citizen portal.',
    },
  ),
  item(
    'permis-en-ligne',
    50,
    ['announcements'],
    { fr: 'Demandez vos permis de rénovation en ligne', en: 'Apply for renovation permits online' },
    {
      fr: 'Les demandes de permis simples se font maintenant en ligne, sans déplacement.',
      en: 'Simple permit applications can now be made online, without a trip to City Hall.',
    },
    {
      fr: 'Le délai de traitement visé est de dix jours ouvrables.',
      en: 'The target processing time is ten business days.',
    },
  ),
  item(
    'nids-de-poule',
    54,
    ['public-works'],
    { fr: 'Signalez les nids-de-poule en quelques clics', en: 'Report potholes in a few clicks' },
    {
      fr: 'Une photo et l’adresse suffisent : l’équipe des travaux publics s’en occupe.',
      en: 'A photo and the address are enough: public works takes it from there.',
    },
    {
      fr: 'Suivez votre demande jusqu’à sa résolution.',
      en: 'Follow your request until it is resolved.',
    },
  ),
  item(
    'halloween',
    58,
    ['safety'],
    { fr: 'Halloween en toute sécurité', en: 'A safe Halloween' },
    {
      fr: 'Les policiers patrouilleront les rues résidentielles de 16 h à 21 h.',
      en: 'Police will patrol residential streets from 4 p.m. to 9 p.m.',
    },
    {
      fr: 'Portez des vêtements visibles et restez sur les trottoirs.',
      en: 'Wear visible clothing and stay on sidewalks.',
    },
  ),
  item(
    'arbres-plantation',
    62,
    ['environment'],
    { fr: 'Mille arbres plantés cette année', en: 'A thousand trees planted this year' },
    {
      fr: 'Érables, chênes et tilleuls ont été plantés dans les quatre secteurs.',
      en: 'Maples, oaks and lindens were planted in all four sectors.',
    },
    {
      fr: 'Un arbre gratuit est offert aux propriétaires au printemps.',
      en: 'A free tree is offered to homeowners in the spring.',
    },
  ),
  item(
    'aréna-renovation',
    66,
    ['recreation'],
    { fr: 'L’aréna rouvre après sa rénovation', en: 'The arena reopens after renovation' },
    {
      fr: 'Nouveau système de réfrigération, vestiaires accessibles et gradins chauffés.',
      en: 'New refrigeration, accessible locker rooms and heated stands.',
    },
    {
      fr: 'Le patinage libre reprend le samedi après-midi.',
      en: 'Public skating resumes on Saturday afternoons.',
    },
  ),
  item(
    'elections-resultats',
    70,
    ['council'],
    { fr: 'Résultats de l’élection partielle du district 3', en: 'District 3 by-election results' },
    {
      fr: 'La nouvelle conseillère sera assermentée à la prochaine séance.',
      en: 'The new councillor will be sworn in at the next meeting.',
    },
    { fr: 'Le taux de participation a atteint 41 %.', en: 'Turnout reached 41%.' },
  ),
  item(
    'borne-recharge',
    74,
    ['environment'],
    { fr: 'Six nouvelles bornes de recharge', en: 'Six new charging stations' },
    {
      fr: 'Des bornes pour véhicules électriques sont installées à l’hôtel de ville et à l’aréna.',
      en: 'Electric-vehicle chargers are installed at City Hall and the arena.',
    },
    { fr: 'La recharge coûte 1 $ de l’heure.', en: 'Charging costs $1 per hour.' },
  ),
  item(
    'fete-nationale',
    80,
    ['recreation'],
    { fr: 'Bilan de la Fête nationale', en: 'Fête nationale wrap-up' },
    {
      fr: 'Plus de 4 000 personnes ont célébré au parc du Lac.',
      en: 'More than 4,000 people celebrated at Parc du Lac.',
    },
    { fr: 'Merci aux bénévoles et aux partenaires.', en: 'Thank you to volunteers and partners.' },
  ),
  item(
    'compteurs-eau',
    86,
    ['public-works'],
    {
      fr: 'Installation de compteurs d’eau dans les commerces',
      en: 'Water meters installed in businesses',
    },
    {
      fr: 'Les compteurs aident à repérer les fuites et à réduire la consommation.',
      en: 'Meters help find leaks and reduce consumption.',
    },
    {
      fr: 'Un technicien prendra rendez-vous avec chaque commerce.',
      en: 'A technician will book a visit with each business.',
    },
  ),
  item(
    'plage-qualite',
    92,
    ['environment'],
    { fr: 'Qualité de l’eau de la plage municipale', en: 'Water quality at the municipal beach' },
    {
      fr: 'La baignade est permise : les analyses hebdomadaires sont excellentes.',
      en: 'Swimming is allowed: weekly tests are excellent.',
    },
    {
      fr: 'Les résultats sont affichés à l’entrée de la plage.',
      en: 'Results are posted at the beach entrance.',
    },
  ),
  item(
    'sentiers-montagne',
    98,
    ['recreation'],
    { fr: 'Les sentiers de la montagne sont balisés', en: 'Mountain trails are now marked' },
    {
      fr: 'Douze kilomètres de sentiers balisés mènent au belvédère.',
      en: 'Twelve kilometres of marked trails lead to the lookout.',
    },
    {
      fr: 'Une carte est offerte au chalet d’accueil.',
      en: 'A map is available at the welcome chalet.',
    },
  ),
  item(
    'alerte-inscription',
    104,
    ['announcements'],
    { fr: 'Recevez les alertes de votre secteur', en: 'Get alerts for your sector' },
    {
      fr: 'Avis d’ébullition, fermetures de rues et déneigement : choisissez courriel ou texto.',
      en: 'Boil-water advisories, road closures and snow clearing: choose email or text.',
    },
    { fr: 'L’inscription prend deux minutes.', en: 'Signing up takes two minutes.' },
  ),
  item(
    'ecocentre-horaire',
    110,
    ['environment'],
    { fr: 'Horaire d’été de l’écocentre', en: 'Summer hours at the ecocentre' },
    {
      fr: 'L’écocentre ouvre du mardi au samedi, de 8 h à 17 h.',
      en: 'The ecocentre is open Tuesday to Saturday, 8 a.m. to 5 p.m.',
    },
    { fr: 'Une preuve de résidence est demandée.', en: 'Proof of residence is required.' },
  ),
  item(
    'site-web',
    120,
    ['announcements'],
    { fr: 'Un nouveau site web pour Lac-Azur', en: 'A new website for Lac-Azur' },
    {
      fr: 'Plus simple, plus rapide et pensé d’abord pour le téléphone.',
      en: 'Simpler, faster and designed for phones first.',
    },
    { fr: 'Dites-nous ce que vous en pensez.', en: 'Tell us what you think.' },
  ),
]
