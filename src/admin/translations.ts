import type { Config } from 'payload'

type Translations = NonNullable<NonNullable<Config['i18n']>['translations']>

/**
 * Corrections to Payload's own French, given to `i18n.translations` (merged over Payload's strings,
 * nothing forked). Payload 3.90's French translated two placeholders ("{{titre}}",
 * "{{étiquette}}"), so the values never reached the text: staff read "Programmer la publication
 * pour {{titre}}". tests/unit/adminLanguage.test.ts checks that French strings use only the
 * placeholders Payload fills in.
 */
export const adminTranslations: Translations = {
  fr: {
    general: {
      schedulePublishFor: 'Programmer la publication pour {{title}}',
      // "Temps" is duration; the scheduling drawer asks for a moment.
      time: 'Date et heure',
      // Shown in an empty list cell, whose column already names the field: "<Pas de Agent>" read badly
      // (and "Pas de" elides before a vowel: "Échéance").
      noLabel: 'Non renseigné',
      // The content's language (the header's selector, the drawers), not "Paramètres régionaux" or "lieu".
      locale: 'Langue du contenu',
      locales: 'Langues du contenu',
    },
    localization: {
      cannotCopySameLocale: 'Impossible de copier dans la même langue',
      copyToLocale: 'Copier vers la langue',
      localeToPublish: 'Langue à publier',
      selectLocaleToCopy: 'Choisissez la langue à copier',
      selectLocaleToDuplicate: 'Choisissez les langues à dupliquer',
    },
    version: {
      noRowsSelected: 'Aucune sélection : {{label}}',
    },
  },
}
