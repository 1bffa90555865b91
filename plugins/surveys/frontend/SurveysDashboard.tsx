import { surveyTranslator } from '../i18n/translate'
import { surveyHref } from '../lib/routes'
import type { SurveyLocale } from '../types'
import type { DashboardSurvey } from './load'

/** "Surveys for my sector" in Mon dossier, from what `loadDashboardSurveys` read. */
export const SurveysDashboard = ({
  locale,
  surveys,
}: {
  locale: SurveyLocale
  surveys: DashboardSurvey[]
}) => {
  const t = surveyTranslator(locale)
  return (
    <section aria-labelledby="mes-sondages" className="stack">
      <h2 id="mes-sondages">{t('dashboard.title')}</h2>
      {surveys.length === 0 ? (
        <p>{t('dashboard.none')}</p>
      ) : (
        <ul>
          {surveys.map((s) => (
            <li key={s.id}>
              <a href={surveyHref(locale, s.slug)}>{s.title}</a>
              {s.answered === null
                ? null
                : ` (${s.answered ? t('dashboard.answered') : t('dashboard.notAnswered')})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
