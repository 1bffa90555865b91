import { APIError, type Payload } from 'payload'

import { BodyError, readFormData } from '../../kit/body'
import type { AnswerIssue } from '../form/answers'
import { isRequestStatus, type RequestStatus } from '../requests/status'
import { type SubmissionError, submitRequest } from '../form/submit'
import type { RequestLocale, ResolvedOptions } from '../types'
import {
  errorAnswer,
  type Open311Answer,
  type Open311Format,
  parsePath,
  type Say,
  sayIn,
} from './answers'
import { open311PartnerContext } from '../collections/ServiceRequests/hooks/prepareRequest'
import { checkApiKey, mayUpdateRequest, type Open311Client } from './clients'
import { isoWithOffset } from './format'
import { claimClientUpdate, settleClientUpdate } from './queries'
import { parseDate, parseLocale } from './handlers'
import { isClientIdempotencyKey, tokenFor } from './tokens'
import { isKnownUpdateStatus, nextStatusFor } from './updates'

const noStore = { 'Cache-Control': 'no-store' }
/** More than any honest form post needs (no files: photos come as media_url). */
export const maxOpen311Body = 64 * 1024

/**
 * The POST body as form fields (GeoReport v2 posts application/x-www-form-urlencoded; multipart
 * is accepted as long as it carries no file), or the error to answer.
 */
export const readOpen311Form = async (
  request: Request,
  path: string[],
): Promise<URLSearchParams | Open311Answer> => {
  const { format } = parsePath(path)
  const say = sayIn(parseLocale(new URL(request.url).searchParams.get('locale')) || null)
  const length = request.headers.get('content-length')
  if (length === null)
    return errorAnswer(411, format, say('Content-Length requis', 'Content-Length required'))
  if (!/^\d+$/.test(length) || Number(length) > maxOpen311Body)
    return errorAnswer(
      413,
      format,
      say('Corps de requête trop grand (64 Ko au plus)', 'Request body too large (64 KB at most)'),
    )
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  if (
    !type.startsWith('application/x-www-form-urlencoded') &&
    !type.startsWith('multipart/form-data')
  ) {
    return errorAnswer(
      415,
      format,
      say(
        'Envoyez un formulaire (application/x-www-form-urlencoded)',
        'Send a form (application/x-www-form-urlencoded)',
      ),
    )
  }
  let data: FormData
  try {
    data = await readFormData(request, { limit: maxOpen311Body })
  } catch (err) {
    const code = err instanceof BodyError ? err.code : 'unreadable'
    if (code === 'tooLarge')
      return errorAnswer(
        413,
        format,
        say(
          'Corps de requête trop grand (64 Ko au plus)',
          'Request body too large (64 KB at most)',
        ),
      )
    if (code === 'nul')
      return errorAnswer(400, format, say('Caractère nul refusé', 'Null character refused'))
    return errorAnswer(400, format, say('Formulaire illisible', 'Unreadable form'))
  }
  const form = new URLSearchParams()
  for (const [name, value] of data.entries()) {
    if (typeof value !== 'string')
      return errorAnswer(
        400,
        format,
        say(
          'Fichiers refusés : donnez l’adresse de la photo dans media_url',
          'Files are not accepted: give the photo’s address in media_url',
        ),
      )
    form.append(name, value)
  }
  // `locale` may come in the query string as well as in the body.
  const queryLocale = new URL(request.url).searchParams.get('locale')
  if (queryLocale && !form.has('locale')) form.set('locale', queryLocale)
  return form
}

