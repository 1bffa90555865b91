import './requests.css'
import type { Payload } from 'payload'
import type { ReactNode } from 'react'

import { sectorForPoint } from '@engines/place'

import {
  hasMessage,
  requestTranslator,
  type RequestMessageKey,
  type RequestTranslate,
} from '../i18n/translate'
import type { Question } from '../form/answers'
import { signedInCitizen } from '../residents/citizen'
import { createCsrfToken, csrfBinding } from '../residents/csrf'
import { type Draft, readDraft } from '../form/drafts'
import { relationId } from '../../kit/ids'
import { listDraftPhotos } from '../form/draftPhotos'
import { browserCookieName, browserIdFrom, followedAmong } from '../follow/followers'
import { type CityMap, loadCityMap, mapSize, type Point } from '../places/map'
import { nearestAddress } from '../places/places'
import { nearbyOpenRequests } from '../public/publicList'
import { type FormStep, isFormStep, newRequestHref, stepsFor } from '../requests/routes'
import type { RequestLocale, ResolvedOptions } from '../types'
import { MeTooConfirmation, MeTooForm } from './MeTooForm'
import { placeText } from './placeText'
import { geolocationScript, mapScript } from './inlineScripts'
import { formatDay, requestOptions } from './options'
import { parseCookies } from 'payload/shared'

export type AddressChoice = { id: number; label: string; postalCode: string }

export type NewRequestPageProps = {
  locale: RequestLocale
  searchParams: Record<string, string | string[] | undefined>
  payload: Payload
  headers: Headers
  /** The app's address search over the civic registry. */
  findAddresses: (query: string) => Promise<AddressChoice[]>
  /**
   * Link to the citizen sign-in page, when the app has citizen accounts. The form adds `retour=`
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
   * Address of the form's progressive enhancement (one page with JavaScript: the app's
   * `public/js/request-form.js`). Without it every step is a page load, as without JavaScript.
   */
  enhancementScriptSrc?: string
}

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

const cookieValue = (headers: Headers, name: string) => parseCookies(headers).get(name) ?? null

const one = (value: string | string[] | undefined) =>
  Array.isArray(value) ? (value[0] ?? '') : (value ?? '')

const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

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

/** Error codes from the query string, as messages (unknown codes are ignored). */
const errorMessages = (
  t: RequestTranslate,
  raw: string,
  questions: Question[],
  values: { max: number; type: string },
) =>
  raw
    .split(',')
    .slice(0, 10)
    .map((code) => {
      const answer = /^answer:([a-z0-9_-]+):(required|number|date|choice|tooLong)$/.exec(code)
      if (answer) {
        const question = questions.find((q) => q.code === answer[1])
        if (!question) return null
        const key = `errors.answer${answer[2][0].toUpperCase()}${answer[2].slice(1)}`
        return hasMessage(key)
          ? t(key as RequestMessageKey, { question: question.label ?? question.code })
          : null
      }
      return hasMessage(`errors.${code}`) ? t(`errors.${code}` as RequestMessageKey, values) : null
    })
    .filter((m): m is string => Boolean(m))

