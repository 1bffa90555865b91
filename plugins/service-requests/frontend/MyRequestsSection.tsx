import type { Payload } from 'payload'

import { requestTranslator } from '../i18n/translate'
import { listCitizenRequests } from '../follow/followUpView'
import { newRequestHref, requestHref } from '../requests/routes'
import type { RequestLocale } from '../types'
import { requestOptions } from './options'

/** "Mes requêtes" in Mon dossier: given to the citizen-accounts plugin as a dashboard section by the app. */
export const MyRequestsSection = async ({
  citizenId,
  locale,
  payload,
}: {
  citizenId: number
  locale: RequestLocale
  payload: Payload
}) => {
  const t = requestTranslator(locale)
  const requests = await listCitizenRequests({
    payload,
    options: requestOptions(payload),
    citizenId,
    locale,
  })
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
