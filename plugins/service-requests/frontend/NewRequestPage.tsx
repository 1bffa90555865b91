import './requests.css'
import type { Payload } from 'payload'

import { requestTranslator } from '../i18n/translate'
import type { CityMap } from '../places/map'
import { type FormStep, newRequestHref } from '../requests/routes'
import type { RequestLocale } from '../types'
import { MeTooConfirmation } from './MeTooForm'
import { errorMessages } from './newRequest/errorMessages'
import { filterTypes } from './newRequest/filterTypes'
import { loadNewRequest } from './newRequest/loadNewRequest'
import { parseNewRequestQuery, type SearchParams } from './newRequest/query'
import { DetailsStep } from './newRequest/steps/DetailsStep'
import { LocationStep } from './newRequest/steps/LocationStep'
import { PhotosStep } from './newRequest/steps/PhotosStep'
import { QuestionsStep } from './newRequest/steps/QuestionsStep'
import { ReviewStep } from './newRequest/steps/ReviewStep'
import { TypeStep } from './newRequest/steps/TypeStep'
import type { AddressChoice, RequestTypeChoice, StepFrame } from './newRequest/types'

export { listActiveTypes } from './newRequest/loadNewRequest'
export type { AddressChoice, RequestTypeChoice } from './newRequest/types'

export type NewRequestPageProps = {
  locale: RequestLocale
  searchParams: SearchParams
  payload: Payload
  headers: Headers
  /** The app's address search over the civic registry. */
  findAddresses: (query: string) => Promise<AddressChoice[]>
  /**
   * Link to the citizen sign-in page, when the app has citizen accounts. The form adds `returnTo=`
   * to it (the plugin's resume endpoint), so that signing in brings the resident back to their
   * draft; the sign-in page sends them there once signed in.
   */
  signInHref?: string
  /** Link to create a citizen account, shown where a type needs one. */
  registerHref?: string
  /**
   * The active types in this language. The app passes a cached read (tagged
   * `publicRequestCacheTags.types`); by default the page reads them on every render.
   */
  listTypes?: (locale: RequestLocale) => Promise<RequestTypeChoice[]>
  /** The city map of the location step; the app passes a cached read. By default read on every render. */
  loadMap?: (locale: RequestLocale) => Promise<CityMap>
  /**
   * The form's progressive enhancement (one page with JavaScript): `true` loads the plugin's own
   * script (`frontend/scripts/request-form.js`, served by the plugin at
   * `/api/<endpointPath>/request-form.js`), a string loads the script at that address instead.
   * Without it every step is a page load, as without JavaScript.
   */
  enhancementScriptSrc?: string | true
}

/**
 * "Signaler un problème": a multi-step form that needs no JavaScript. Each step posts to the
 * plugin's endpoint, which keeps the answers in a server-side draft and redirects to the next step.
 * The page only composes: the query (newRequest/query.ts), the reads (newRequest/loadNewRequest.ts)
 * and one component per step (newRequest/steps/), each given plain data.
 */
