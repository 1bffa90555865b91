import type { Endpoint, PayloadRequest } from 'payload'

import { isResidentDataStaff } from '../access/citizenAccess'
import { recordAudit } from '../collections/Citizens/hooks/auditStaffChanges'
import { asLocale } from '../i18n/translate'
import { sendAccountEmail } from '../lib/sendAccountEmail'
import type { ResolvedOptions } from '../types'

export const accountActions = ['send-reset', 'sign-out-everywhere', 'disable', 'enable'] as const
export type AccountAction = (typeof accountActions)[number]

const messages = {
  forbidden:
    'Réservé au personnel qui gère les dossiers des résidents. / Only staff who handle residents’ records may do this.',
  notFound: 'Dossier introuvable. / Record not found.',
  'send-reset':
    'Un courriel de réinitialisation a été envoyé au résident. / A password reset email was sent to the resident.',
  'sign-out-everywhere':
    'Le résident est déconnecté de tous ses appareils. / The resident is signed out on every device.',
  disable:
    'Le dossier est désactivé : plus aucune connexion n’est possible. / The account is disabled: no sign-in is possible.',
  enable: 'Le dossier est réactivé. / The account is enabled again.',
  unchanged: 'Rien à changer. / Nothing to change.',
}

type CitizenRow = {
  id: number
  email: string
  preferredLanguage?: string | null
  disabledAt?: string | null
  sessions?: unknown[] | null
}

/**
 * The few things staff may do to a resident's account, each recorded in the citizen audit (who,
 * when, which fields truly changed): send the resident a password reset email (the link goes to
 * the resident only, never to staff), sign them out on every device (their sessions are deleted,
 * so every token stops at once), disable the account (no sign-in, sessions deleted) or enable it
 * again. Nobody on staff sets a resident's password or sign-in email.
 *   POST /api/citizens/:id/send-reset | sign-out-everywhere | disable | enable
 */
export const accountActionEndpoint = (
  options: ResolvedOptions,
  action: AccountAction,
): Endpoint => ({
  path: `/:id/${action}`,
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const headers = { 'Cache-Control': 'no-store' }
    const fail = (status: number, message: string) =>
      Response.json({ errors: [{ message }] }, { status, headers })
    if (!isResidentDataStaff(req, options)) return fail(403, messages.forbidden)
    const id = Number(req.routeParams?.id)
    if (!Number.isSafeInteger(id) || id <= 0) return fail(404, messages.notFound)
    const slug = options.slug as 'citizens'
    const citizen = (await req.payload.findByID({
      collection: slug,
      id,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      disableErrors: true,
    })) as unknown as CitizenRow | null
    if (!citizen) return fail(404, messages.notFound)
    const hasSessions = Boolean(citizen.sessions?.length)
    let fields: string[] = []
    if (action === 'send-reset') {
      // The same email as the resident's own "forgot password": the link goes to the resident only,
      // in their language; the token never appears in this answer.
      const token = await req.payload.forgotPassword({
        collection: slug,
        data: { email: citizen.email },
        disableEmail: true,
        overrideAccess: true,
      })
      if (token)
        await sendAccountEmail({
          payload: req.payload,
          options,
          to: citizen.email,
          kind: 'reset',
          locale: asLocale(citizen.preferredLanguage),
          token,
        })
      fields = ['resetPasswordToken', 'resetPasswordExpiration']
    } else {
      const data: Record<string, unknown> = {}
      if (action === 'disable' && !citizen.disabledAt) data.disabledAt = new Date().toISOString()
      if (action === 'enable' && citizen.disabledAt) data.disabledAt = null
      if ((action === 'disable' || action === 'sign-out-everywhere') && hasSessions)
        data.sessions = []
      fields = Object.keys(data)
      if (!fields.length) return Response.json({ message: messages.unchanged, fields }, { headers })
      await req.payload.update({
        collection: slug,
        id,
        data: data as never,
        overrideAccess: true,
        context: { isCitizenSystem: true },
      })
    }
    await recordAudit(req, { auditSlug: options.auditCollection, citizenId: id, action, fields })
    return Response.json({ message: messages[action], fields }, { headers })
  },
})
