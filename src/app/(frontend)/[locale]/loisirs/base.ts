import { sections } from '@/i18n/routes'

/** The programme's URL segment in each language, from the city profile, for the plugin's links. */
export const activitiesBase = { fr: sections.activities.fr, en: sections.activities.en }
