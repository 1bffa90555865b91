import type { Payload } from 'payload'

import { optionsReader } from '../../kit/options'
import { customKey, defaults } from '../defaults'
import type { ResolvedSurveysOptions } from '../types'

const reader = optionsReader<ResolvedSurveysOptions>(customKey, 'surveysPlugin')

/** The plugin's resolved options, or null when it is not installed (plugins/kit/options.ts). */
export const installedSurveysOptions: (payload: Payload) => ResolvedSurveysOptions | null =
  reader.installed

/** The plugin's resolved options, its defaults when it is not installed. */
export const surveysOptions = (payload: Payload): ResolvedSurveysOptions =>
  reader.installed(payload) ?? defaults
