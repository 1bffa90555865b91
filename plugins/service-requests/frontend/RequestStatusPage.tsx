import './requests.css'

import { notFound } from 'next/navigation'
import type { Payload } from 'payload'

import { requestTranslator } from '../i18n/translate'
import { signedInCitizen } from '../lib/citizen'
import { getRequestForFollowUp } from '../lib/publicView'
import { newRequestHref, requestHref } from '../lib/routes'
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

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''))

/**
 * A request's follow-up page: status, expected date and public history, for the citizen who sent
 * it or the holder of its secret link (404 for anyone else, so tracking numbers reveal nothing).
 */
export const RequestStatusPage = async ({ locale, trackingNumber, searchParams, payload, headers, siteUrl }: RequestStatusPageProps) => {
  const options = requestOptions(payload)
  const t = requestTranslator(locale)
  const citizen = await signedInCitizen(payload, headers, options.citizensCollection)
  const token = one(searchParams.cle)
  const view = await getRequestForFollowUp({ payload, options, trackingNumber, token, citizenId: citizen?.id ?? null, locale })
  if (!view) notFound()
  const isNew = one(searchParams.nouvelle) === '1'
  const followLink = token ? `${siteUrl.replace(/\/$/, '')}${requestHref(locale, view.trackingNumber, { cle: token })}` : null
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
        <dd style={{ whiteSpace: 'pre-wrap' }}>{view.description}</dd>
      </dl>
      <section aria-labelledby="suivi" className="stack">
        <h2 id="suivi">{t('status.historyTitle')}</h2>
        <ol className="request-history">
          {view.history.map((entry, i) => (
            <li key={`${entry.at}-${i}`}>
              <time dateTime={entry.at}>{formatDayTime(locale, entry.at)}</time>
              {entry.status ? <> — {t(`statuses.${entry.status}`)}</> : null}
              {entry.note ? <p style={{ whiteSpace: 'pre-wrap' }}>{entry.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      <p>
        <a href={newRequestHref(locale)}>{t('status.newRequest')}</a>
      </p>
    </div>
  )
}