/**
 * "Signaler un problème": a multi-step form that needs no JavaScript. Each step posts to the
 * plugin's endpoint, which keeps the answers in a server-side draft and redirects to the next step.
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
  const options = requestOptions(payload)
  const t = requestTranslator(locale)
  const citizen = await signedInCitizen(payload, headers, options.citizensCollection)
  const draft = await readDraft(payload, options, one(searchParams.brouillon), citizen?.id ?? null)
  const requested = one(searchParams.etape)
  const types = await (listTypes ? listTypes(locale) : listActiveTypes(payload, options, locale))
  const type = draft ? types.find((x) => x.id === draft.data.typeId) : undefined
  const questions = type?.questions ?? []
  const visibleSteps = stepsFor({
    hasQuestions: questions.length > 0,
    takesPhotos: (type?.photo ?? 'optional') !== 'none',
  })
  const step: FormStep =
    draft && type && isFormStep(requested) && visibleSteps.includes(requested) ? requested : 'type'
  const errors = errorMessages(t, one(searchParams.erreur), questions, {
    max: options.maxPhotos,
    type: type?.name ?? '',
  })
  const csrf = createCsrfToken(payload.secret, csrfBinding(citizen))
  const browserCookie = cookieValue(headers, browserCookieName)
  const hidden = (
    <>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="step" value={step} />
      {draft ? <input type="hidden" name="draft" value={draft.key} /> : null}
    </>
  )
  const action = `/api${options.endpointPath}/step`
  const map = () => (loadMap ? loadMap(locale) : loadCityMap(payload, options, locale))
  // Signing in part way: back through the resume endpoint, which gives the draft to the citizen.
  const signInFor = (target: FormStep) => {
    if (!signInHref || citizen) return undefined
    const back = draft
      ? `/api${options.endpointPath}/resume?${new URLSearchParams({ brouillon: draft.key, etape: target, locale }).toString()}`
      : newRequestHref(locale)
    const url = new URL(signInHref, 'http://localhost')
    url.searchParams.set('retour', back)
    return `${url.pathname}${url.search}`
  }
  const ctx: Ctx = { t, locale, hidden, action, draft, type, questions, map, signInFor }
  const isAccountRequired =
    !citizen &&
    Boolean(type) &&
    !type?.allowAnonymous &&
    one(searchParams.erreur).split(',').includes('accountRequired')
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
          outcome={one(searchParams.moiaussi)}
          trackingNumber={one(searchParams.suivie)}
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
        {step === 'type' ? (
          <TypeStep
            ctx={ctx}
            types={types}
            query={one(searchParams.q).trim().slice(0, 60)}
            isSignedIn={Boolean(citizen)}
            preselected={one(searchParams.type)}
          />
        ) : null}
        {step === 'details' ? <DetailsStep ctx={ctx} /> : null}
        {step === 'location' ? (
          <LocationStep
            ctx={ctx}
            query={one(searchParams.adresse).trim().slice(0, 100)}
            isPointJustSaved={one(searchParams.point) === '1'}
            payload={payload}
            options={options}
            findAddresses={findAddresses}
          />
        ) : null}
        {step === 'photos' ? <PhotosStep ctx={ctx} payload={payload} options={options} /> : null}
        {step === 'questions' ? <QuestionsStep ctx={ctx} /> : null}
        {step === 'review' ? (
          <ReviewStep
            ctx={ctx}
            payload={payload}
            options={options}
            citizenEmail={citizen?.email ?? null}
            csrf={csrf}
            citizenId={citizen?.id ?? null}
            browserCookie={browserCookie}
          />
        ) : null}
      </div>
      {enhancementScriptSrc ? <script src={enhancementScriptSrc} defer /> : null}
    </>
  )
}

type Ctx = {
  t: RequestTranslate
  locale: RequestLocale
  hidden: ReactNode
  action: string
  draft: Draft | null
  type: RequestTypeChoice | undefined
  questions: Question[]
  map: () => Promise<CityMap>
  /** The sign-in link that comes back to this draft at `step` (undefined when signed in or without accounts). */
  signInFor: (step: FormStep) => string | undefined
}

const Buttons = ({
  ctx,
  isFirst = false,
  isLast = false,
}: {
  ctx: Ctx
  isFirst?: boolean
  isLast?: boolean
}) => (
  <div className="request-actions">
    {/* The first button is the one Enter presses: "continue", even though "back" comes first visually in some layouts. */}
    <button type="submit" name="go" value="next">
      {isLast ? ctx.t('form.submit') : ctx.t('form.next')}
    </button>
    {!isFirst ? (
      <button
        type="submit"
        name="go"
        value="back"
        formNoValidate
        className="request-button-secondary"
      >
        {ctx.t('form.back')}
      </button>
    ) : null}
  </div>
)

/**
 * The first step. `preselected` is a type's code from the address (`?type=pothole`): a service page's
 * "Faire la demande" opens the form with its type chosen, the resident only confirms.
 */
