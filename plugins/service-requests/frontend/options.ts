import type { Payload } from 'payload'

import { optionsReader } from '../../kit/options'
import { customKey } from '../customKey'
import type { ResolvedOptions } from '../types'
import { city } from '@engines/city'

const reader = optionsReader<ResolvedOptions>(customKey, 'serviceRequestsPlugin')
/** The plugin's resolved options, or null when it is disabled (the admin panels then show nothing). */
export const installedRequestOptions: (payload: Payload) => ResolvedOptions | null =
  reader.installed
/** The plugin's resolved options, left by the plugin in config.custom (plugins/kit/options.ts). */
export const requestOptions: (payload: Payload) => ResolvedOptions = reader.required

const tags = city.languageTags

/** A date in the city's time zone, in words. */
export const formatDay = (locale: 'fr' | 'en', iso: string) =>
  new Intl.DateTimeFormat(tags[locale], { dateStyle: 'long', timeZone: city.timeZone }).format(
    new Date(iso),
  )

export const formatDayTime = (locale: 'fr' | 'en', iso: string) =>
  new Intl.DateTimeFormat(tags[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: city.timeZone,
  }).format(new Date(iso))