const submissionMessages: Record<SubmissionError, [string, string]> = {
  typeUnknown: ['service_code inconnu ou inactif', 'Unknown or inactive service_code'],
  descriptionRequired: ['description est requis', 'description is required'],
  descriptionTooLong: [
    'description : 5 000 caractères au plus',
    'description: 5,000 characters at most',
  ],
  locationRequired: [
    'Lieu requis : lat et long, address_string ou address_id',
    'A location is required: lat and long, address_string or address_id',
  ],
  locationInvalid: ['lat ou long hors limites', 'lat or long out of range'],
  locationOutside: [
    'lat et long tombent hors du territoire de la Ville',
    'lat and long fall outside the city’s territory',
  ],
  anonymousNotAllowed: [
    'Ce service exige un compte résident : signalez-le sur le site de la Ville',
    'This service requires a resident account: report it on the city’s website',
  ],
  emailInvalid: ['email invalide', 'Invalid email'],
  keyInvalid: ['Idempotency-Key invalide', 'Invalid Idempotency-Key'],
}

const issueMessage = (say: Say, issue: AnswerIssue) => {
  const name = `attribute[${issue.code}]`
  switch (issue.error) {
    case 'required':
      return say(`${name} est requis`, `${name} is required`)
    case 'number':
      return say(`${name} doit être un nombre`, `${name} must be a number`)
    case 'date':
      return say(`${name} doit être une date AAAA-MM-JJ`, `${name} must be a YYYY-MM-DD date`)
    case 'choice':
      return say(`${name} : valeur hors de la liste`, `${name}: value not in the list`)
    default:
      return say(`${name} est trop long`, `${name} is too long`)
  }
}

/** `attribute[CODE]=v` and `attribute[CODE][]=v1&attribute[CODE][]=v2` (multivaluelist), per the spec. */
const attributesOf = (form: URLSearchParams) => {
  const answers: Record<string, string[]> = {}
  for (const [name, value] of form.entries()) {
    const match = /^attribute\[([^\]]{1,64})\](\[\])?$/.exec(name)
    if (match) (answers[match[1]] ??= []).push(value)
  }
  return Object.fromEntries(
    Object.entries(answers).map(([code, values]) => [
      code,
      values.length === 1 ? values[0] : values,
    ]),
  )
}

const number = (value: string | null) =>
  value === null || value.trim() === ''
    ? undefined
    : /^-?\d+(\.\d+)?$/.test(value.trim())
      ? Number(value)
      : null
const text = (form: URLSearchParams, name: string, max: number) =>
  (form.get(name) ?? '').trim().slice(0, max)