const TypeStep = ({
  ctx,
  types,
  query,
  isSignedIn,
  preselected,
}: {
  ctx: Ctx
  types: RequestTypeChoice[]
  query: string
  isSignedIn: boolean
  preselected: string
}) => {
  const { t, locale } = ctx
  const words = fold(query).split(/\s+/).filter(Boolean)
  const shown = words.length
    ? types.filter((type) => {
        const text = fold(
          `${type.name} ${type.description ?? ''} ${type.group ?? ''} ${type.keywords ?? ''}`,
        )
        return words.every((w) => text.includes(w))
      })
    : types
  const groups = [...new Set(shown.map((type) => type.group ?? ''))]
  return (
    <>
      <p className="lead">{t('form.intro')}</p>
      <p>
        <strong>{t('form.emergency')}</strong>
      </p>
      {!isSignedIn && ctx.signInFor('type') ? (
        <p>
          {t('form.signInHint')} <a href={ctx.signInFor('type')}>{t('form.signIn')}</a>
        </p>
      ) : null}
      <form method="get" action={newRequestHref(locale)} role="search" className="filters">
        {ctx.draft ? <input type="hidden" name="brouillon" value={ctx.draft.key} /> : null}
        <div>
          <label htmlFor="q">{t('form.searchType')}</label>
          <input id="q" name="q" type="search" defaultValue={query} maxLength={60} />
        </div>
        <button type="submit">{t('form.searchTypeButton')}</button>
      </form>
      {shown.length === 0 ? <p role="status">{t('form.noTypeMatch', { query })}</p> : null}
      {shown.length > 0 ? (
        <form method="post" action={ctx.action} className="stack">
          {ctx.hidden}
          <fieldset className="stack">
            <legend>{t('form.chooseType')}</legend>
            {groups.map((group) => (
              <div key={group} className="stack">
                {group ? <h2>{group}</h2> : null}
                {shown
                  .filter((type) => (type.group ?? '') === group)
                  .map((type) => {
                    // Said at the first step, before anything is written: this type needs an account.
                    const needsAccount = !type.allowAnonymous && !isSignedIn
                    return (
                      <div key={type.id} className="request-choice">
                        <input
                          type="radio"
                          id={`type-${type.id}`}
                          name="typeId"
                          value={type.id}
                          required
                          defaultChecked={
                            ctx.draft
                              ? ctx.draft.data.typeId === type.id
                              : Boolean(preselected) && preselected === type.code
                          }
                          aria-describedby={
                            type.description || needsAccount ? `type-${type.id}-aide` : undefined
                          }
                        />{' '}
                        <label htmlFor={`type-${type.id}`}>{type.name}</label>
                        {type.description || needsAccount ? (
                          <p id={`type-${type.id}-aide`} className="meta">
                            {type.description}
                            {needsAccount ? (
                              <>
                                {type.description ? ' ' : ''}
                                <strong>{t('form.anonymousNotAllowed')}</strong>
                              </>
                            ) : null}
                          </p>
                        ) : null}
                      </div>
                    )
                  })}
              </div>
            ))}
          </fieldset>
          <Buttons ctx={ctx} isFirst />
        </form>
      ) : null}
    </>
  )
}

const DetailsStep = ({ ctx }: { ctx: Ctx }) => (
  <form method="post" action={ctx.action} className="stack">
    {ctx.hidden}
    <p>{ctx.t('status.type', { type: ctx.type?.name ?? '' })}</p>
    <div>
      <label htmlFor="description">
        {ctx.t('form.description')} ({ctx.t('form.required')})
      </label>
      <textarea
        id="description"
        name="description"
        rows={6}
        maxLength={5000}
        required
        aria-describedby="description-aide"
        defaultValue={ctx.draft?.data.description ?? ''}
      />
      <p id="description-aide" className="meta">
        {ctx.t('form.descriptionHint')}
      </p>
    </div>
    <Buttons ctx={ctx} />
  </form>
)

/** The sector's name for a point of the draft (the Place engine), or null outside the city. */
const sectorNameOf = (map: CityMap, point: Point) => {
  const id = sectorForPoint(point, map.sectors)
  return map.sectors.find((s) => s.id === id)?.name ?? null
}

