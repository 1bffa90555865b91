/** Cache tag names shared by the data functions that tag reads and the hooks that revalidate them. */
export const tags = {
  siteSettings: 'site-settings',
  departments: 'departments',
  sectors: 'sectors',
  news: 'news',
  notices: 'notices',
  events: 'events',
  services: 'services',
  pages: 'pages',
  schedules: 'schedules',
} as const

export type CacheTag = (typeof tags)[keyof typeof tags]
