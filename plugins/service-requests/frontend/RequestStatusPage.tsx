import './requests.css'

import { notFound } from 'next/navigation'
import type { Payload } from 'payload'

import { hasMessage, requestTranslator, type RequestMessageKey } from '../i18n/translate'
import { signedInCitizen } from '../residents/citizen'
import { createCsrfToken, csrfBinding } from '../residents/csrf'
import { getFollowUpView } from '../follow/followUpView'
import { canReopen } from '../follow/residentActions'
import { readQuery } from '../requests/queryKeys'
import { newRequestHref, requestHref } from '../requests/routes'
import type { RequestLocale } from '../types'
import { formatDay, formatDayTime, requestOptions } from './options'

export type RequestStatusPageProps = {
  locale: RequestLocale
  trackingNumber: string
  searchParams: Record<string, string | string[] | undefined>
  payload: Payload
  headers: Headers
  /** The site's public origin, to write the follow-up link out in full. */
  siteUrl: string
}

/**
 * A request's follow-up page: status, expected date and public history, for the citizen who sent
 * it or the holder of its secret link (404 for anyone else, so tracking numbers reveal nothing).
 */
export const RequestStatusPage = async ({
  locale,
  trackingNumber,
  searchParams,
  payload,
  headers,
  siteUrl,
}: RequestStatusPageProps) => {
  const options = requestOptions(payload)
  const t = requestTranslator(locale)
  const citizen = await signedInCitizen(payload, headers, options.citizensCollection)
  const token = readQuery(searchParams, 'token')
  const view = await getFollowUpView({
    payload,
    options,
    trackingNumber,
    token,
    citizenId: citizen?.id ?? null,
    locale,
  })
  if (!view) notFound()
  const isNew = readQuery(searchParams, 'sent') === '1'
  const followLink = token
    ? `${siteUrl.replace(/\/$/, '')}${requestHref(locale, view.trackingNumber, { token })}`
    : null
  const done = readQuery(searchParams, 'done')
  const doneKey = `followUp.done.${done}`
  const error = readQuery(searchParams, 'error')
  const errorKey = [`followUp.errors.${error}`, `errors.${error}`].find(hasMessage)
  const csrf = createCsrfToken(payload.secret, csrfBinding(citizen))
  const isReopenable = canReopen(view, options.reopenDays)
  const isFeedbackOpen =
    !view.hasFeedback && (view.status === 'resolved' || view.status === 'closed')
  const hidden = (
    <>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="number" value={view.trackingNumber} />
      {token ? <input type="hidden" name="token" value={token} /> : null}
    </>
  )
  const action = (name: 'reopen' | 'feedback') =>
    `${payload.config.routes.api}${options.endpointPath}/${name}`
  const reopenUntil = view.resolvedAt
    ? new Date(
        new Date(view.resolvedAt).getTime() + options.reopenDays * 24 * 60 * 60 * 1000,
      ).toISOString()
    : null
  return (
    <div className="container stack">
      <h1>{t('pages.status', { number: view.trackingNumber })}</h1>
      {isNew ? (
        <div role="status" className="request-message stack">
          <p>{t('status.thanks')}</p>
          <p className="request-number">{t('status.number', { number: view.trackingNumber })}</p>
        </div>
      ) : null}
      {isNew && followLink ? (
        <section aria-labelledby="lien-suivi" className="stack">
          <h2 id="lien-suivi">{t('status.followLinkTitle')}</h2>
          <p>{t('status.followLinkHint')}</p>
          <p className="request-link">
            <a href={followLink}>{followLink}</a>
          </p>
        </section>
      ) : null}
      {hasMessage(doneKey) ? (
        <div role="status" className="request-message">
          <p>{t(doneKey as RequestMessageKey)}</p>
        </div>
      ) : null}
      {errorKey ? (
        <div role="alert" className="request-message request-message-error">
          <p>{t(errorKey as RequestMessageKey, { days: options.reopenDays })}</p>
        </div>
      ) : null}
      <dl>
        <dt>{t('form.summaryType')}</dt>
        <dd>{view.typeName}</dd>
        <dt>{t('status.statusLabel')}</dt>
        <dd>
          <strong>{t(`statuses.${view.status}`)}</strong>
        </dd>
        <dt>{t('status.submittedLabel')}</dt>
        <dd>{formatDay(locale, view.createdAt)}</dd>
        {view.resolvedAt ? (
          <>
            <dt>{t('status.resolvedLabel')}</dt>
            <dd>{formatDay(locale, view.resolvedAt)}</dd>
          </>
        ) : view.dueAt && !['closed', 'rejected', 'duplicate'].includes(view.status) ? (
          <>
            <dt>{t('status.expectedLabel')}</dt>
            <dd>{formatDay(locale, view.dueAt)}</dd>
          </>
        ) : null}
        {view.place ? (
          <>
            <dt>{t('form.summaryLocation')}</dt>
            <dd>{view.place}</dd>
          </>
        ) : null}
        <dt>{t('form.summaryDescription')}</dt>
        <dd className="request-text">{view.description}</dd>
      </dl>
      {view.photos.length ? (
        <section aria-labelledby="photos" className="stack">
          <h2 id="photos">{t('followUp.photosTitle')}</h2>
          <ul className="request-photos">
            {view.photos.map((photo, i) => (
              <li key={photo.id}>
                <a href={photo.fullSrc} aria-label={t('followUp.photoOpen', { n: i + 1 })}>
                  <img
                    src={photo.src}
                    alt={t('followUp.photoAlt', { n: i + 1 })}
                    width={160}
                    loading="lazy"
                  />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="suivi" className="stack">
        <h2 id="suivi">{t('status.historyTitle')}</h2>
        <ol className="request-history">
          {view.history.map((entry, i) => (
            <li key={`${entry.at}-${i}`}>
              <time dateTime={entry.at}>{formatDayTime(locale, entry.at)}</time>
              {entry.status ? <> — {t(`statuses.${entry.status}`)}</> : null}
              {entry.isReopening ? <> ({t('followUp.reopenedEntry')})</> : null}
              {entry.note ? <p className="request-text">{entry.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      {isFeedbackOpen ? (
        <section aria-labelledby="appreciation" className="stack">
          <h2 id="appreciation">{t('followUp.feedbackTitle')}</h2>
          <p>{t('followUp.feedbackHint')}</p>
          <form method="post" action={action('feedback')} className="stack">
            {hidden}
            <fieldset>
              <legend>
                {t('followUp.ratingLegend')} ({t('form.required')})
              </legend>
              {[5, 4, 3, 2, 1].map((n) => (
                <div key={n}>
                  <input type="radio" id={`note-${n}`} name="rating" value={n} required />{' '}
                  <label htmlFor={`note-${n}`}>
                    {t(`followUp.rating${n}` as RequestMessageKey)}
                  </label>
                </div>
              ))}
            </fieldset>
            <div className="stack">
              <label htmlFor="commentaire">{t('followUp.commentLabel')}</label>
              <textarea id="commentaire" name="comment" rows={3} maxLength={2000} />
            </div>
            <p>
              <button type="submit">{t('followUp.feedbackButton')}</button>
            </p>
          </form>
        </section>
      ) : view.hasFeedback ? (
        <p id="appreciation">{t('followUp.feedbackGiven')}</p>
      ) : null}
      {isReopenable ? (
        <section aria-labelledby="rouvrir" className="stack">
          <h2 id="rouvrir">{t('followUp.reopenTitle')}</h2>
          <p>
            {t('followUp.reopenHint', {
              date: formatDay(locale, reopenUntil!),
              days: options.reopenDays,
            })}
          </p>
          <form method="post" action={action('reopen')} className="stack">
            {hidden}
            <div className="stack">
              <label htmlFor="motif">
                {t('followUp.reasonLabel')} ({t('form.required')})
              </label>
              <textarea id="motif" name="reason" rows={3} maxLength={2000} required />
            </div>
            <p>
              <button type="submit">{t('followUp.reopenButton')}</button>
            </p>
          </form>
        </section>
      ) : null}
      <p>
        <a href={newRequestHref(locale)}>{t('status.newRequest')}</a>
      </p>
    </div>
  )
}
