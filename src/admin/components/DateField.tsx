'use client'

import { DateTimeField, useTranslation } from '@payloadcms/ui'
import { enUS } from 'date-fns/locale/en-US'
import { fr } from 'date-fns/locale/fr'
import type { DateFieldClientComponent } from 'payload'
import { useMemo } from 'react'
import { registerLocale, setDefaultLocale } from 'react-datepicker'

// The date picker's locales by name, on the server as in the browser: the input is rendered in the
// admin's language from its first render. Payload registers its locale only in an effect after the
// first render and sets it as the picker's global default, so until something re-rendered a date
// field it read "1st December 2026" in the French admin (and on the server, "Dec 1" for everyone).
registerLocale('fr', fr)
registerLocale('enUS', enUS)
// In the browser (one staff member, one language: the page's), the default too, for the pickers
// that are not fields (the scheduling drawer's).
if (typeof document !== 'undefined')
  setDefaultLocale(document.documentElement.lang === 'en' ? 'enUS' : 'fr')

/** Payload's date field, its picker told the admin's language by name (the names Payload uses). */
export const DateField: DateFieldClientComponent = (props) => {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'enUS' : 'fr'
  const { field } = props
  const localized = useMemo((): typeof field => {
    const date = (field.admin?.date ?? {}) as { overrides?: Record<string, unknown> }
    return {
      ...field,
      admin: {
        ...field.admin,
        date: { ...date, overrides: { ...date.overrides, locale } },
      } as typeof field.admin,
    }
  }, [field, locale])
  return <DateTimeField {...props} field={localized} />
}
