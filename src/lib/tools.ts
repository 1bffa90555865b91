import type { Locale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'

/**
 * The site's online tools — what residents come to do rather than read. One list for the header's
 * top tasks, the home page, the footer, the site map and the search (where a tool is found before
 * any page by its words: "signaler", "collecte", "sondage"). Code, not content: each is a route of
 * the site, so its address cannot drift from an editor's typed link.
 */
export const tools = [
  'report',
  'collections',
  'notices',
  'account',
  'requests',
  'surveys',
  'search',
] as const
export type Tool = (typeof tools)[number]

/** The top tasks: one tap from the header and the home page. */
export const topTasks: readonly Tool[] = ['report', 'collections', 'notices', 'account', 'search']

/** What the footer and the site map list (search has its own box). */
export const listedTools: readonly Tool[] = [
  'report',
  'requests',
  'collections',
  'notices',
  'surveys',
  'account',
]

type ToolText = { label: string; description: string; keywords: string }

const text: Record<Tool, Record<Locale, ToolText>> = {
  report: {
    fr: {
      label: 'Signaler un problème',
      description:
        'Nid-de-poule, lampadaire, graffiti, fuite d’eau : faites une requête et suivez-la.',
      keywords:
        'signaler signalement problème requête plainte demande nid-de-poule lampadaire graffiti fuite bruit 311',
    },
    en: {
      label: 'Report a problem',
      description: 'Pothole, street light, graffiti, water leak: make a request and follow it.',
      keywords: 'report problem request complaint pothole street light graffiti leak noise 311',
    },
  },
  requests: {
    fr: {
      label: 'Requêtes en cours',
      description: 'Les problèmes déjà signalés près de chez vous, sur une carte.',
      keywords: 'requêtes signalements suivi carte problèmes signalés',
    },
    en: {
      label: 'Open requests',
      description: 'Problems already reported near you, on a map.',
      keywords: 'requests reports tracking map reported problems',
    },
  },
  collections: {
    fr: {
      label: 'Jours de collecte',
      description: 'Ordures, recyclage, compost et arrosage à votre adresse.',
      keywords:
        'collecte collectes ordures déchets recyclage compost bac poubelle calendrier horaire arrosage',
    },
    en: {
      label: 'Collection days',
      description: 'Garbage, recycling, compost and watering at your address.',
      keywords:
        'collection collections garbage waste trash recycling compost bin calendar schedule watering',
    },
  },
  notices: {
    fr: {
      label: 'Avis publics',
      description: 'Avis d’ébullition, fermetures de rue, déneigement : ce qui est en vigueur.',
      keywords: 'avis alerte alertes urgence ébullition fermeture entrave',
    },
    en: {
      label: 'Public notices',
      description: 'Boil-water advisories, road closures, snow removal: what is in force.',
      keywords: 'notice notices alert alerts emergency boil closure',
    },
  },
  surveys: {
    fr: {
      label: 'Sondages',
      description: 'Donnez votre avis sur les projets de la Ville.',
      keywords: 'sondage sondages consultation questionnaire opinion participation',
    },
    en: {
      label: 'Surveys',
      description: 'Have your say on the City’s projects.',
      keywords: 'survey surveys consultation questionnaire opinion participation',
    },
  },
  account: {
    fr: {
      label: 'Mon dossier',
      description: 'Vos requêtes, vos collectes et vos alertes par courriel ou texto.',
      keywords: 'dossier compte connexion inscription profil alertes mes requêtes',
    },
    en: {
      label: 'My account',
      description: 'Your requests, your collection days and your email or text alerts.',
      keywords: 'account sign in register profile alerts my requests',
    },
  },
  search: {
    fr: { label: 'Rechercher', description: 'Tout le site.', keywords: 'recherche rechercher' },
    en: { label: 'Search', description: 'The whole site.', keywords: 'search' },
  },
}

/** A tool's address in this language. */
export const toolHref = (locale: Locale, tool: Tool): string =>
  // Reporting a problem opens the requests section's form; every other tool is its section.
  tool === 'report'
    ? sectionHref(locale, 'requests', locale === 'fr' ? 'nouvelle' : 'new')
    : sectionHref(locale, tool)

export type ToolLink = ToolText & { tool: Tool; href: string }

export const toolLink = (locale: Locale, tool: Tool): ToolLink => ({
  tool,
  href: toolHref(locale, tool),
  ...text[tool][locale],
})

/** The tools the search offers, with the words that find them (titles and keywords). */
export const searchableTools = (locale: Locale): ToolLink[] =>
  tools.filter((tool) => tool !== 'search').map((tool) => toolLink(locale, tool))
