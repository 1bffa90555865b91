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
    },
    version: {
      noRowsSelected: 'Aucune sélection : {{label}}',
    },
  },
}
