import type { RequestTranslate } from '../i18n/translate'
import { trackingNumberShape } from '../requests/trackingNumber'
import type { RequestLocale } from '../types'

/**
 * The "Moi aussi" button: a plain POST form (no JavaScript), to follow a request instead of
 * duplicating it. No session token in it, so the public list that shows it is the same page for
 * everyone and comes from the cache: the endpoint refuses a post from another site by its origin.
 */
export const MeTooForm = ({
  t,
  action,
  locale,
  trackingNumber,
  returnTo,
  isFollowed = false,
}: {
  t: RequestTranslate
  action: string
  locale: RequestLocale
  trackingNumber: string
  returnTo: string
  isFollowed?: boolean
}) =>
  isFollowed ? (
    <p className="meta">{t('public.followed')}</p>
  ) : (
    <form method="post" action={action} className="request-me-too">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="number" value={trackingNumber} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button
        type="submit"
        className="request-button-secondary"
        aria-label={t('public.meTooLabel', { number: trackingNumber })}
      >
        {t('public.meToo')}
      </button>
    </form>
  )

/**
 * The answer of "Moi aussi", from the query string the endpoint redirected to, with how the visitor
 * will hear of it: a citizen gets the status emails, an anonymous follower none (they left no
 * address), so they are told where to look instead.
 */
export const MeTooConfirmation = ({
  t,
  outcome,
  trackingNumber,
  isSignedIn,
}: {
  t: RequestTranslate
  outcome: string
  trackingNumber: string
  isSignedIn: boolean
}) =>
  (outcome === 'added' || outcome === 'already') && trackingNumberShape.test(trackingNumber) ? (
    <p role="status" id="moi-aussi-confirmation" className="request-message">
      {t(outcome === 'added' ? 'public.meTooAdded' : 'public.meTooAlready', {
        number: trackingNumber,
      })}{' '}
      {t(isSignedIn ? 'public.meTooEmail' : 'public.meTooNoEmail')}
    </p>
  ) : null
