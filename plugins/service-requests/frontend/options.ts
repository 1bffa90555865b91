import type { Payload } from 'payload'

import { customKey } from '../lib/customKey'
import type { ResolvedOptions } from '../types'

/** The plugin's resolved options, or null when it is disabled (the admin panels then show nothing). */
export const installedRequestOptions = (payload: Payload): ResolvedOptions | null =>
  ((payload.config.custom as Record<string, unknown> | undefined)?.[customKey] as ResolvedOptions | undefined) ?? null

/** The plugin's resolved options, left by the plugin in config.custom. */
export const requestOptions = (payload: Payload): ResolvedOptions => {
  const options = installedRequestOptions(payload)
  if (!options) throw new Error('serviceRequestsPlugin is not installed (or disabled) in this Payload config')
  return options
}

const tags = { fr: 'fr-CA', en: 'en-CA' } as const

/** A date in the city's time zone, in words. */
export const formatDay = (locale: 'fr' | 'en', iso: string) =>
  new Intl.DateTimeFormat(tags[locale], { dateStyle: 'long', timeZone: 'America/Toronto' }).format(new Date(iso))

export const formatDayTime = (locale: 'fr' | 'en', iso: string) =>
  new Intl.DateTimeFormat(tags[locale], { dateStyle: 'long', timeStyle: 'short', timeZone: 'America/Toronto' }).format(new Date(iso))
