import type { CollectionConfig, Config, Plugin } from 'payload'

import { withQuebecDates, withQuebecSchedule } from './dates'

/** Admin components are referenced by path from the project root (Payload's import map). */
export const publishButtonPath = '/src/admin/components/PublishButton#PublishButton'

const isScheduled = (collection: CollectionConfig) =>
  typeof collection.versions === 'object' &&
  typeof collection.versions.drafts === 'object' &&
  Boolean(collection.versions.drafts.schedulePublish)

/**
 * The admin as the city's staff read it, applied to every collection and global (the plugins'
 * included, so it runs after them): dates in the Quebec style in every date field, and, where
 * publication can be scheduled, the scheduling drawer's times in the same style and "Publier"
 * chosen for a draft never published (components/PublishButton). The formats themselves and the
 * city's time zone are in payload.config.ts (`admin.dateFormat`, `admin.timezones`).
 */
export const quebecAdmin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const withDates: CollectionConfig = {
        ...collection,
        fields: withQuebecDates(collection.fields),
      }
      if (!isScheduled(collection) || typeof collection.versions !== 'object') return withDates
      const components = collection.admin?.components
      return {
        ...withDates,
        versions: {
          ...collection.versions,
          drafts: withQuebecSchedule(
            collection.versions.drafts,
          ) as typeof collection.versions.drafts,
        },
        admin: {
          ...collection.admin,
          components: {
            ...components,
            edit: {
              ...components?.edit,
              PublishButton: components?.edit?.PublishButton ?? publishButtonPath,
            },
          },
        },
      }
    }),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      fields: withQuebecDates(global.fields),
    })),
  })
