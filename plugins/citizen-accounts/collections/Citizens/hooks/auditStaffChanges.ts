import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  PayloadRequest,
} from 'payload'

import { isStaffRequest } from '../../../access/isStaff'

// Bookkeeping Payload changes on its own. (The saved document leaves hidden fields out, so the
// hash and sessions are compared only by the account actions, which name what they change.)
const ignored = new Set([
  'id',
  'updatedAt',
  'createdAt',
  'hash',
  'salt',
  'sessions',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
])

/** A relationship compares by id, whether it came populated or not; array rows without their ids. */
const comparable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(comparable)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && Object.keys(record).some((k) => k === 'createdAt' || k === 'updatedAt'))
      return record.id
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, comparable(v)]))
  }
  return value ?? null
}

/** The names of the fields whose stored value truly differs. */
export const changedFields = (
  doc: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
) =>
  Object.keys(doc)
    .filter(
      (key) =>
        !ignored.has(key) &&
        JSON.stringify(comparable(doc[key])) !== JSON.stringify(comparable(previous?.[key])),
    )
    .sort()

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'view'
  | 'send-reset'
  | 'sign-out-everywhere'
  | 'disable'
  | 'enable'

/** One line of the citizen audit: who on staff, which record, what, which fields (names only). */
export const recordAudit = async (
  req: PayloadRequest,
  {
    auditSlug,
    citizenId,
    action,
    fields,
  }: { auditSlug: string; citizenId: number; action: AuditAction; fields: string[] },
) => {
  await req.payload.create({
    collection: auditSlug as 'citizen-audit',
    data: { citizenId, staff: req.user!.id as number, action, fields: fields.join(', ') },
    overrideAccess: true,
    req,
  })
}

/** Staff changes to a citizen record leave a trace: who, when, which fields. */
export const auditStaffChange =
  ({
    staffCollection,
    auditSlug,
  }: {
    staffCollection: string
    auditSlug: string
  }): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req, context }) => {
    // The account actions (endpoints/accountActions.ts) write their own line.
    if (!isStaffRequest(req, staffCollection) || context?.isCitizenSystem) return doc
    const fields = operation === 'create' ? [] : changedFields(doc, previousDoc)
    if (operation === 'update' && fields.length === 0) return doc
    await recordAudit(req, { auditSlug, citizenId: doc.id, action: operation, fields })
    return doc
  }

export const auditStaffDelete =
  ({
    staffCollection,
    auditSlug,
  }: {
    staffCollection: string
    auditSlug: string
  }): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (!isStaffRequest(req, staffCollection)) return doc
    await recordAudit(req, { auditSlug, citizenId: doc.id, action: 'delete', fields: [] })
    return doc
  }

/** Staff opening one resident's record is recorded too, once per person and record every 10 minutes. */
export const auditStaffView =
  ({
    staffCollection,
    auditSlug,
  }: {
    staffCollection: string
    auditSlug: string
  }): CollectionAfterOperationHook =>
  async ({ operation, result, req }) => {
    if (operation !== 'findByID' || !result || !isStaffRequest(req, staffCollection)) return result
    const citizenId = Number((result as { id?: unknown }).id)
    const since = new Date(Date.now() - 10 * 60 * 1000).toISOString()
    const { totalDocs } = await req.payload.count({
      collection: auditSlug as 'citizen-audit',
      where: {
        and: [
          { citizenId: { equals: citizenId } },
          { staff: { equals: req.user!.id } },
          { action: { equals: 'view' } },
          { createdAt: { greater_than: since } },
        ],
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0)
      await recordAudit(req, { auditSlug, citizenId, action: 'view', fields: [] })
    return result
  }