const isHttpUrl = (value: string) => {
  try {
    return value.length <= 2000 && ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

/** The civic address an `address_string` names ("10, rue de l’Ouest", postal code and city optional). */
const findAddress = async (payload: Payload, options: ResolvedOptions, value: string) => {
  const normal = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[’‘`]/g, "'")
      .replace(/[\s,]+/g, ' ')
      .trim()
      .toLowerCase()
  const wanted = normal(value)
  const civic = /^(\d{1,6})/.exec(wanted)?.[1]
  if (!civic) return null
  const { docs } = await payload.find({
    collection: options.addressesCollection as 'addresses',
    where: { number: { equals: Number(civic) } },
    limit: 500,
    depth: 0,
    overrideAccess: true,
    select: { label: true },
  })
  const match = (docs as unknown as { id: number; label?: string | null }[])
    .filter(
      (a) => a.label && (wanted === normal(a.label) || wanted.startsWith(`${normal(a.label)} `)),
    )
    .sort((a, b) => (b.label ?? '').length - (a.label ?? '').length)[0]
  return match?.id ?? null
}

type Authenticated =
  { client: Open311Client; say: Say; locale: RequestLocale; format: Open311Format } | Open311Answer

/** The API key's client, active and under its rate limit, or the 400/403/429 to answer. */
const authenticate = async (
  payload: Payload,
  options: ResolvedOptions,
  path: string[],
  form: URLSearchParams,
): Promise<Authenticated> => {
  const { format } = parsePath(path)
  const localeParam = parseLocale(form.get('locale'))
  if (localeParam === false)
    return errorAnswer(400, format, 'locale must be fr or en / locale doit être fr ou en', noStore)
  const say = sayIn(localeParam)
  const apiKey = form.get('api_key')
  if (!apiKey)
    return errorAnswer(403, format, say('api_key requis', 'api_key is required'), noStore)
  const checked = await checkApiKey(payload, options, apiKey, say)
  if (!('client' in checked))
    return errorAnswer(
      checked.status,
      format,
      checked.message,
      checked.retryAfter ? { ...noStore, 'Retry-After': String(checked.retryAfter) } : noStore,
    )
  return { client: checked.client, say, locale: localeParam ?? 'fr', format }
}

/** An APIError the creation path threw on purpose (a 4xx with a message), as an Open311 error. */
const fromApiError = (err: unknown, format: Open311Format): Open311Answer | null => {
  if (!(err instanceof APIError) || err.status >= 500) return null
  return errorAnswer(err.status, format, err.message, noStore)
}

const postRequest = async ({
  payload,
  options,
  form,
  auth,
  idempotencyKey,
}: {
  payload: Payload
  options: ResolvedOptions
  form: URLSearchParams
  auth: Exclude<Authenticated, Open311Answer>
  idempotencyKey: string | null
}): Promise<Open311Answer> => {
  const { client, say, locale, format } = auth
  const errors: string[] = []
  const code = (form.get('service_code') ?? '').trim()
  if (!code)
    return errorAnswer(
      400,
      format,
      say('service_code est requis', 'service_code is required'),
      noStore,
    )
  if (idempotencyKey !== null && !isClientIdempotencyKey(idempotencyKey))
    return errorAnswer(
      400,
      format,
      say(
        'Idempotency-Key : 8 à 200 caractères imprimables',
        'Idempotency-Key: 8 to 200 printable characters',
      ),
      noStore,
    )
  const { docs } = await payload.find({
    collection: options.typesCollection as 'request-types',
    where: { and: [{ code: { equals: code } }, { active: { equals: true } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { code: true },
  })
  const type = docs[0] as unknown as { id: number } | undefined
  if (!type)
    return errorAnswer(
      404,
      format,
      say(`service_code ${code} inconnu ou inactif`, `Unknown or inactive service_code ${code}`),
      noStore,
    )

  const lat = number(form.get('lat'))
  const lng = number(form.get('long'))
  if (lat === null || lng === null || (lat === undefined) !== (lng === undefined))
    errors.push(
      say(
        'lat et long doivent être donnés ensemble, en degrés décimaux',
        'lat and long must come together, in decimal degrees',
      ),
    )
  let addressId: number | null = null
  const rawAddressId = (form.get('address_id') ?? '').trim()
  if (rawAddressId) {
    const found = /^\d{1,9}$/.test(rawAddressId)
      ? await payload.findByID({
          collection: options.addressesCollection as 'addresses',
          id: Number(rawAddressId),
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          select: { label: true },
        })
      : null
    if (found) addressId = Number(rawAddressId)
    else
      errors.push(say(`address_id ${rawAddressId} inconnu`, `Unknown address_id ${rawAddressId}`))
  }
  const addressString = text(form, 'address_string', 300)
  if (addressString && !rawAddressId && lat === undefined) {
    addressId = await findAddress(payload, options, addressString)
    if (!addressId)
      errors.push(
        say(
          'address_string introuvable dans le registre des adresses : donnez lat et long',
          'address_string not found in the address registry: send lat and long',
        ),
      )
  }
  const mediaUrl = (form.get('media_url') ?? '').trim()
  if (mediaUrl && !isHttpUrl(mediaUrl))
    errors.push(say('media_url doit être une adresse http(s)', 'media_url must be an http(s) URL'))
  if (errors.length) return errorAnswer(400, format, errors, noStore)

  const description = (form.get('description') ?? '').trim()
  const name = [text(form, 'first_name', 60), text(form, 'last_name', 60)].filter(Boolean).join(' ')
  const token = tokenFor(client.id, idempotencyKey)
  let result: Awaited<ReturnType<typeof submitRequest>>
  try {
    // The resident form's own creation path: the same validation, routing, due date, number and
    // idempotency. device_id and account_id are not kept (minimum data).
    result = await submitRequest(payload, options, {
      typeId: type.id,
      // A photo hosted by the client stays where it is (never fetched): staff get its address.
      description: description && mediaUrl ? `${description}\n\nPhoto : ${mediaUrl}` : description,
      answers: attributesOf(form),
      addressId,
      lat: addressId ? null : (lat ?? null),
      lng: addressId ? null : (lng ?? null),
      contact: { name, email: text(form, 'email', 254), phone: text(form, 'phone', 30) },
      language: locale,
      citizenId: null,
      idempotencyKey: token,
      // Recorded on the request (a system-only field): this client's key may update it later.
      open311Client: client.id,
    })
  } catch (err) {
    const answer = fromApiError(err, format)
    if (answer) return answer
    throw err
  }
  if (!result.ok) {
    const messages = [
      ...result.errors.map((e) => say(...submissionMessages[e])),
      ...result.answerIssues.map((i) => issueMessage(say, i)),
    ]
    return errorAnswer(result.errors.includes('typeUnknown') ? 404 : 400, format, messages, noStore)
  }
  const due = await payload.findByID({
    collection: options.requestsCollection as 'service-requests',
    id: result.id,
    depth: 0,
    overrideAccess: true,
    select: { dueAt: true },
  })
  const dueAt = isoWithOffset((due as { dueAt?: string | null }).dueAt)?.slice(0, 10)
  return {
    status: result.isReplay ? 200 : 201,
    format,
    xmlRoot: 'service_requests',
    xmlItem: 'request',
    headers: noStore,
    body: [
      {
        service_request_id: result.trackingNumber,
        token,
        service_notice: dueAt
          ? say(`Traitement prévu d’ici le ${dueAt}.`, `Expected to be handled by ${dueAt}.`)
          : null,
        account_id: null,
      },
    ],
  }
}

const postUpdate = async ({
  payload,
  options,
  form,
  auth,
}: {
  payload: Payload
  options: ResolvedOptions
  form: URLSearchParams
  auth: Exclude<Authenticated, Open311Answer>
}): Promise<Open311Answer> => {
  const { say, format } = auth
  const trackingNumber = (form.get('service_request_id') ?? '').trim()
  if (!trackingNumber)
    return errorAnswer(
      400,
      format,
      say('service_request_id est requis', 'service_request_id is required'),
      noStore,
    )
  const errors: string[] = []
  const status = (form.get('status') ?? '').trim()
  if (status && !isKnownUpdateStatus(status))
    errors.push(say(`status ${status} inconnu`, `Unknown status ${status}`))
  const description = (form.get('description') ?? '').trim()
  if (description.length > 5000)
    errors.push(
      say('description : 5 000 caractères au plus', 'description: 5,000 characters at most'),
    )
  if (parseDate(form.get('updated_datetime')) === null)
    errors.push(say('updated_datetime doit être en ISO 8601', 'updated_datetime must be ISO 8601'))
  if (errors.length) return errorAnswer(400, format, errors, noStore)
  const { docs } = await payload.find({
    collection: options.requestsCollection as 'service-requests',
    where: { trackingNumber: { equals: trackingNumber } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { status: true, type: true, open311Client: true },
  })
  const request = docs[0] as unknown as
    { id: number; status: RequestStatus; type?: unknown; open311Client?: unknown } | undefined
  if (!request || !isRequestStatus(request.status))
    return errorAnswer(
      404,
      format,
      say(
        `service_request_id ${trackingNumber} inconnu`,
        `Unknown service_request_id ${trackingNumber}`,
      ),
      noStore,
    )
  // A key updates its own client's requests and those of the types granted to it: before anything
  // is claimed or written, so a refusal changes nothing.
  if (!mayUpdateRequest(auth.client, request)) {
    return errorAnswer(
      403,
      format,
      say(
        `Ce client Open311 ne peut pas mettre à jour la requête ${trackingNumber} : elle n’a pas été envoyée par ce client et son type ne lui est pas confié`,
        `This Open311 client may not update request ${trackingNumber}: it was not sent by this client and its type is not granted to it`,
      ),
      noStore,
    )
  }
  const next = nextStatusFor(request.status, status || null)
  if (!description && next === request.status)
    return errorAnswer(
      400,
      format,
      say('description est requis (rien à ajouter)', 'description is required (nothing to add)'),
      noStore,
    )
  const answer = (updateId: string | null, status = 200): Open311Answer => ({
    status,
    format,
    xmlRoot: 'service_request_updates',
    xmlItem: 'request_update',
    headers: noStore,
    body: [{ update_id: updateId }],
  })
  // The client's own update id, when it sends one, makes a retry harmless: one note per id.
  const externalId = (form.get('update_id') ?? '').trim().slice(0, 100)
  if (externalId) {
    const claim = await claimClientUpdate({ payload, clientId: auth.client.id, externalId })
    if (!claim.claimed) {
      if (claim.updateId) return answer(claim.updateId)
      return errorAnswer(
        409,
        format,
        say(
          'Cette mise à jour est déjà en cours d’enregistrement',
          'This update is already being saved',
        ),
        noStore,
      )
    }
  }
  type Updated = { history?: { id?: string | null; isPublic?: boolean | null }[] | null }
  let updateId: string | null = null
  try {
    // Who wrote it on the client's side (email, names) is not kept: the note is public and
    // belongs to the request, not to a person (minimum data). The partner is named on the entry.
    const updated = (await payload.update({
      collection: options.requestsCollection as 'service-requests',
      id: request.id,
      data: { status: next, note: description, isNotePublic: true } as never,
      depth: 0,
      overrideAccess: true,
      context: { [open311PartnerContext]: auth.client.name },
    })) as unknown as Updated
    updateId = [...(updated.history ?? [])].reverse().find((h) => h.isPublic)?.id ?? null
  } catch (err) {
    const refused = fromApiError(err, format)
    if (refused) return refused
    throw err
  } finally {
    if (externalId)
      await settleClientUpdate({ payload, clientId: auth.client.id, externalId, updateId })
  }
  return answer(updateId)
}

/**
 * GeoReport v2 writes: `POST requests.(json|xml)` creates a request through the resident form's
 * path, `POST servicerequestupdates.(json|xml)` (FixMyStreet's extension) adds a public note and
 * moves the status when the status machine allows it. Both need an active client's api_key and
 * count against its per-minute limit.
 */
export const handleOpen311Post = async ({
  payload,
  options,
  path,
  form,
  headers,
}: {
  payload: Payload
  options: ResolvedOptions
  path: string[]
  form: URLSearchParams
  headers: Headers
}): Promise<Open311Answer> => {
  const { segments, format } = parsePath(path)
  const isKnown =
    segments?.length === 1 &&
    (segments[0] === 'requests' || segments[0] === 'servicerequestupdates')
  if (!isKnown) {
    const say = sayIn(parseLocale(form.get('locale')) || null)
    const isReadOnly =
      segments !== null &&
      ['discovery', 'services', 'requests', 'tokens'].includes(segments[0]) &&
      segments.length <= 2
    if (isReadOnly)
      return errorAnswer(
        405,
        format,
        say(
          'Méthode non permise : cette ressource se lit avec GET',
          'Method not allowed: this resource is read with GET',
        ),
        { ...noStore, Allow: 'GET' },
      )
    return errorAnswer(
      404,
      format,
      segments
        ? say('Ressource inconnue', 'Unknown resource')
        : say('Ressource inconnue : ajoutez .json ou .xml', 'Unknown resource: add .json or .xml'),
      noStore,
    )
  }
  const auth = await authenticate(payload, options, path, form)
  if ('status' in auth) return auth
  if (segments[0] === 'requests')
    return postRequest({
      payload,
      options,
      form,
      auth,
      idempotencyKey: headers.get('idempotency-key'),
    })
  return postUpdate({ payload, options, form, auth })
}
