import type { Payload } from 'payload'

import { requestTranslator } from '../i18n/translate'
import { listCitizenRequests } from '../follow/followUpView'
import { newRequestHref, requestHref } from '../requests/routes'
import type { RequestLocale } from '../types'
import { requestOptions } from './options'

export type MyRequests = Awaited<ReturnType<typeof listCitizenRequests>>

/** What "Mes requêtes" shows: this citizen's requests, newest first. */
export const loadMyRequests = ({
  citizenId,
  locale,
  payload,
}: {
  citizenId: number
  locale: RequestLocale
  payload: Payload
}): Promise<MyRequests> =>
  listCitizenRequests({ payload, options: requestOptions(payload), citizenId, locale })

/** "Mes requêtes" in Mon dossier, from what `loadMyRequests` read. */
export const MyRequestsSection = ({
  locale,
  requests,
}: {
  locale: RequestLocale
  requests: MyRequests
}) => {
  const t = requestTranslator(locale)
  return (
    <section aria-labelledby="mes-requetes" className="stack">
      <h2 id="mes-requetes">{t('account.title')}</h2>
      {requests.length === 0 ? (
        <p>{t('account.none')}</p>
      ) : (
        <ul>
          {requests.map((r) => (
            <li key={r.trackingNumber}>
              <a href={requestHref(locale, r.trackingNumber)}>
                {t('account.item', {
                  number: r.trackingNumber,
                  type: r.typeName,
                  status: t(`statuses.${r.status}`),
                })}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={newRequestHref(locale)}>{t('account.newLink')}</a>
      </p>
    </section>
  )
}

/** The shape citizen-accounts gives a dashboard section (structural: this plugin does not import it). */
type SectionArgs = { citizen: { id: number }; locale: RequestLocale; payload: Payload }

/**
 * "Mes requêtes" as a Mon dossier section: pass it in citizenAccountsPlugin({ dashboardSections }).
 * Its one query reads this citizen's requests.
 */
export const myRequestsDashboardSection = ({ order = 5 }: { order?: number } = {}) => ({
  key: 'requests',
  order,
  load: ({ citizen, locale, payload }: SectionArgs) =>
    loadMyRequests({ citizenId: citizen.id, locale, payload }),
  Component: ({ data, locale }: { data: MyRequests; locale: RequestLocale }) => (
    <MyRequestsSection locale={locale} requests={data} />
  ),
})
