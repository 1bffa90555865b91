import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { isStaffRequest } from '../access/isStaff'

const ignored = new Set(['updatedAt', 'createdAt', 'sessions', 'hash', 'salt', 'loginAttempts', 'lockUntil', 'resetPasswordToken', 'resetPasswordExpiration', '_verificationToken'])

const changedFields = (doc: Record<string, unknown>, previous: Record<string, unknown> | undefined) =>
  Object.keys(doc)
    .filter((key) => !ignored.has(key) && JSON.stringify(doc[key]) !== JSON.stringify(previous?.[key]))
    .sort()

/** Staff changes to a citizen record leave a trace: who, when, which fields. */
export const auditStaffChange =
  ({ staffCollection, auditSlug }: { staffCollection: string; auditSlug: string }): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (!isStaffRequest(req, staffCollection)) return doc
    const fields = operation === 'create' ? [] : changedFields(doc, previousDoc)
    if (operation === 'update' && fields.length === 0) return doc
    await req.payload.create({
      collection: auditSlug as 'citizen-audit',
      data: { citizenId: doc.id, staff: req.user!.id as number, action: operation, fields: fields.join(', ') },
      overrideAccess: true,
      req,
    })
    return doc
  }

export const auditStaffDelete =
  ({ staffCollection, auditSlug }: { staffCollection: string; auditSlug: string }): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (!isStaffRequest(req, staffCollection)) return doc
    await req.payload.create({
      collection: auditSlug as 'citizen-audit',
      data: { citizenId: doc.id, staff: req.user!.id as number, action: 'delete', fields: '' },
      overrideAccess: true,
      req,
    })
    return doc
  }
