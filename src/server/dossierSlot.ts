/** Where the dashboard goes in its cached layout (src/app/(frontend)/[locale]/gabarit-dossier). */
export const dashboardSlot = {
  id: 'vo-dossier-slot',
  html: '<div id="vo-dossier-slot"></div>',
  /** The layout's address, per language. */
  path: (locale: string) => `/${locale}/gabarit-dossier`,
} as const

/** The global the Next bundle lends the dashboard's loader under (src/lib/data/dashboard.ts). */
export const dashboardFastPathKey = Symbol.for('ville-ouverte.dashboard-fast-path')
