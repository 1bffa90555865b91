import type { Payload } from 'payload'

import { readDraft } from '../../form/drafts'
import { formStepTable, type ReadContext, type StepReads } from '../../form/steps'
import { type CityMap, loadCityMap } from '../../places/map'
import { type FormStep, isFormStep, stepsFor } from '../../requests/routes'
import { signedInCitizen } from '../../residents/citizen'
import { createCsrfToken, csrfBinding } from '../../residents/csrf'
import type { RequestLocale, ResolvedOptions } from '../../types'
import { requestOptions } from '../options'
import type { NewRequestQuery } from './query'
import type { AddressChoice, RequestTypeChoice } from './types'

/** The active types, read by the page; `listActiveTypes` is exported for the app to cache. */
export const listActiveTypes = async (
  payload: Payload,
  options: ResolvedOptions,
  locale: RequestLocale,
) => {
  const { docs } = await payload.find({
    collection: options.typesCollection as 'request-types',
    where: { active: { equals: true } },
    locale,
    limit: 200,
    depth: 0,
    sort: 'name',
    overrideAccess: false,
  })
  return docs as unknown as RequestTypeChoice[]
}

export type NewRequestSources = {
  payload: Payload
  headers: Headers
  locale: RequestLocale
  query: NewRequestQuery
  findAddresses: (query: string) => Promise<AddressChoice[]>
  listTypes?: (locale: RequestLocale) => Promise<RequestTypeChoice[]>
  loadMap?: (locale: RequestLocale) => Promise<CityMap>
}

/**
 * Every read of the form page, and nothing rendered: the signed-in citizen, the draft, the active
 * types, the step the query asks for when the draft allows it (else the first), a fresh CSRF
 * token, and what that step shows (addresses, the map, photos, nearby requests).
 */
export const loadNewRequest = async (sources: NewRequestSources) => {
  const { payload, headers, locale, query, listTypes, loadMap } = sources
  const options = requestOptions(payload)
  const citizen = await signedInCitizen(payload, headers, options.citizensCollection)
  const draft = await readDraft(payload, options, query.draftKey, citizen?.id ?? null)
  const types = await (listTypes ? listTypes(locale) : listActiveTypes(payload, options, locale))
  const type = draft ? types.find((x) => x.id === draft.data.typeId) : undefined
  const questions = type?.questions ?? []
  const visibleSteps = stepsFor({
    hasQuestions: questions.length > 0,
    takesPhotos: (type?.photo ?? 'optional') !== 'none',
  })
  const step: FormStep =
    draft && type && isFormStep(query.step) && visibleSteps.includes(query.step)
      ? query.step
      : 'type'
  const csrf = createCsrfToken(payload.secret, csrfBinding(citizen))
  const map = () => (loadMap ? loadMap(locale) : loadCityMap(payload, options, locale))
  // What the step shows besides the draft: its entry of the table the form endpoint saves with.
  const definition: { read?: (context: ReadContext) => Promise<StepReads> } = formStepTable[step]
  const reads: StepReads = definition.read
    ? await definition.read({
        payload,
        options,
        locale,
        headers,
        draft,
        type,
        citizenId: citizen?.id ?? null,
        addressQuery: query.addressQuery,
        findAddresses: sources.findAddresses,
        map,
      })
    : { step: step as 'type' | 'details' | 'questions' }
  return {
    options,
    citizen: citizen ? { id: citizen.id, email: citizen.email } : null,
    draft,
    types,
    type,
    questions,
    visibleSteps,
    step,
    csrf,
    reads,
  }
}

export type NewRequestData = Awaited<ReturnType<typeof loadNewRequest>>
