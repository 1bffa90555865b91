import type { Payload } from 'payload'
import { z } from 'zod'

import type { Point, CityMap } from '../../places/map'
import type { PublicRequest } from '../../public/publicList'
import type { FormStep } from '../../requests/routes'
import type { RequestLocale, ResolvedOptions } from '../../types'
import type { Question } from '../answers'
import type { Draft } from '../drafts'

/** A request type as the steps read it (the form's own read, by id, at every post). */
export type StepType = {
  id: number
  name?: string | null
  photo?: string | null
  active?: boolean | null
  locationRequired?: boolean | null
  allowAnonymous?: boolean | null
  questions?: Question[] | null
}

/** An address choice of the location step. */
export type AddressChoice = { id: number; label: string; postalCode: string }

/** An open request near the draft's place, and whether this visitor already follows it. */
export type NearbyRequest = PublicRequest & { isFollowed: boolean }

/** What a step shows besides the draft: plain data for its component (frontend/newRequest/steps/). */
export type StepReads =
  | { step: 'type' | 'details' | 'questions' }
  | {
      step: 'location'
      matchCount: number
      addresses: AddressChoice[]
      point: Point | null
      pointSector: string | null
      nearLabel: string | null
      hasMap: boolean
    }
  | { step: 'photos'; photoIds: (number | string)[] }
  | {
      step: 'review'
      addressLabel: string | null
      point: Point | null
      pointSector: string | null
      nearLabel: string | null
      photoIds: (number | string)[]
      nearby: NearbyRequest[]
    }

/** What the page gives a step to read its data. */
export type ReadContext = {
  payload: Payload
  options: ResolvedOptions
  locale: RequestLocale
  headers: Headers
  draft: Draft | null
  type: { id: number; photo?: string | null } | undefined
  citizenId: number | null
  /** The location step's address search, as typed. */
  addressQuery: string
  findAddresses: (query: string) => Promise<AddressChoice[]>
  map: () => Promise<CityMap>
}

/** What the endpoint gives a step to save its post. */
export type SaveContext = {
  payload: Payload
  options: ResolvedOptions
  locale: RequestLocale
  /** The request's URL (for the cookie's `Secure`). */
  url: string
  citizenId: number | null
  /** The anonymous browser's form cookie, when it sent one. */
  formCookie: string | null
  /** "Continue" (1) or "back" (-1). */
  go: 1 | -1
  /** 303 back to a step (this one by default) with error codes. */
  back: (errors: string, to?: FormStep) => Response
  /** 303 anywhere. */
  see: (location: string) => Response
}

/** The first step: a draft when the resident comes back to it, none on the first post. */
export type TypeSaveContext = SaveContext & { draft: Draft | null }

/** The steps after the first: a draft and its type exist (the endpoint checked). */
export type DraftSaveContext = SaveContext & {
  draft: Draft
  type: StepType
  /** 303 to another step: the next (or previous) of the type's steps by default. */
  next: (target?: FormStep) => Response
}

/**
 * One step of the form, shared by the page and the form endpoint: its posted fields (`schema`,
 * parsed from the form body; a body it refuses goes back to the step with `invalid`), what it saves
 * (`save`, answering the redirect), and what its page shows besides the draft (`read`).
 */
export type StepDefinition<Schema extends z.ZodType, Context> = {
  schema: Schema
  /** The error key of a body the schema refuses. */
  invalid: string
  save: (context: Context & { input: z.output<Schema> }) => Promise<Response>
  read?: (context: ReadContext) => Promise<StepReads>
}

/**
 * A step of the table, with `post`: the posted fields parsed with the step's schema, then saved. A
 * body the schema refuses goes back to the step with `invalid` (the same 303 as any refused value),
 * never a 500.
 */
export const defineStep = <Schema extends z.ZodType, Context extends SaveContext>(
  definition: StepDefinition<Schema, Context>,
) => ({
  ...definition,
  post: (fields: Record<string, unknown>, context: Context): Promise<Response> => {
    const parsed = definition.schema.safeParse(fields)
    if (!parsed.success) return Promise.resolve(context.back(definition.invalid))
    return definition.save({ ...context, input: parsed.data })
  },
})

/** A field posted once (the first value, as `URLSearchParams.get` reads it). */
export const oneValue = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? (v[0] ?? '') : v))
/** A field posted any number of times (checkboxes). */
export const allValues = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]))

/** A form body as the schemas read it: one key, one string or the list of its values. */
export const formObject = (form: URLSearchParams) => {
  const object: Record<string, string | string[]> = {}
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key)
    object[key] = values.length > 1 ? values : values[0]
  }
  return object
}
