import type { CollectionConfig, Config } from 'payload'

import { burstsTab, paperTab } from '../endpoints/staff'
import en from '../i18n/en.json'
import fr from '../i18n/fr.json'

/**
 * The greffe's tools in the petitions' admin, referenced by path (the import map): the moderation
 * queue above the list, and two tabs of a petition — paper entry and signing bursts. Each checks
 * the greffe's role on the server; the endpoints they post to check it again.
 */
export const staffAdmin = (admin: CollectionConfig['admin']): CollectionConfig['admin'] => ({
  ...admin,
  components: {
    ...admin?.components,
    beforeList: [
      ...(admin?.components?.beforeList ?? []),
      '/plugins/petitions/components/ModerationQueue#ModerationQueue',
    ],
    views: {
      ...admin?.components?.views,
      // The petitions collection defines no edit views of its own to keep.
      edit: {
        paper: {
          Component: '/plugins/petitions/components/PaperEntryView#PaperEntryView',
          path: `/${paperTab}`,
          tab: { label: ({ t }) => t('petitions:paperTab'), href: `/${paperTab}`, order: 150 },
        },
        bursts: {
          Component: '/plugins/petitions/components/BurstsView#BurstsView',
          path: `/${burstsTab}`,
          tab: { label: ({ t }) => t('petitions:burstsTab'), href: `/${burstsTab}`, order: 160 },
        },
      },
    },
  },
})

/** The tabs' labels in the admin's own translations (`petitions:` namespace), French and English. */
export const withStaffTabLabels = (i18n: Config['i18n']): Config['i18n'] => {
  const translations = (i18n?.translations ?? {}) as Record<string, Record<string, unknown>>
  const labels = {
    fr: { paperTab: fr.staff.paper.tab, burstsTab: fr.staff.bursts.tab },
    en: { paperTab: en.staff.paper.tab, burstsTab: en.staff.bursts.tab },
  }
  return {
    ...i18n,
    translations: {
      ...translations,
      ...Object.fromEntries(
        Object.entries(labels).map(([lang, label]) => [
          lang,
          {
            ...translations[lang],
            petitions: { ...(translations[lang]?.petitions as object), ...label },
          },
        ]),
      ),
    },
  }
}
