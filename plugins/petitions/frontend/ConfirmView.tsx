import './petitions.css'

import { hasMessage, type PetitionMessageKey, petitionTranslator } from '../i18n/translate'
import { petitionHref } from '../lib/routes'
import type { PetitionLocale } from '../types'
import type { ConfirmationContext } from './loadConfirm'

/** Errors the confirmation endpoint sends back here (others go to the petition's page). */
const errorKey = (code: string | undefined): PetitionMessageKey | null => {
  if (code === 'expired' || code === 'invalidLink') return `confirm.${code}`
  const key = code ? `errors.${code}` : ''
  return key && hasMessage(key) ? (key as PetitionMessageKey) : null
}

/**
 * The page an emailed confirmation link opens: the petition's title and one button that signs
 * (a POST); an expired, unknown or already used link says so, with the way back to the petition.
 */
export const ConfirmView = ({
  locale,
  context,
  query,
  basePath,
}: {
  locale: PetitionLocale
  context: ConfirmationContext
  query: { error?: string }
  basePath?: Record<PetitionLocale, string>
}) => {
  const t = petitionTranslator(locale)
  const error = errorKey(query.error)
  const { petition } = context
  const state =
    error === 'confirm.expired' || error === 'confirm.invalidLink' ? null : context.state
  const back = petition ? (
    <p>
      <a href={petitionHref(locale, petition.slug, { base: basePath })}>{t('confirm.petition')}</a>
    </p>
  ) : (
    <p>
      <a href={petitionHref(locale, null, { base: basePath })}>{t('confirm.list')}</a>
    </p>
  )
  return (
    <article className="stack" aria-labelledby="confirmer-titre">
      <h1 id="confirmer-titre">{t('confirm.title')}</h1>
      {error ? (
        <div role="alert" className="petition-message petition-message-error">
          <p>
            <strong>{t('confirm.errorTitle')}</strong>
          </p>
          <p>{t(error)}</p>
        </div>
      ) : null}
      {state === 'pending' && petition && context.token ? (
        <form method="post" action="/api/petitions/confirm-signature" className="petition-form">
          <input type="hidden" name="csrf" value={context.csrf} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="t" value={context.token} />
          <p>{t('confirm.intro', { name: context.name ?? '', title: petition.title })}</p>
          <button type="submit" className="petition-button">
            {t('confirm.button')}
          </button>
        </form>
      ) : null}
      {state === 'confirmed' ? <p className="petition-message">{t('confirm.confirmed')}</p> : null}
      {state === 'expired' ? <p className="petition-message">{t('confirm.expired')}</p> : null}
      {state === 'unknown' ? <p className="petition-message">{t('confirm.invalidLink')}</p> : null}
      {back}
    </article>
  )
}
