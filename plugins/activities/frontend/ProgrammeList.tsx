import { activitiesTranslator } from '../i18n/translate'
import { type BasePath, sessionHref } from '../lib/routes'
import type { ActivitiesLocale } from '../types'
import { ages, localDate, opening, tariff, when } from './format'
import type { ActivitySummary } from './load'

/**
 * The programme: each activity with its groups, their dates and weekly times, places left (the
 * figure in words, never a colour alone), prices for residents and others, and a link to register.
 */
export const ProgrammeList = ({
  locale,
  activities,
  basePath,
}: {
  locale: ActivitiesLocale
  activities: ActivitySummary[]
  basePath: BasePath
}) => {
  const t = activitiesTranslator(locale)
  return (
    <div className="stack">
      <h1>{t('pages.programmeTitle')}</h1>
      <p>{t('pages.programmeIntro')}</p>
      {activities.length === 0 ? <p>{t('pages.empty')}</p> : null}
      <ul className="item-list">
        {activities.map((activity) => (
          <li key={activity.id} className="card stack">
            <h2 id={`activite-${activity.slug}`}>{activity.title}</h2>
            {activity.description ? <p>{activity.description}</p> : null}
            <p className="meta">
              {[
                ages(t, activity),
                activity.place ? t('pages.place', { place: activity.place }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {activity.prerequisites.length ? (
              <p className="meta">
                {t('pages.prerequisites', { codes: activity.prerequisites.join(', ') })}
              </p>
            ) : null}
            <p className="meta">
              {t('pages.priceResident', { price: tariff(t, activity.prices.resident, locale) })}
              {' · '}
              {t('pages.priceNonResident', {
                price: tariff(t, activity.prices.nonResident, locale),
              })}
            </p>
            <ul className="stack" aria-labelledby={`activite-${activity.slug}`}>
              {activity.sessions.map((session) => (
                <li key={session.id}>
                  <h3>{session.name}</h3>
                  <p>
                    {t('pages.dates', {
                      first: localDate(session.firstDate, locale),
                      last: localDate(session.lastDate, locale),
                    })}
                    {' — '}
                    {when(t, session, locale)}
                  </p>
                  <p>
                    <strong>
                      {t('pages.placesLeft', {
                        left: session.placesLeft,
                        capacity: session.capacity,
                      })}
                    </strong>
                  </p>
                  <p className="meta">
                    {session.openingMode === 'draw' ? t('pages.draw') : opening(t, session, locale)}
                  </p>
                  <a href={sessionHref(locale, basePath, session.id)}>
                    {t('pages.seeSession')}
                    <span className="visually-hidden">
                      {' '}
                      : {activity.title}, {session.name}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  )
}