export const NewRequestPage = async ({
  locale,
  searchParams,
  payload,
  headers,
  findAddresses,
  signInHref,
  registerHref,
  listTypes,
  loadMap,
  enhancementScriptSrc,
}: NewRequestPageProps) => {
  const query = parseNewRequestQuery(searchParams)
  const data = await loadNewRequest({
    payload,
    headers,
    locale,
    query,
    findAddresses,
    listTypes,
    loadMap,
  })
  const { options, citizen, draft, type, questions, visibleSteps, step, reads } = data
  const t = requestTranslator(locale)
  const errors = errorMessages(t, query.errorCodes, questions, {
    max: options.maxPhotos,
    type: type?.name ?? '',
  })
  const api = `/api${options.endpointPath}`
  const frame: StepFrame = {
    locale,
    action: `${api}/step`,
    csrf: data.csrf,
    step,
    draftKey: draft?.key ?? null,
  }
  // Signing in part way: back through the resume endpoint, which gives the draft to the citizen.
  const signInFor = (target: FormStep) => {
    if (!signInHref || citizen) return undefined
    const back = draft
      ? `${api}/resume?${new URLSearchParams({ draft: draft.key, step: target, locale }).toString()}`
      : newRequestHref(locale)
    const url = new URL(signInHref, 'http://localhost')
    url.searchParams.set('returnTo', back)
    return `${url.pathname}${url.search}`
  }
  const photoSrc = (id: number | string) => `${api}/photo?draft=${draft?.key ?? ''}&id=${id}`
  const isAccountRequired =
    !citizen &&
    Boolean(type) &&
    !type?.allowAnonymous &&
    query.errorCodes.split(',').includes('accountRequired')
  // The total depends on the type (its photos and questions): said once the type is known, the same
  // on every step from then on, never a first guess that changes at step 2.
  const total = type ? visibleSteps.length : null
  return (
    <>
      {/* The region the enhancement swaps from step to step; focus goes to the step's heading. */}
      <div className="container stack" data-request-form="">
        <h1>{t('pages.new')}</h1>
        <h2 className="meta request-step" id="etape" tabIndex={-1} data-step-heading="">
          {total
            ? t('steps.label', { current: visibleSteps.indexOf(step) + 1, total })
            : t('steps.first')}{' '}
          — {t(`steps.${step}`)}
        </h2>
        <MeTooConfirmation
          t={t}
          outcome={query.meToo}
          trackingNumber={query.followed}
          isSignedIn={Boolean(citizen)}
        />
        {errors.length ? (
          <div role="alert" className="request-message request-message-error">
            <ul>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
            {isAccountRequired && signInHref ? (
              <p className="request-actions">
                <a href={signInFor('details')} className="button-link">
                  {t('form.signIn')}
                </a>
                {registerHref ? (
                  <a href={registerHref} className="button-link button-secondary">
                    {t('form.register')}
                  </a>
                ) : null}
              </p>
            ) : null}
          </div>
        ) : null}
        {reads.step === 'type' ? (
          <TypeStep
            frame={frame}
            types={filterTypes(data.types, query.typeQuery)}
            query={query.typeQuery}
            isSignedIn={Boolean(citizen)}
            selectedTypeId={draft?.data.typeId ?? null}
            preselected={query.preselectedType}
            signInHref={signInFor('type')}
          />
        ) : null}
        {reads.step === 'details' ? (
          <DetailsStep
            frame={frame}
            typeName={type?.name ?? ''}
            description={draft?.data.description ?? ''}
          />
        ) : null}
        {reads.step === 'location' ? (
          <LocationStep
            frame={frame}
            query={query.addressQuery}
            matchCount={reads.matchCount}
            addresses={reads.addresses}
            currentId={draft?.data.addressId ?? null}
            point={reads.point}
            pointSector={reads.pointSector}
            nearLabel={reads.nearLabel}
            isPointJustSaved={query.isPointJustSaved}
            isRequired={Boolean(type?.locationRequired)}
            hasMap={reads.hasMap}
            mapSrc={`${api}/map.svg?${new URLSearchParams({ locale, ...(reads.point ? { lat: String(reads.point.lat), lng: String(reads.point.lng) } : {}) }).toString()}`}
          />
        ) : null}
        {reads.step === 'photos' ? (
          <PhotosStep
            frame={frame}
            photos={reads.photoIds.map((id) => ({ id, src: photoSrc(id) }))}
            photoAction={`${api}/photos?locale=${locale}`}
            maxPhotos={options.maxPhotos}
            isRequired={type?.photo === 'required'}
          />
        ) : null}
        {reads.step === 'questions' ? (
          <QuestionsStep frame={frame} questions={questions} answers={draft?.data.answers ?? {}} />
        ) : null}
        {reads.step === 'review' ? (
          <ReviewStep
            frame={frame}
            typeName={type?.name ?? ''}
            description={draft?.data.description ?? ''}
            addressLabel={reads.addressLabel}
            point={reads.point}
            pointSector={reads.pointSector}
            nearLabel={reads.nearLabel}
            takesPhotos={(type?.photo ?? 'optional') !== 'none'}
            photos={reads.photoIds.map((id) => ({ id, src: photoSrc(id) }))}
            questions={questions}
            answers={draft?.data.answers ?? {}}
            nearby={reads.nearby}
            meTooAction={`${api}/me-too`}
            citizenEmail={citizen?.email ?? null}
            canSendAnonymously={Boolean(type?.allowAnonymous)}
            signInHref={signInFor('review')}
          />
        ) : null}
      </div>
      {enhancementScriptSrc ? (
        <script
          src={enhancementScriptSrc === true ? `${api}/request-form.js` : enhancementScriptSrc}
          defer
        />
      ) : null}
    </>
  )
}
