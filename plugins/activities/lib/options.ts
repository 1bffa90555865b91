import type { Payload } from 'payload'

import { optionsReader } from '../../kit/options'
import { customKey, defaults } from '../defaults'
import type { ResolvedActivitiesOptions } from '../types'

const reader = optionsReader<ResolvedActivitiesOptions>(customKey, 'activitiesPlugin')

/** The plugin's resolved options, its defaults when it is not installed. */
export const activitiesOptions = (payload: Payload): ResolvedActivitiesOptions =>
  reader.installed(payload) ?? defaults
