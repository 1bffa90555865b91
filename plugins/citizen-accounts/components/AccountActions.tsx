'use client'

import { Button, useAuth, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useState } from 'react'

type Action = 'send-reset' | 'sign-out-everywhere' | 'disable' | 'enable'

const text = {
  fr: {
    title: 'Actions sur le dossier',
    intro:
      'Le personnel ne fixe jamais le mot de passe ni le courriel d’un résident. Chaque action est inscrite au journal.',
    'send-reset': 'Envoyer un courriel de réinitialisation',
    'sign-out-everywhere': 'Déconnecter de tous les appareils',
    disable: 'Désactiver le dossier',
    enable: 'Réactiver le dossier',
    confirm: 'Confirmer cette action sur le dossier du résident ?',
    failed: 'L’action n’a pas pu être faite.',
  },
  en: {
    title: 'Account actions',
    intro: 'Staff never set a resident’s password or email. Every action is recorded in the audit.',
    'send-reset': 'Send a password reset email',
    'sign-out-everywhere': 'Sign out on every device',
    disable: 'Disable the account',
    enable: 'Enable the account',
    confirm: 'Confirm this action on the resident’s account?',
    failed: 'The action could not be done.',
  },
}

/**
 * The audited account actions of endpoints/accountActions.ts, as buttons beside a resident's
 * record. Shown to every staff member who can open the record; the server decides who may act.
 */
export const AccountActions = () => {
  const { id, data } = useDocumentInfo() as {
    id?: string | number
    data?: { disabledAt?: string | null }
  }
  const { user } = useAuth()
  const { code } = useLocale()
  const t = text[code === 'en' ? 'en' : 'fr']
  const [message, setMessage] = useState<string | null>(null)
  const [isBusy, setBusy] = useState(false)
  if (!id || !user) return null

  const run = async (action: Action) => {
    if (!window.confirm(t.confirm)) return
    setBusy(true)
    try {
      const response = await fetch(`/api/citizens/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json().catch(() => ({}))) as {
        message?: string
        errors?: { message?: string }[]
      }
      setMessage(body.message ?? body.errors?.[0]?.message ?? t.failed)
      if (response.ok && (action === 'disable' || action === 'enable')) window.location.reload()
    } catch {
      setMessage(t.failed)
    } finally {
      setBusy(false)
    }
  }

  const actions: Action[] = [
    'send-reset',
    'sign-out-everywhere',
    data?.disabledAt ? 'enable' : 'disable',
  ]
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p className="field-label">{t.title}</p>
      <p style={{ marginTop: 0 }}>{t.intro}</p>
      {actions.map((action) => (
        <Button
          key={action}
          buttonStyle="secondary"
          size="small"
          disabled={isBusy}
          onClick={() => void run(action)}
        >
          {t[action]}
        </Button>
      ))}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
