import type { DocumentViewServerProps, Payload, PayloadRequest } from 'payload'

import { isGreffe } from '../access/roles'
import { auditSlug } from '../defaults'
import { petitionTranslator } from '../i18n/translate'
import { petitionsOptions } from '../lib/options'
import type { PetitionLocale, ResolvedPetitionsOptions } from '../types'

/** What a petition's staff tab needs first: the greffe (else a refusal, on the server), the id. */
export const staffViewContext = (
  props: DocumentViewServerProps,
):
  | { refusal: React.ReactElement }
  | {
      refusal: null
      locale: PetitionLocale
      options: ResolvedPetitionsOptions
      id: number
      user: PayloadRequest['user']
      param: (name: string) => string | null
    } => {
  const { initPageResult, i18n, payload, doc, searchParams } = props
  const locale: PetitionLocale = i18n.language === 'en' ? 'en' : 'fr'
  const options = petitionsOptions(payload)
  const { user } = initPageResult.req
  if (!isGreffe(user, options))
    return {
      refusal: <p role="alert">{petitionTranslator(locale)('staff.denied')}</p>,
    }
  const param = (name: string) => {
    const value = searchParams?.[name]
    return (Array.isArray(value) ? value[0] : value) ?? null
  }
  return {
    refusal: null,
    locale,
    options,
    id: Number(doc?.id ?? initPageResult.docID),
    user,
    param,
  }
}

/** An audit entry of this petition and action, read with the greffe's access; null otherwise. */
export const readAuditEntry = async ({
  payload,
  user,
  id,
  petitionId,
  action,
}: {
  payload: Payload
  user: PayloadRequest['user']
  id: string | null
  petitionId: number
  action: 'paperEntry' | 'bulkInvalidation'
}) => {
  if (!id || !/^\d{1,12}$/.test(id)) return null
  const entry = (await payload.findByID({
    collection: auditSlug as 'users',
    id: Number(id),
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    user,
  })) as unknown as {
    action?: string
    petitionId?: number
    lines?: number | null
    count?: number
    details?: Record<string, unknown> | null
  } | null
  if (!entry || entry.action !== action || Number(entry.petitionId) !== petitionId) return null
  return entry
}
