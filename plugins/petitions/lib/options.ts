import type { Payload } from 'payload'

import { optionsReader } from '../../kit/options'
import { customKey, defaults } from '../defaults'
import type { ResolvedPetitionsOptions } from '../types'

const reader = optionsReader<ResolvedPetitionsOptions>(customKey, 'petitionsPlugin')

/** The plugin's resolved options, or null when it is not installed (plugins/kit/options.ts). */
export const installedPetitionsOptions: (payload: Payload) => ResolvedPetitionsOptions | null =
  reader.installed

/** The plugin's resolved options, its defaults when it is not installed. */
export const petitionsOptions = (payload: Payload): ResolvedPetitionsOptions =>
  reader.installed(payload) ?? defaults
