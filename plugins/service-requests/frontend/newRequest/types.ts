import type { Question } from '../../form/answers'
import type { FormStep } from '../../requests/routes'
import type { RequestLocale } from '../../types'

export type { AddressChoice } from '../../form/steps'

/** A type as the form's first step lists it (plain data: the app may cache it). */
export type RequestTypeChoice = {
  id: number
  code: string
  name: string
  description?: string | null
  group?: string | null
  keywords?: string | null
  photo?: 'none' | 'optional' | 'required' | null
  locationRequired?: boolean | null
  allowAnonymous?: boolean | null
  questions?: (Question & { id?: string })[] | null
}

/** What every step's form posts besides its own fields: plain data, the same on every form of the step. */
export type StepFrame = {
  locale: RequestLocale
  /** The form endpoint (`/api…/step`). */
  action: string
  csrf: string
  step: FormStep
  /** The draft's key, once the first step made one. */
  draftKey: string | null
}
