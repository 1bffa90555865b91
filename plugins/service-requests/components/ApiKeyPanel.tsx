'use client'

import { Button, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

const text = {
  fr: {
    title: 'Clé d’API',
    unsaved: 'La clé est créée à l’enregistrement et affichée une seule fois ici.',
    shown:
      'Copiez-la maintenant : elle ne sera plus jamais affichée (seule son empreinte est conservée).',
    regenerate: 'Générer une nouvelle clé',
    confirm: 'Remplacer la clé ? Le client devra utiliser la nouvelle clé immédiatement.',
    failed: 'La clé n’a pas pu être générée.',
    copy: 'Copier',
    copied: 'Copiée',
  },
  en: {
    title: 'API key',
    unsaved: 'The key is created on save and shown here only once.',
    shown: 'Copy it now: it will never be shown again (only its hash is kept).',
    regenerate: 'Generate a new key',
    confirm: 'Replace the key? The client must use the new key at once.',
    failed: 'The key could not be generated.',
    copy: 'Copy',
    copied: 'Copied',
  },
}

const stashKey = (id: string | number) => `open311-key:${id}`

/**
 * The plain key, shown once: the create answer carries it (`apiKey`); the admin then reloads the
 * document from the database, where only the hash is, so the key crosses that redirect in this
 * tab's sessionStorage and is removed as soon as it is shown. "Generate a new key" asks the
 * server for a new one.
 */
export const ApiKeyPanel = () => {
  const { id, data } = useDocumentInfo() as {
    id?: string | number
    data?: { id?: string | number; apiKey?: string }
  }
  const { code } = useLocale()
  const t = text[code === 'en' ? 'en' : 'fr']
  const [key, setKey] = useState<string | null>(null)
  const [error, setError] = useState(false)
  const [copied, setCopied] = useState(false)

  useEffect(() => {
    if (data?.apiKey && data.id) {
      window.sessionStorage.setItem(stashKey(data.id), data.apiKey)
      setKey(data.apiKey)
    }
  }, [data?.apiKey, data?.id])
  useEffect(() => {
    if (!id) return
    const stashed = window.sessionStorage.getItem(stashKey(id))
    if (stashed) {
      window.sessionStorage.removeItem(stashKey(id))
      setKey(stashed)
    }
  }, [id])

  const regenerate = async () => {
    if (!id || !window.confirm(t.confirm)) return
    setError(false)
    const response = await fetch(`/api/open311-clients/${id}/regenerate-key`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await response.json().catch(() => ({}))) as { apiKey?: string }
    if (!response.ok || !body.apiKey) return setError(true)
    setKey(body.apiKey)
  }

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p className="field-label">{t.title}</p>
      {!id && <p>{t.unsaved}</p>}
      {key && (
        <div role="status">
          <input
            readOnly
            value={key}
            aria-label={t.title}
            style={{ width: '100%', fontFamily: 'monospace' }}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p>
            <strong>{t.shown}</strong>
          </p>
          <Button
            buttonStyle="secondary"
            size="small"
            onClick={() => void navigator.clipboard?.writeText(key).then(() => setCopied(true))}
          >
            {copied ? t.copied : t.copy}
          </Button>
        </div>
      )}
      {id && (
        <Button buttonStyle="secondary" size="small" onClick={() => void regenerate()}>
          {t.regenerate}
        </Button>
      )}
      {error && <p role="alert">{t.failed}</p>}
    </div>
  )
}
