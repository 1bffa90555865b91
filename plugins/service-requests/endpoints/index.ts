import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../types'
import { draftPhotoEndpoint } from './draftPhoto'
import { followUpEndpoints } from './followUp'
import { formScriptEndpoint } from './formScript'
import { formStepEndpoint } from './formStep'
import { mapImageEndpoint } from './mapImage'
import { meTooEndpoint } from './meToo'
import { photosEndpoint } from './photos'
import { resumeEndpoint } from './resume'

/** The resident form's endpoints (under /api). */
export const formEndpoints = (options: ResolvedOptions): Endpoint[] => [
  formStepEndpoint(options),
  photosEndpoint(options),
  draftPhotoEndpoint(options),
  mapImageEndpoint(options),
  formScriptEndpoint(options),
  meTooEndpoint(options),
  resumeEndpoint(options),
  ...followUpEndpoints(options),
]
