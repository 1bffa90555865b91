import type { Payload } from 'payload'

import { relationId } from '../../kit/ids'
import { petitionsSlug, typesSlug } from '../defaults'
import type { PetitionCitizen, PetitionLocale } from '../types'
import { slugify } from './model'
import { filingSegment, unsubscribeSegment } from './routes'

export const filingErrorCodes = [
  'title',
  'text',
  'request',
  'type',
  'area',
  'filerName',
  'contacts',
  'ageNotDeclared',
] as const
export type FilingErrorCode = (typeof filingErrorCodes)[number]

type TypeRow = {
  id: number
  minimumAge?: number | null
  contacts?: number | null
  areaRule?: 'cityOrSector' | 'cityOnly' | 'sectorOnly' | null
  channel?: 'online' | 'paper' | null
}

/** At most this many contacts on the form, whatever the types ask. */
export const maxContacts = 5

export type FilingInput = {
  title: string
  text: string
  request: string
  typeId: number
  area: { kind: 'city' } | { kind: 'sector'; sectorId: number }
  filer: { publicName: string; consentToPublish: boolean }
  contacts: { publicName: string; consentToPublish: boolean }[]
}

const clean = (value: string | null, max: number) =>
  (value ?? '').replace(/\r\n/g, '\n').trim().slice(0, max)

/**
 * A resident's filing form, checked against the chosen type (its area rule, its number of named
 * contacts, online only) and the filer's own address: a sector petition is filed by a resident
 * of that sector. Returns the input, or the fields in error.
 */
export const readFiling = async ({
  payload,
  form,
  addressSectorId,
}: {
  payload: Payload
  form: URLSearchParams
  addressSectorId: number | null
}): Promise<{ input: FilingInput } | { errors: FilingErrorCode[] }> => {
  const errors: FilingErrorCode[] = []
  const title = clean(form.get('title'), 160)
  const text = clean(form.get('text'), 10_000)
  const request = clean(form.get('request'), 2000)
  if (title.length < 5) errors.push('title')
  if (text.length < 20) errors.push('text')
  if (request.length < 5) errors.push('request')
  const typeId = relationId(form.get('type'))
  const type = typeId
    ? ((await payload.db.findOne({
        collection: typesSlug as 'users',
        where: { id: { equals: typeId } },
        select: { minimumAge: true, contacts: true, areaRule: true, channel: true },
      })) as unknown as TypeRow | null)
    : null
  if (!type || type.channel === 'paper') errors.push('type')
  const areaValue = form.get('area') ?? ''
  const sectorId = areaValue === 'city' ? null : relationId(areaValue)
  const area: FilingInput['area'] = sectorId ? { kind: 'sector', sectorId } : { kind: 'city' }
  const isAreaAllowed =
    (areaValue === 'city' || sectorId !== null) &&
    !(type?.areaRule === 'cityOnly' && area.kind !== 'city') &&
    !(type?.areaRule === 'sectorOnly' && area.kind !== 'sector') &&
    (area.kind === 'city' || area.sectorId === addressSectorId)
  if (!isAreaAllowed) errors.push('area')
  const filerName = clean(form.get('filerName'), 120)
  if (!filerName) errors.push('filerName')
  const contacts = Array.from({ length: maxContacts }, (_, i) => ({
    publicName: clean(form.get(`contact${i + 1}Name`), 120),
    consentToPublish: form.get(`contact${i + 1}Consent`) === '1',
  })).filter((c) => c.publicName)
  if (contacts.length < Math.min(type?.contacts ?? 0, maxContacts)) errors.push('contacts')
  if (form.get('ageDeclared') !== '1') errors.push('ageNotDeclared')
  if (errors.length || !type) return { errors }
  return {
    input: {
      title,
      text,
      request,
      typeId: type.id,
      area,
      filer: { publicName: filerName, consentToPublish: form.get('filerConsent') === '1' },
      contacts,
    },
  }
}

/** A free slug from the title: `titre`, else `titre-2`, `titre-3`… */
const freeSlug = async (payload: Payload, title: string) => {
  const base = slugify(title) || 'petition'
  for (let n = 1; n < 50; n++) {
    const slug = n === 1 ? base : `${base.slice(0, 75)}-${n}`
    // The filing page's own segments (lib/routes.ts) are never a petition's.
    if (
      [...Object.values(filingSegment), ...Object.values(unsubscribeSegment)].includes(
        slug as never,
      )
    )
      continue
    const { totalDocs } = await payload.count({
      collection: petitionsSlug as 'users',
      where: { slug: { equals: slug } },
      overrideAccess: true,
    })
    if (totalDocs === 0) return slug
  }
  return `${base.slice(0, 60)}-${Date.now().toString(36)}`
}

/**
 * Saves the resident's draft, filed by them, in the language of the form. Created by the plugin
 * for the resident (`overrideAccess`: residents create no petition through Payload's API); only
 * the resident and the greffe read it while it is a draft.
 */
export const saveDraft = async ({
  payload,
  citizen,
  input,
  locale,
}: {
  payload: Payload
  citizen: PetitionCitizen
  input: FilingInput
  locale: PetitionLocale
}): Promise<{ id: number; slug: string }> => {
  const doc = (await payload.create({
    collection: petitionsSlug as 'users',
    data: {
      title: input.title,
      slug: await freeSlug(payload, input.title),
      text: input.text,
      request: input.request,
      language: locale,
      type: input.typeId,
      areaKind: input.area.kind,
      sector: input.area.kind === 'sector' ? input.area.sectorId : null,
      filedBy: citizen.id,
      promoters: [
        { role: 'filer', citizen: citizen.id, ...input.filer },
        ...input.contacts.map((c) => ({ role: 'contact', ...c })),
      ],
      status: 'draft',
    } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })) as unknown as { id: number; slug: string }
  return { id: doc.id, slug: doc.slug }
}
