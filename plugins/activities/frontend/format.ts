import { languageTags } from '../../kit/i18n'
import type { ActivitiesTranslate } from '../i18n/translate'
import { formatDateTime } from '../lib/dates'
import { formatMoney } from '../lib/money'
import type { Tariff } from '../lib/pricing'
import type { ActivitiesLocale } from '../types'
import type { ActivitySummary, SessionSummary } from './load'

const dayNames: Record<ActivitiesLocale, Record<string, string>> = {
  fr: {
    MO: 'lundi',
    TU: 'mardi',
    WE: 'mercredi',
    TH: 'jeudi',
    FR: 'vendredi',
    SA: 'samedi',
    SU: 'dimanche',
  },
  en: {
    MO: 'Monday',
    TU: 'Tuesday',
    WE: 'Wednesday',
    TH: 'Thursday',
    FR: 'Friday',
    SA: 'Saturday',
    SU: 'Sunday',
  },
}

/** A local date 'YYYY-MM-DD' in words (no time zone: it is a calendar date). */
export const localDate = (value: string, locale: ActivitiesLocale) =>
  new Intl.DateTimeFormat(languageTags[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${value}T12:00:00Z`))

export const time = (value: string, locale: ActivitiesLocale) => {
  const [h, m] = value.split(':')
  if (locale === 'fr') return `${Number(h)} h ${m}`
  const hour = Number(h) % 12 || 12
  return `${hour}:${m} ${Number(h) < 12 ? 'a.m.' : 'p.m.'}`
}

export const ages = (
  t: ActivitiesTranslate,
  activity: Pick<ActivitySummary, 'ageMin' | 'ageMax'>,
) =>
  activity.ageMin != null && activity.ageMax != null
    ? t('pages.agesBetween', { min: activity.ageMin, max: activity.ageMax })
    : activity.ageMin != null
      ? t('pages.agesFrom', { min: activity.ageMin })
      : activity.ageMax != null
        ? t('pages.agesUpTo', { max: activity.ageMax })
        : null

export const tariff = (t: ActivitiesTranslate, value: Tariff, locale: ActivitiesLocale) =>
  value.per === 'week'
    ? t('pages.perWeek', { price: formatMoney(value.cents, locale) })
    : formatMoney(value.cents, locale)

export const when = (t: ActivitiesTranslate, session: SessionSummary, locale: ActivitiesLocale) =>
  t('pages.when', {
    days: session.weekdays.map((day) => dayNames[locale][day]).join(', '),
    time: time(session.startTime, locale),
    minutes: session.durationMinutes,
    meetings: session.meetings,
  })

export const opening = (
  t: ActivitiesTranslate,
  session: SessionSummary,
  locale: ActivitiesLocale,
) => {
  const at = (value: string | null) => (value ? formatDateTime(new Date(value), locale) : '—')
  if (session.openTo === 'everyone')
    return t('pages.opensEveryone', { date: at(session.everyoneFrom) })
  if (session.openTo === 'residentsOnly')
    return t('pages.opensResidentsOnly', { date: at(session.residentsFrom) })
  return t('pages.opens', {
    residents: at(session.residentsFrom),
    everyone: at(session.everyoneFrom),
  })
}
