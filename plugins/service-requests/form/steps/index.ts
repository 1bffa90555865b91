import type { FormStep } from '../../requests/routes'
import { detailsStep } from './detailsStep'
import { locationStep } from './locationStep'
import { photosStep } from './photosStep'
import { questionsStep } from './questionsStep'
import { reviewStep } from './reviewStep'
import { typeStep } from './typeStep'

export type { AddressChoice, NearbyRequest, ReadContext, StepReads, StepType } from './types'
export { formObject } from './types'
export { readStepType } from './readStepType'

/**
 * The form's steps, in order, shared by the page (each step's `read`: what it shows besides the
 * draft) and the form endpoint (each step's `schema` for its posted fields and `save`). Which of
 * them a type shows is `stepsFor` (requests/routes.ts).
 */
export const formStepTable = {
  type: typeStep,
  details: detailsStep,
  location: locationStep,
  photos: photosStep,
  questions: questionsStep,
  review: reviewStep,
} satisfies Record<FormStep, unknown>
