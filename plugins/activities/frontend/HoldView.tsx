import { activitiesTranslator, type ActivitiesMessageKey, hasMessage } from '../i18n/translate'
import { formatMoney } from '../lib/money'
import { type BasePath, programmeHref } from '../lib/routes'
import type { ActivitiesLocale } from '../types'
import type { HoldContext } from './load'

export const paymentAnchor = 'paiement'

/**
 * The hold's page: who is registered where, the receipt's lines and total, the reference number,
 * "your places are held until 14 h 05" (the sentence itself, so it reads right without a countdown
 * script), and the payment methods to choose from; or that it was paid, or ran out.
 */
export const HoldView = ({
  locale,
  hold,
  query,
  basePath,
  apiBase = '/api/activities',
}: {
  locale: ActivitiesLocale
  hold: HoldContext
  query: { status?: string; error?: string }
  basePath: BasePath
  apiBase?: string
}) => {
  const t = activitiesTranslator(locale)
  const known = (key: string) => (hasMessage(key) ? (key as ActivitiesMessageKey) : null)
  const error = query.error ? known(`errors.${query.error}`) : null
  const status = query.status ? known(`statuses.${query.status}`) : null
  return (
    <article className="stack">
      <h1>{t('pages.holdTitle')}</h1>
      <ul>
        {hold.registrations.map((row, index) => (
          <li key={index}>
            {row.memberName} — {row.activityTitle}, {row.sessionName}
          </li>
        ))}
      </ul>
      <table>
        <tbody>
          {hold.lines.map((line, index) => (
            <tr key={index}>
              <td>{line.label[locale]}</td>
              <td>{formatMoney(line.cents, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('receipt.total')}</th>
            <td>{formatMoney(hold.totalCents, locale)}</td>
          </tr>
        </tfoot>
      </table>
      <p>{t('pages.reference', { reference: hold.reference })}</p>
      <section id={paymentAnchor} aria-live="polite" className="stack">
        {error ? (
          <p role="alert" className="notice notice-error">
            {t(error)}
          </p>
        ) : null}
        {status && (hold.status === 'held' || query.status === 'registrationCancelled') ? (
          <p role="status">{t(status)}</p>
        ) : null}
        {hold.status === 'held' ? (
          <>
            <p>
              <strong>{hold.holdText[locale]}</strong>
            </p>
            {hold.instructions ? (
              <p>{hold.instructions[locale]}</p>
            ) : (
              <form method="post" action={`${apiBase}/pay`} className="stack">
                <input type="hidden" name="csrf" value={hold.csrf} />
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="reference" value={hold.reference} />
                <fieldset className="stack">
                  <legend>{t('pages.choosePayment')}</legend>
                  {hold.providers.map((provider, index) => (
                    <label key={provider.id} className="checkbox">
                      <input
                        type="radio"
                        name="method"
                        value={provider.id}
                        defaultChecked={index === 0}
                      />{' '}
                      {provider.label[locale]}
                    </label>
                  ))}
                </fieldset>
                <button type="submit">{t('pages.pay')}</button>
              </form>
            )}
          </>
        ) : (
          <p role="status">{t(`pages.${hold.status}` as never)}</p>
        )}
      </section>
      {hold.registrations.some((row) => row.status === 'confirmed') ? (
        <section className="stack">
          <p>{t('pages.cancellationRules')}</p>
          {hold.registrations
            .filter((row) => row.status === 'confirmed')
            .map((row) => (
              <form key={row.id} method="post" action={`${apiBase}/cancel`}>
                <input type="hidden" name="csrf" value={hold.csrf} />
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="reference" value={hold.reference} />
                <input type="hidden" name="registration" value={row.id} />
                <button type="submit">
                  {t('pages.cancelRegistration', { name: row.memberName })}
                </button>
              </form>
            ))}
        </section>
      ) : null}
      {hold.cancellations.length > 0 ? (
        <section className="stack">
          <h2>{t('pages.cancellationsTitle')}</h2>
          <ul>
            {hold.cancellations.map((row, index) => (
              <li key={index}>
                {row.memberName} — {row.reason[locale]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <a href={programmeHref(locale, basePath)}>{t('pages.backToProgramme')}</a>
      </p>
    </article>
  )
}
