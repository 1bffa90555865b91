import type { Field } from 'payload'

import { cityTimeZone } from '@engines/calendar'

/**
 * Dates in the admin as written in Quebec (OQLF): "10 décembre 2026, 23 h 59", "1er mai 2026".
 * date-fns patterns, formatted with the admin language's locale: French's `do` gives "1er" for the
 * first and the bare number otherwise. English staff read "10th December 2026, 23 h 59": one
 * pattern serves both languages (Payload has no per-language format), and French comes first.
 */
export const adminDateFormat = "do MMMM yyyy, H 'h' mm"
const timeFormat = "H 'h' mm"

type PickerAppearance = 'dayAndTime' | 'dayOnly' | 'default' | 'monthOnly' | 'timeOnly'

/** The date fields' own pickers, which otherwise show "déc. 10, 2026 11:59 PM". */
const displayFormats: Record<PickerAppearance, string> = {
  dayAndTime: adminDateFormat,
  dayOnly: 'do MMMM yyyy',
  default: 'do MMMM yyyy',
  monthOnly: 'MMMM yyyy',
  timeOnly: timeFormat,
}

/** The city's time zone, preselected where the admin asks for one (the scheduling drawer). */
export const adminTimezones = {
  defaultTimezone: cityTimeZone,
  supportedTimezones: [
    { label: `Heure locale de la ville — ${cityTimeZone}`, value: cityTimeZone },
  ],
}

/** Admin components are referenced by path from the project root (Payload's import map). */
export const dateFieldPath = '/src/admin/components/DateField#DateField'

/**
 * Every date field of a schema, at any depth, given the Quebec formats unless it chose its own, and
 * the field component that shows them in the admin's language from the first render.
 */
export const withQuebecDates = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'date') {
      const date = field.admin?.date
      const appearance: PickerAppearance = date?.pickerAppearance ?? 'default'
      const hasTime = appearance === 'dayAndTime' || appearance === 'timeOnly'
      return {
        ...field,
        admin: {
          ...field.admin,
          components: {
            ...field.admin?.components,
            Field: field.admin?.components?.Field ?? dateFieldPath,
          },
          date: {
            ...date,
            displayFormat: date?.displayFormat ?? displayFormats[appearance],
            ...(hasTime
              ? {
                  timeFormat:
                    (date as { timeFormat?: string } | undefined)?.timeFormat ?? timeFormat,
                }
              : {}),
          } as typeof date,
        },
      }
    }
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withQuebecDates(tab.fields) })),
      }
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: withQuebecDates(block.fields) })),
      }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withQuebecDates(field.fields) } as Field
    return field
  })

/** The scheduling drawer's list of times, in the same style ("23 h 55", every 5 minutes). */
export const withQuebecSchedule = (drafts: unknown) =>
  drafts &&
  typeof drafts === 'object' &&
  (drafts as { schedulePublish?: unknown }).schedulePublish === true
    ? { ...drafts, schedulePublish: { timeFormat, timeIntervals: 5 } }
    : drafts
