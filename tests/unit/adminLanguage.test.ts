import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { format } from 'date-fns'
import { enUS } from 'date-fns/locale/en-US'
import { fr as frDates } from 'date-fns/locale/fr'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { adminDateFormat, withQuebecDates } from '@/admin/dates'
import { adminInFrench, isAdminPath } from '@/admin/language'
import { adminTranslations } from '@/admin/translations'

type Strings = Record<string, Record<string, string>>

const placeholders = (value: string) =>
  [...value.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort()
/** Payload's French with the project's corrections merged over it, as `i18n.translations` does. */
const french = (): Strings => {
  const base = fr.translations as unknown as Strings
  const overrides = (adminTranslations.fr ?? {}) as unknown as Strings
  return Object.fromEntries(
    Object.keys(base).map((group) => [group, { ...base[group], ...overrides[group] }]),
  )
}

describe('the admin in French', () => {
  it('should use in French only the placeholders Payload fills in (those of the English string)', () => {
    const english = en.translations as unknown as Strings
    const translated = french()
    const mismatches = Object.entries(english).flatMap(([group, strings]) =>
      Object.entries(strings)
        .filter(
          ([key, value]) =>
            translated[group]?.[key] !== undefined &&
            placeholders(translated[group][key]).some(
              (name) => !placeholders(value).includes(name),
            ),
        )
        .map(([key]) => `${group}:${key} « ${translated[group][key]} »`),
    )
    expect(mismatches).toEqual([])
  })

  it('should write dates as in Quebec, the first of the month as "1er"', () => {
    expect(format(new Date(2026, 11, 10, 23, 59), adminDateFormat, { locale: frDates })).toBe(
      '10 décembre 2026, 23 h 59',
    )
    expect(format(new Date(2026, 4, 1, 9, 5), adminDateFormat, { locale: frDates })).toBe(
      '1er mai 2026, 9 h 05',
    )
    expect(format(new Date(2026, 11, 10, 23, 59), adminDateFormat, { locale: enUS })).toBe(
      '10th December 2026, 23 h 59',
    )
  })

  it('should give every date field the Quebec format unless it chose one, at any depth', () => {
    const [top, group, tabs] = withQuebecDates([
      { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      {
        name: 'g',
        type: 'group',
        fields: [{ name: 'day', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } }],
      },
      {
        type: 'tabs',
        tabs: [
          {
            label: 'T',
            fields: [{ name: 'own', type: 'date', admin: { date: { displayFormat: 'yyyy' } } }],
          },
        ],
      },
    ])
    expect(top).toMatchObject({
      admin: { date: { displayFormat: adminDateFormat, timeFormat: "H 'h' mm" } },
    })
    expect(group).toMatchObject({
      fields: [{ admin: { date: { displayFormat: 'do MMMM yyyy' } } }],
    })
    expect(tabs).toMatchObject({
      tabs: [{ fields: [{ admin: { date: { displayFormat: 'yyyy' } } }] }],
    })
  })

  it('should take the admin out of the browser’s language, and only the admin', () => {
    expect(['/admin', '/admin/login', '/admin/collections/news'].every(isAdminPath)).toBe(true)
    expect(['/administration', '/api/users', '/fr/admin'].some(isAdminPath)).toBe(false)
    const response = adminInFrench(
      new NextRequest('http://ville.test/admin/login', {
        headers: { 'accept-language': 'en-US,en;q=0.9' },
      }),
    )
    expect(response.headers.get('x-middleware-request-accept-language')).toBe('fr')
  })
})
