import './petitions.css'

import { petitionTranslator } from '../i18n/translate'
import { petitionHref } from '../lib/routes'
import type { PetitionLocale } from '../types'
import type { UnsubscribeContext } from './loadSupport'

/**
 * The page an outcome email's unsubscribe link opens: what it stops and a button. Opening it
 * changes nothing (mail scanners follow links); the button's POST unsubscribes. Without a valid
 * link, or after the POST, the page says so.
 */
export const UnsubscribeView = ({
  locale,
  context,
  query,
  basePath,
}: {
  locale: PetitionLocale
  /** The link's signature, verified; null when the link is missing or forged. */
  context: UnsubscribeContext | null
  query: { signature?: string; s?: string; status?: string; error?: string }
  basePath?: Record<PetitionLocale, string>
}) => {
  const t = petitionTranslator(locale)
  const message =
    query.status === 'unsubscribed'
      ? { text: t('unsubscribe.done'), isError: false }
      : query.error === 'unexpected'
        ? { text: t('unsubscribe.unexpected'), isError: true }
        : !context
          ? { text: t('unsubscribe.invalid'), isError: true }
          : null
  return (
    <div className="stack">
      <h1>{t('unsubscribe.title')}</h1>
      {message ? (
        <p
          role={message.isError ? 'alert' : 'status'}
          className={`petition-message${message.isError ? ' petition-message-error' : ''}`}
        >
          {message.text}
        </p>
      ) : context && !context.isSubscribed ? (
        <p className="petition-message">
          {t('unsubscribe.already', { title: context.petitionTitle })}
        </p>
      ) : context ? (
        <form method="post" action="/api/petitions/unsubscribe" className="petition-form">
          <input type="hidden" name="signature" value={String(context.signatureId)} />
          <input type="hidden" name="s" value={query.s ?? ''} />
          <input type="hidden" name="locale" value={locale} />
          <p>{t('unsubscribe.intro', { title: context.petitionTitle })}</p>
          <button type="submit" className="petition-button">
            {t('unsubscribe.button')}
          </button>
        </form>
      ) : null}
      <p>
        <a href={petitionHref(locale, null, { base: basePath })}>{t('page.back')}</a>
      </p>
    </div>
  )
}
