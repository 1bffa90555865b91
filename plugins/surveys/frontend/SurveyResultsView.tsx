import './surveys.css'

import { surveyTranslator } from '../i18n/translate'
import type { SurveyDoc } from '../lib/model'
import type { SurveyResults } from '../lib/results'
import type { SurveyLocale } from '../types'
import { QuestionResults } from './QuestionResults'

/** The results page body, or why there is none yet. */
export const SurveyResultsView = ({
  locale,
  survey,
  results,
  isClosed,
}: {
  locale: SurveyLocale
  survey: SurveyDoc
  results: SurveyResults | null
  isClosed: boolean
}) => {
  const t = surveyTranslator(locale)
  if (!results) {
    return (
      <p className="survey-message">
        {survey.resultsVisibility === 'staff'
          ? t('results.hiddenStaff')
          : survey.resultsVisibility === 'afterClose'
            ? t('results.hiddenAfterClose')
            : t('results.hidden')}
      </p>
    )
  }
  const hasText = survey.questions.some(
    (q) => q.blockType === 'shortText' || q.blockType === 'longText',
  )
  return (
    <div className="stack">
      <p className="lead">{t('results.total', { count: results.total })}</p>
      <p className="meta">
        {isClosed ? t('results.final') : t('results.live')}{' '}
        {survey.answerPolicy === 'anonymous' ? t('results.anonymous') : t('results.verified')}
      </p>
      {results.questions.map((q, i) => (
        <QuestionResults key={q.id} locale={locale} q={q} index={i} />
      ))}
      {hasText ? <p className="meta">{t('results.textNotPublic')}</p> : null}
    </div>
  )
}