const LocationStep = async ({
  ctx,
  query,
  isPointJustSaved,
  payload,
  options,
  findAddresses,
}: {
  ctx: Ctx
  query: string
  isPointJustSaved: boolean
  payload: Payload
  options: ResolvedOptions
  findAddresses: (query: string) => Promise<AddressChoice[]>
}) => {
  const { t, locale, draft } = ctx
  const choices = query ? await findAddresses(query) : []
  const currentId = draft?.data.addressId ?? null
  const current =
    currentId && !choices.some((c) => c.id === currentId)
      ? ((await payload.findByID({
          collection: options.addressesCollection as 'addresses',
          id: currentId,
          depth: 0,
          overrideAccess: false,
          disableErrors: true,
        })) as { id: number; label?: string; postalCode?: string } | null)
      : null
  const options_: AddressChoice[] = [
    ...(current
      ? [{ id: current.id, label: current.label ?? '', postalCode: current.postalCode ?? '' }]
      : []),
    ...choices,
  ]
  const isRequired = Boolean(ctx.type?.locationRequired)
  const point =
    !currentId && typeof draft?.data.lat === 'number' && typeof draft?.data.lng === 'number'
      ? { lat: draft.data.lat, lng: draft.data.lng }
      : null
  const map = await ctx.map()
  const pointSector = point ? sectorNameOf(map, point) : null
  const near = point ? await nearestAddress(payload, options, point) : null
  const mapSrc = `/api${options.endpointPath}/map.svg?${new URLSearchParams({ locale, ...(point ? { lat: String(point.lat), lng: String(point.lng) } : {}) }).toString()}`
  return (
    <>
      {isPointJustSaved && point ? (
        <p role="status" className="request-message">
          {t('form.pointSaved', { sector: pointSector ?? '' })}
        </p>
      ) : null}
      <form method="get" action={newRequestHref(locale)} role="search" className="filters">
        <input type="hidden" name="brouillon" value={draft?.key} />
        <input type="hidden" name="etape" value="location" />
        <div>
          <label htmlFor="adresse">{t('form.addressSearch')}</label>
          <input
            id="adresse"
            name="adresse"
            type="text"
            autoComplete="street-address"
            defaultValue={query}
            maxLength={100}
            aria-describedby="adresse-aide"
          />
          <p id="adresse-aide" className="meta">
            {t('form.addressHint')}
          </p>
        </div>
        <button type="submit">{t('form.addressSearchButton')}</button>
      </form>
      {query && choices.length === 0 ? (
        <p role="status">{t('form.noAddressMatch', { query })}</p>
      ) : null}
      <form method="post" action={ctx.action} className="stack">
        {ctx.hidden}
        <fieldset className="stack">
          <legend>
            {t('form.chooseAddress')}
            {isRequired ? ` (${t('form.required')})` : ''}
          </legend>
          {!isRequired ? <p className="meta">{t('form.locationOptional')}</p> : null}
          {point ? (
            <div>
              <input
                type="radio"
                id="lieu-choisi"
                name="addressId"
                value="point"
                required={isRequired}
                defaultChecked
              />{' '}
              <label htmlFor="lieu-choisi">
                {near
                  ? t('form.pointChosenNear', { sector: pointSector ?? '', address: near.label })
                  : t('form.pointChosen', { sector: pointSector ?? '' })}
                {/* The place reads as an address; the exact position follows, for the resident who gave it (their device's). */}
                <span className="meta">
                  {' '}
                  —{' '}
                  {t('form.pointPosition', {
                    lat: point.lat.toFixed(5),
                    lng: point.lng.toFixed(5),
                  })}
                </span>
              </label>
            </div>
          ) : null}
          {options_.map((choice, i) => (
            <div key={choice.id}>
              <input
                type="radio"
                id={`adresse-${choice.id}`}
                name="addressId"
                value={choice.id}
                required={isRequired}
                defaultChecked={
                  currentId ? choice.id === currentId : !point && i === 0 && options_.length === 1
                }
              />{' '}
              <label htmlFor={`adresse-${choice.id}`}>
                {choice.label} ({choice.postalCode})
              </label>
            </div>
          ))}
          {!isRequired ? (
            <div>
              <input
                type="radio"
                id="adresse-aucune"
                name="addressId"
                value="none"
                defaultChecked={!currentId && !point && options_.length !== 1}
              />{' '}
              <label htmlFor="adresse-aucune">{t('form.noLocation')}</label>
            </div>
          ) : null}
        </fieldset>
        <Buttons ctx={ctx} />
      </form>
      {map.sectors.length ? (
        <section aria-labelledby="autres-facons" className="stack">
          <h2 id="autres-facons">{t('form.otherWays')}</h2>
          <form
            method="post"
            action={ctx.action}
            id="ma-position"
            hidden
            data-wait={t('form.locating')}
            data-fail={t('form.locationFailed')}
          >
            {ctx.hidden}
            <input type="hidden" name="position" value="1" />
            <input type="hidden" name="lat" value="" />
            <input type="hidden" name="lng" value="" />
            <button type="submit">{t('form.useMyLocation')}</button>
            <p id="ma-position-etat" role="status" className="meta" />
          </form>
          <script dangerouslySetInnerHTML={{ __html: geolocationScript }} />
          <form method="post" action={ctx.action} className="stack">
            {ctx.hidden}
            <h3 id="carte-titre">{t('form.mapLegend')}</h3>
            <p id="carte-aide" className="meta">
              {t('form.mapHint')}
            </p>
            {/* Never scaled (the frame scrolls instead), so the click's pixels map back to the city exactly. */}
            <div className="request-map-frame">
              <input
                type="image"
                name="carte"
                src={mapSrc}
                alt={t('form.mapAlt')}
                width={mapSize.width}
                height={mapSize.height}
                formNoValidate
                aria-describedby="carte-aide"
                className="request-map-image"
              />
            </div>
          </form>
          <script dangerouslySetInnerHTML={{ __html: mapScript }} />
        </section>
      ) : null}
    </>
  )
}

