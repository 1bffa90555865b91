import { activitiesTranslator, hasMessage, type ActivitiesMessageKey } from '../i18n/translate'
import { formatDateTime } from '../lib/dates'
import { type BasePath, programmeHref } from '../lib/routes'
import type { ActivitiesLocale } from '../types'
import { ages, localDate, opening, tariff, when } from './format'
import type { RegisterContext, SessionDetail } from './load'

export const formAnchor = 'inscription'
export const waitlistAnchor = 'liste-attente'

const known = (key: string) => (hasMessage(key) ? (key as ActivitiesMessageKey) : null)

/**
 * A session's page: what it is, places left, and the register form (the members of the household,
 * a date of birth asked only when the account has none), or the waiting list when it is full,
 * with "you are number n" and an offer to confirm. Plain HTML forms posting to the plugin's
 * endpoints (`/api/activities/register`, `/waitlist`, `/accept`); nothing needs JavaScript.
 */
export const SessionView = ({
  locale,
  detail,
  context,
  query,
  basePath,
  signInHref,
  apiBase = '/api/activities',
}: {
  locale: ActivitiesLocale
  detail: SessionDetail
  context: RegisterContext
  query: { status?: string; error?: string; reasons?: string; position?: string }
  basePath: BasePath
  signInHref: string
  apiBase?: string
}) => {
  const t = activitiesTranslator(locale)
  const { activity, session } = detail
  const error = query.error ? known(`errors.${query.error}`) : null
  const status = query.status ? known(`statuses.${query.status}`) : null
  const reasons = (query.reasons ?? '')
    .split(',')
    .map((code) => known(`reasonsShort.${code}`))
    .filter(Boolean) as ActivitiesMessageKey[]
  const free = context.members.filter((member) => !member.isRegistered && !member.waitlist)
  const isFull = session.placesLeft === 0
  const hidden = (
    <>
      <input type="hidden" name="csrf" value={context.csrf} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="session" value={session.id} />
    </>
  )
  const memberFields = free.map((member) => (
    <div key={member.key} className="stack">
      <label className="checkbox">
        <input type="checkbox" name="member" value={member.key} /> {member.name}
      </label>
      {member.birthDate ? null : (
        <label>
          {t('pages.birthDate', { name: member.name })}
          <input
            type="text"
            name={`birthDate:${member.key}`}
            inputMode="numeric"
            pattern="\d{4}-\d{2}-\d{2}"
            autoComplete="off"
          />
        </label>
      )}
    </div>
  ))
  return (
    <article className="stack">
      <p>
        <a href={programmeHref(locale, basePath)}>{t('pages.backToProgramme')}</a>
      </p>
      <h1>
        {activity.title} — {session.name}
      </h1>
      {activity.description ? <p>{activity.description}</p> : null}
      <ul>
        <li>
          {t('pages.dates', {
            first: localDate(session.firstDate, locale),
            last: localDate(session.lastDate, locale),
          })}
          {' — '}
          {when(t, session, locale)}
        </li>
        {ages(t, activity) ? <li>{ages(t, activity)}</li> : null}
        {activity.place ? <li>{t('pages.place', { place: activity.place })}</li> : null}
        <li>{t('pages.priceResident', { price: tariff(t, activity.prices.resident, locale) })}</li>
        <li>
          {t('pages.priceNonResident', { price: tariff(t, activity.prices.nonResident, locale) })}
        </li>
        <li>{session.openingMode === 'draw' ? t('pages.draw') : opening(t, session, locale)}</li>
        <li>
          <strong>
            {t('pages.placesLeft', { left: session.placesLeft, capacity: session.capacity })}
          </strong>
        </li>
      </ul>

      <section id={formAnchor} aria-labelledby={`${formAnchor}-titre`} className="stack">
        <h2 id={`${formAnchor}-titre`}>{t('pages.registerTitle')}</h2>
        {error ? (
          <div role="alert" className="notice notice-error">
            <p>{t(error)}</p>
            {reasons.length ? (
              <ul>
                {reasons.map((key) => (
                  <li key={key}>{t(key)}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {status ? (
          <p role="status" className="notice">
            {t(status)}
            {query.position
              ? ` ${t('waitlist.position', { position: Number(query.position) })}`
              : ''}
          </p>
        ) : null}
        {!context.isSignedIn ? (
          <p>
            <a href={signInHref}>{t('pages.signIn')}</a>
          </p>
        ) : (
          <>
            {context.members
              .filter((member) => member.isRegistered)
              .map((member) => (
                <p key={member.key}>{t('pages.registered', { name: member.name })}</p>
              ))}
            {free.length && session.openingMode !== 'draw' ? (
              <form
                method="post"
                action={`${apiBase}/${isFull ? 'waitlist' : 'register'}`}
                className="stack"
              >
                {hidden}
                <input type="hidden" name="requestKey" value={context.requestKey} />
                <fieldset className="stack">
                  <legend>{t('pages.who')}</legend>
                  {memberFields}
                </fieldset>
                <button type="submit">
                  {isFull ? t('pages.joinWaitlist') : t('pages.register')}
                </button>
              </form>
            ) : null}
          </>
        )}
      </section>

      {context.members.some((member) => member.waitlist) ? (
        <section id={waitlistAnchor} aria-labelledby={`${waitlistAnchor}-titre`} className="stack">
          <h2 id={`${waitlistAnchor}-titre`}>{t('pages.waitlistTitle')}</h2>
          {context.members
            .filter((member) => member.waitlist)
            .map((member) =>
              member.waitlist!.offerExpiresAt ? (
                <form key={member.key} method="post" action={`${apiBase}/accept`} className="stack">
                  {hidden}
                  <input type="hidden" name="entry" value={member.waitlist!.entryId} />
                  <p>
                    {member.name} :{' '}
                    {t('waitlist.offered', {
                      date: formatDateTime(new Date(member.waitlist!.offerExpiresAt), locale),
                    })}
                  </p>
                  <button type="submit">{t('pages.acceptOffer', { name: member.name })}</button>
                </form>
              ) : (
                <p key={member.key}>
                  {member.name} :{' '}
                  {t('waitlist.position', { position: member.waitlist!.position ?? 0 })}
                </p>
              ),
            )}
        </section>
      ) : null}
    </article>
  )
}
