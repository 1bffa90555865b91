import type { Block, Field } from 'payload'

/** Every question type a survey may ask, the block slug being the type stored with the answers. */
export const questionTypes = [
  'singleChoice',
  'multipleChoice',
  'rating',
  'yesNo',
  'shortText',
  'longText',
  'ranking',
] as const
export type QuestionType = (typeof questionTypes)[number]

/** Types whose answers are counted on the public results; free text is never shown publicly. */
export const countedTypes: readonly QuestionType[] = [
  'singleChoice',
  'multipleChoice',
  'rating',
  'yesNo',
  'ranking',
]

const common: Field[] = [
  {
    name: 'question',
    type: 'text',
    localized: true,
    required: true,
    maxLength: 300,
    label: { fr: 'Question', en: 'Question' },
  },
  {
    name: 'help',
    type: 'text',
    localized: true,
    maxLength: 300,
    label: { fr: 'Aide (facultatif)', en: 'Help text (optional)' },
  },
  {
    name: 'required',
    type: 'checkbox',
    defaultValue: true,
    label: { fr: 'Réponse obligatoire', en: 'Answer required' },
  },
]

/** The options' row ids are what the form sends and what answers store: the same in both languages. */
const options = (minRows: number): Field => ({
  name: 'options',
  type: 'array',
  required: true,
  minRows,
  maxRows: 20,
  label: { fr: 'Choix', en: 'Options' },
  labels: { singular: { fr: 'Choix', en: 'Option' }, plural: { fr: 'Choix', en: 'Options' } },
  fields: [
    {
      name: 'label',
      type: 'text',
      localized: true,
      required: true,
      maxLength: 200,
      label: { fr: 'Libellé', en: 'Label' },
    },
  ],
})

const block = (
  slug: QuestionType,
  labels: { fr: string; en: string },
  fields: Field[] = [],
): Block => ({
  slug,
  interfaceName: `Survey${slug[0]!.toUpperCase()}${slug.slice(1)}Question`,
  labels: { singular: labels, plural: labels },
  fields: [...common, ...fields],
})

export const questionBlocks: Block[] = [
  block('singleChoice', { fr: 'Choix unique', en: 'Single choice' }, [options(2)]),
  block('multipleChoice', { fr: 'Choix multiples', en: 'Multiple choice' }, [
    options(2),
    {
      name: 'maxChoices',
      type: 'number',
      min: 1,
      max: 20,
      label: {
        fr: 'Nombre maximal de choix (facultatif)',
        en: 'Maximum number of choices (optional)',
      },
    },
  ]),
  block('rating', { fr: 'Échelle de notation', en: 'Rating scale' }, [
    {
      type: 'row',
      fields: [
        {
          name: 'scaleMin',
          type: 'number',
          required: true,
          defaultValue: () => 1,
          min: 0,
          max: 1,
          label: { fr: 'De', en: 'From' },
        },
        {
          name: 'scaleMax',
          type: 'number',
          required: true,
          defaultValue: () => 5,
          min: 2,
          max: 10,
          label: { fr: 'À', en: 'To' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'minLabel',
          type: 'text',
          localized: true,
          required: true,
          maxLength: 60,
          label: { fr: 'Libellé du bas', en: 'Low end label' },
        },
        {
          name: 'maxLabel',
          type: 'text',
          localized: true,
          required: true,
          maxLength: 60,
          label: { fr: 'Libellé du haut', en: 'High end label' },
        },
      ],
    },
  ]),
  block('yesNo', { fr: 'Oui ou non', en: 'Yes or no' }),
  block('shortText', { fr: 'Texte court', en: 'Short text' }),
  block('longText', { fr: 'Texte long', en: 'Long text' }),
  block('ranking', { fr: 'Classement', en: 'Ranking' }, [options(2)]),
]
