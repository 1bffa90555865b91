import type { Payload } from 'payload'

import { petitionsSlug, typesSlug } from '../defaults'
import { createCsrfToken, csrfBinding, trustedHeaders } from '../lib/csrf'
import { type AreaRule, type PetitionRules, type PetitionStatus } from '../lib/model'
import { petitionsOptions } from '../lib/options'
import { sectorOfAddress } from '../lib/readPetition'
import { petitionHref } from '../lib/routes'
import { findSimilarPetitions, type SimilarPetition } from '../lib/similar'
import { countSupports, quorumOf } from '../lib/support'
import type { PetitionLocale } from '../types'

export type FilingType = {
  id: number
  name: string
  contacts: number
  minimumAge: number
  areaRule: AreaRule
}

/** Everything the filing page needs about this visitor, from plain data. Never cached. */
export type FilingContext = {
  eligibility: 'eligible' | 'signInRequired' | 'noAddress' | 'outsideArea'
  csrf: string
  /** The online petition types a resident may file under. */
  types: FilingType[]
  /** The sector of the resident's address (a sector petition is filed by one of its residents). */
  sectorId: number | null
  /** The resident's own draft named in `?draft=`, with the similar public petitions. */
  draft: {
    id: number
    title: string
    request: string
    status: PetitionStatus
    similar: SimilarPetition[]
    /** While it gathers supports: its share link (absolute), supports and quorum. */
    support?: { shareUrl: string | null; count: number; quorum: number } | null
  } | null
}

/** Who is filing, which types they may use, and their draft with its similar petitions. */
export const getFilingContext = async (
  payload: Payload,
  headers: Headers,
  { locale, draftId }: { locale: PetitionLocale; draftId?: number | null },
): Promise<FilingContext> => {
  const options = petitionsOptions(payload)
  const citizen = await options.identifyCitizen({ payload, headers: trustedHeaders(headers) })
  const sectorId = citizen ? await sectorOfAddress(payload, options, citizen.addressId) : null
  const { docs } = await payload.find({
    collection: typesSlug as 'users',
    where: { channel: { equals: 'online' } },
    locale,
    depth: 0,
    limit: 50,
    sort: 'id',
    overrideAccess: false,
  })
  const types = (docs as unknown as (FilingType & { name?: string })[]).map((t) => ({
    id: t.id,
    name: t.name ?? '',
    contacts: t.contacts ?? 0,
    minimumAge: t.minimumAge ?? 0,
    areaRule: t.areaRule ?? 'cityOrSector',
  }))
  let draft: FilingContext['draft'] = null
  if (citizen && draftId) {
    const { docs: own } = await payload.find({
      collection: petitionsSlug as 'users',
      where: { and: [{ id: { equals: draftId } }, { filedBy: { equals: citizen.id } }] },
      depth: 0,
      limit: 1,
      select: {
        title: true,
        slug: true,
        text: true,
        request: true,
        status: true,
        shareToken: true,
        rules: true,
      } as never,
      overrideAccess: true,
    })
    const row = own[0] as unknown as
      | {
          id: number
          title: string
          slug: string
          text: string
          request: string
          status: PetitionStatus
          shareToken?: string | null
          rules?: PetitionRules | null
        }
      | undefined
    if (row)
      draft = {
        id: row.id,
        title: row.title,
        request: row.request,
        status: row.status,
        similar:
          row.status === 'draft'
            ? await findSimilarPetitions(payload, {
                title: row.title,
                text: row.text,
                excludeId: row.id,
              })
            : [],
        support:
          row.status === 'supporting'
            ? {
                shareUrl: row.shareToken
                  ? `${payload.config.serverURL ?? ''}${petitionHref(locale, row.slug, {
                      query: { appui: row.shareToken },
                      base: options.basePath,
                    })}`
                  : null,
                count: await countSupports(payload, row.id),
                quorum: quorumOf(row.rules ?? null),
              }
            : null,
      }
  }
  return {
    eligibility: !citizen
      ? 'signInRequired'
      : !citizen.addressId
        ? 'noAddress'
        : sectorId === null
          ? 'outsideArea'
          : 'eligible',
    csrf: createCsrfToken(payload.secret, csrfBinding(citizen)),
    types,
    sectorId,
    draft,
  }
}
