import './surveys.css'

import type { ReactNode } from 'react'

import { surveyTranslator } from '../i18n/translate'
import type { SurveyDoc } from '../lib/model'
import { surveyHref } from '../lib/routes'
import type { SurveyLocale } from '../types'

/** The thank-you page body. */
export const SurveyThanks = ({
  locale,
  survey,
  status,
  canSeeResults,
}: {
  locale: SurveyLocale
  survey: SurveyDoc
  status: string
  canSeeResults: boolean
}): ReactNode => {
  const t = surveyTranslator(locale)
  return (
    <div className="stack">
      <p role="status" className="survey-message">
        {status === 'updated'
          ? t('thanks.updated', { title: survey.title })
          : t('thanks.created', { title: survey.title })}
      </p>
      <ul>
        {canSeeResults ? (
          <li>
            <a href={surveyHref(locale, survey.slug, 'results')}>{t('thanks.results')}</a>
          </li>
        ) : survey.resultsVisibility === 'afterClose' ? (
          <li>{t('thanks.resultsLater')}</li>
        ) : null}
        <li>
          <a href={surveyHref(locale, survey.slug)}>{t('thanks.change')}</a>
        </li>
        <li>
          <a href={surveyHref(locale)}>{t('thanks.back')}</a>
        </li>
      </ul>
    </div>
  )
}