const PhotosStep = async ({
  ctx,
  payload,
  options,
}: {
  ctx: Ctx
  payload: Payload
  options: ResolvedOptions
}) => {
  const { t, locale, draft } = ctx
  const photos = draft ? await listDraftPhotos(payload, options, draft.key) : []
  const isRequired = ctx.type?.photo === 'required'
  const photoAction = `${ctx.action.replace(/\/step$/, '/photos')}?locale=${locale}`
  return (
    <>
      {photos.length ? (
        <section aria-labelledby="photos-ajoutees" className="stack">
          <h2 id="photos-ajoutees">
            {t('form.photosAdded', { count: photos.length, max: options.maxPhotos })}
          </h2>
          <ul className="request-photos">
            {photos.map((photo, i) => (
              <li key={photo.id}>
                {/* Served to this draft's holder only (endpoints/draftPhoto.ts). */}
                <img
                  src={`/api${options.endpointPath}/photo?draft=${draft?.key ?? ''}&id=${photo.id}`}
                  alt={t('form.photoAlt', { n: i + 1 })}
                  width={160}
                />
                <form method="post" action={photoAction} encType="multipart/form-data">
                  {ctx.hidden}
                  <button
                    type="submit"
                    name="remove"
                    value={photo.id}
                    className="request-button-secondary"
                  >
                    {t('form.removePhoto', { n: i + 1 })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {photos.length < options.maxPhotos ? (
        <form method="post" action={photoAction} encType="multipart/form-data" className="stack">
          {ctx.hidden}
          <div>
            <label htmlFor="photo">
              {isRequired ? t('form.photosRequiredLabel') : t('form.photosLabel')}
            </label>
            <input
              id="photo"
              name="photo"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/heic,image/heif"
              multiple
              aria-describedby="photo-aide"
            />
            <p id="photo-aide" className="meta">
              {t('form.photosHint', { max: options.maxPhotos })}
            </p>
          </div>
          <button type="submit" name="go" value="add">
            {t('form.addPhotos')}
          </button>
        </form>
      ) : null}
      <form method="post" action={ctx.action} className="stack">
        {ctx.hidden}
        <Buttons ctx={ctx} />
      </form>
    </>
  )
}

const QuestionsStep = ({ ctx }: { ctx: Ctx }) => {
  const answers = ctx.draft?.data.answers ?? {}
  const valueOf = (code: string) => {
    const v = answers[code]
    return Array.isArray(v) ? v : v ? [v] : []
  }
  return (
    <form method="post" action={ctx.action} className="stack">
      {ctx.hidden}
      {ctx.questions.map((q) => {
        const id = `q-${q.code}`
        const label = `${q.label ?? q.code}${q.required ? ` (${ctx.t('form.required')})` : ''}`
        if (q.type === 'singlevaluelist' || q.type === 'multivaluelist') {
          return (
            <fieldset key={q.code}>
              <legend>{label}</legend>
              {(q.choices ?? []).map((c) => (
                <div key={c.value}>
                  <input
                    type={q.type === 'singlevaluelist' ? 'radio' : 'checkbox'}
                    id={`${id}-${c.value}`}
                    name={`q_${q.code}`}
                    value={c.value}
                    required={q.type === 'singlevaluelist' && Boolean(q.required)}
                    defaultChecked={valueOf(q.code).includes(c.value)}
                  />{' '}
                  <label htmlFor={`${id}-${c.value}`}>{c.label ?? c.value}</label>
                </div>
              ))}
            </fieldset>
          )
        }
        return (
          <div key={q.code}>
            <label htmlFor={id}>{label}</label>
            {q.type === 'text' ? (
              <textarea
                id={id}
                name={`q_${q.code}`}
                rows={4}
                maxLength={2000}
                required={Boolean(q.required)}
                defaultValue={valueOf(q.code)[0] ?? ''}
              />
            ) : (
              <input
                id={id}
                name={`q_${q.code}`}
                type={q.type === 'number' ? 'number' : q.type === 'datetime' ? 'date' : 'text'}
                step={q.type === 'number' ? 'any' : undefined}
                maxLength={q.type === 'string' ? 200 : undefined}
                required={Boolean(q.required)}
                defaultValue={valueOf(q.code)[0] ?? ''}
              />
            )}
          </div>
        )
      })}
      <Buttons ctx={ctx} />
    </form>
  )
}

const ReviewStep = async ({
  ctx,
  payload,
  options,
  citizenEmail,
  csrf,
  citizenId,
  browserCookie,
}: {
  ctx: Ctx
  payload: Payload
  options: ResolvedOptions
  citizenEmail: string | null
  csrf: string
  citizenId: number | null
  browserCookie: string | null
}) => {
  const { t, draft, locale } = ctx
  const address = draft?.data.addressId
    ? ((await payload.findByID({
        collection: options.addressesCollection as 'addresses',
        id: draft.data.addressId,
        depth: 0,
        overrideAccess: false,
        disableErrors: true,
      })) as {
        label?: string
        lat?: number
        lng?: number
        sector?: unknown
      } | null)
    : null
  const point: Point | null = address
    ? typeof address.lat === 'number' && typeof address.lng === 'number'
      ? { lat: address.lat, lng: address.lng }
      : null
    : typeof draft?.data.lat === 'number' && typeof draft?.data.lng === 'number'
      ? { lat: draft.data.lat, lng: draft.data.lng }
      : null
  const map = point ? await ctx.map() : null
  const pointSector = !address && point && map ? sectorNameOf(map, point) : null
  const near = !address && point ? await nearestAddress(payload, options, point) : null
  // The photos as they will be sent, to check before sending (the draft's holder only).
  const takesPhotos = (ctx.type?.photo ?? 'optional') !== 'none'
  const photos = takesPhotos && draft ? await listDraftPhotos(payload, options, draft.key) : []
  const sectorId = address
    ? relationId(address.sector)
    : point && map
      ? sectorForPoint(point, map.sectors)
      : null
  // Already reported? Open requests of the same type within 150 m (or in the same sector).
  const nearby =
    ctx.type && (point || sectorId)
      ? await nearbyOpenRequests({ payload, options, locale, typeId: ctx.type.id, point, sectorId })
      : []
  const followed = nearby.length
    ? await followedAmong({
        payload,
        requestIds: nearby.map((r) => r.id),
        citizenId,
        browserId: citizenId === null ? browserIdFrom(payload.secret, browserCookie) : null,
      })
    : new Set<number>()
  const returnTo = newRequestHref(locale, { brouillon: draft?.key, etape: 'review' })
  const answers = draft?.data.answers ?? {}
  const answerText = (q: Question) => {
    const v = answers[q.code]
    const values = (Array.isArray(v) ? v : v ? [v] : []).filter(Boolean)
    if (!values.length) return t('form.none')
    return values
      .map((value) => q.choices?.find((c) => c.value === value)?.label ?? value)
      .join(', ')
  }
  const editLink = (step: FormStep) =>
    newRequestHref(locale, { brouillon: draft?.key, etape: step })
  const canSendAnonymously = Boolean(ctx.type?.allowAnonymous)
  return (
    <>
      {nearby.length ? (
        <section aria-labelledby="deja-signale" className="stack request-nearby">
          <h2 id="deja-signale">{t('form.nearbyTitle')}</h2>
          <p>{t('form.nearbyHint')}</p>
          <ul className="request-public-list">
            {nearby.map((r) => (
              <li key={r.trackingNumber}>
                <p>
                  <strong>{r.trackingNumber}</strong> — {r.typeName}
                  {locale === 'fr' ? ' : ' : ': '}
                  {t(`statuses.${r.status}`)}
                </p>
                <p className="meta">
                  {t('public.received', { date: formatDay(locale, r.createdAt) })}
                  {r.street || r.nearStreet ? ` — ${placeText(t, r)}` : ''}
                  {r.sectorName ? ` — ${r.sectorName}` : ''} —{' '}
                  {t('public.followers', { count: r.followers })}
                </p>
                <MeTooForm
                  t={t}
                  action={`/api${options.endpointPath}/me-too`}
                  locale={locale}
                  trackingNumber={r.trackingNumber}
                  returnTo={returnTo}
                  isFollowed={followed.has(r.id)}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form method="post" action={ctx.action} className="stack">
        {ctx.hidden}
        <dl>
          <dt>{t('form.summaryType')}</dt>
          <dd>
            {ctx.type?.name}{' '}
            <a href={editLink('type')}>
              {t('form.change')}
              <span className="visually-hidden"> — {t('form.summaryType')}</span>
            </a>
          </dd>
          <dt>{t('form.summaryDescription')}</dt>
          <dd>
            <span className="request-text">{draft?.data.description}</span>{' '}
            <a href={editLink('details')}>
              {t('form.change')}
              <span className="visually-hidden"> — {t('form.summaryDescription')}</span>
            </a>
          </dd>
          <dt>{t('form.summaryLocation')}</dt>
          <dd>
            {address?.label ??
              (point
                ? near
                  ? t('form.pointLabelNear', { sector: pointSector ?? '', address: near.label })
                  : t('form.pointLabel', { sector: pointSector ?? '' })
                : t('form.none'))}{' '}
            <a href={editLink('location')}>
              {t('form.change')}
              <span className="visually-hidden"> — {t('form.summaryLocation')}</span>
            </a>
          </dd>
          {takesPhotos ? (
            <>
              <dt>{t('form.summaryPhotos')}</dt>
              <dd>
                {photos.length ? (
                  <ul className="request-photos">
                    {photos.map((photo, i) => (
                      <li key={photo.id}>
                        {/* Served to this draft's holder only (endpoints/draftPhoto.ts). */}
                        <img
                          src={`/api${options.endpointPath}/photo?draft=${draft?.key ?? ''}&id=${photo.id}`}
                          alt={t('form.photoAlt', { n: i + 1 })}
                          width={160}
                        />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <>{t('form.noPhotos')} </>
                )}
                <a href={editLink('photos')}>
                  {t('form.change')}
                  <span className="visually-hidden"> — {t('form.summaryPhotos')}</span>
                </a>
              </dd>
            </>
          ) : null}
          {ctx.questions.length ? (
            <>
              <dt>{t('form.summaryAnswers')}</dt>
              <dd>
                <ul>
                  {ctx.questions.map((q) => (
                    <li key={q.code}>
                      {q.label} : {answerText(q)}
                    </li>
                  ))}
                </ul>
                <a href={editLink('questions')}>
                  {t('form.change')}
                  <span className="visually-hidden"> — {t('form.summaryAnswers')}</span>
                </a>
              </dd>
            </>
          ) : null}
        </dl>
        {citizenEmail ? (
          <p>{t('form.signedInAs', { email: citizenEmail })}</p>
        ) : canSendAnonymously ? (
          <>
            {ctx.signInFor('review') ? (
              <p>
                {t('form.reviewSignInHint')}{' '}
                <a href={ctx.signInFor('review')}>{t('form.signIn')}</a>
              </p>
            ) : null}
            <fieldset className="stack">
              <legend>{t('form.yourContact')}</legend>
              <p className="meta">{t('form.contactHint')}</p>
              <div>
                <label htmlFor="name">{t('form.name')}</label>
                <input id="name" name="name" type="text" autoComplete="name" maxLength={120} />
              </div>
              <div>
                <label htmlFor="email">{t('form.email')}</label>
                <input id="email" name="email" type="email" autoComplete="email" maxLength={254} />
              </div>
              <div>
                <label htmlFor="phone">{t('form.phone')}</label>
                <input id="phone" name="phone" type="tel" autoComplete="tel" maxLength={30} />
              </div>
            </fieldset>
          </>
        ) : (
          <p role="alert">
            {t('errors.anonymousNotAllowed')}{' '}
            {ctx.signInFor('review') ? (
              <a href={ctx.signInFor('review')}>{t('form.signIn')}</a>
            ) : null}
          </p>
        )}
        <Buttons ctx={ctx} isLast />
      </form>
    </>
  )
}
