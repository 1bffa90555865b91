'use client'

import { useState } from 'react'

const text = {
  fr: {
    close: 'Fermer maintenant',
    confirmClose: 'Fermer ce sondage maintenant ? Les résidents ne pourront plus répondre.',
    duplicate: 'Dupliquer',
    failed: 'L’action n’a pas pu être faite. Réessayez.',
  },
  en: {
    close: 'Close now',
    confirmClose: 'Close this survey now? Residents will no longer be able to answer.',
    duplicate: 'Duplicate',
    failed: 'The action could not be done. Try again.',
  },
}

/**
 * "Close now" and "Duplicate" in the admin's results view: the only client part of it (the charts
 * and tables are rendered on the server). Each posts to the plugin's staff endpoint, then reloads
 * the view or opens the copy.
 */
export const SurveyActions = ({
  id,
  lang,
  apiRoute,
  adminRoute,
  isClosed,
}: {
  id: number
  lang: 'fr' | 'en'
  apiRoute: string
  adminRoute: string
  isClosed: boolean
}) => {
  const t = text[lang]
  const [hasFailed, setHasFailed] = useState(false)
  const [isBusy, setIsBusy] = useState(false)
  const post = async (action: 'close' | 'duplicate') => {
    if (action === 'close' && !window.confirm(t.confirmClose)) return
    setIsBusy(true)
    setHasFailed(false)
    try {
      const response = await fetch(`${apiRoute}/surveys/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
      })
      if (!response.ok) throw new Error(String(response.status))
      const body = (await response.json()) as { id: number }
      window.location.assign(
        action === 'duplicate'
          ? `${adminRoute}/collections/surveys/${body.id}`
          : window.location.href,
      )
    } catch {
      setHasFailed(true)
      setIsBusy(false)
    }
  }
  return (
    <>
      {isClosed ? null : (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={isBusy}
          onClick={() => post('close')}
        >
          {t.close}
        </button>
      )}
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={isBusy}
        onClick={() => post('duplicate')}
      >
        {t.duplicate}
      </button>
      {hasFailed ? <span role="alert">{t.failed}</span> : null}
    </>
  )
}
