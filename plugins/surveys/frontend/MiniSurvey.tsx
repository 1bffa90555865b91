import './surveys.css'

import { surveyTranslator } from '../i18n/translate'
import { needsCitizen, type SurveyDoc, surveyState } from '../lib/model'
import { surveyHref } from '../lib/routes'
import type { SurveyLocale } from '../types'
import { SurveyForm } from './SurveyForm'

/**
 * The mini-survey block: the survey's form inside a page, answered inline. The page is cached for
 * everyone, so the form is the anonymous visitor's (a block token; no earlier answers); after an
 * answer the endpoint sends the visitor back to `#sondage-{id}-merci`, which CSS shows (:target).
 * Surveys that need a signed-in resident link to their own page instead.
 */
export const MiniSurvey = ({
  locale,
  survey,
  csrf,
  returnTo,
  signInHref,
  headingLevel = 2,
}: {
  locale: SurveyLocale
  survey: SurveyDoc
  csrf: string
  returnTo: string
  signInHref: string
  headingLevel?: 2 | 3
}) => {
  const t = surveyTranslator(locale)
  const H = `h${headingLevel}` as 'h2'
  const state = surveyState(survey)
  const isInline = state === 'open' && !needsCitizen(survey)
  const id = `sondage-${survey.id}`
  return (
    <section id={id} aria-labelledby={`${id}-titre`} className="survey-block stack">
      <H id={`${id}-titre`}>{survey.title}</H>
      <p id={`${id}-merci`} className="survey-message survey-thanks-target" tabIndex={-1}>
        {t('block.thanks')}
      </p>
      {survey.intro ? <p>{survey.intro}</p> : null}
      {isInline ? (
        <SurveyForm
          locale={locale}
          survey={survey}
          context={{ citizen: null, state, eligibility: 'eligible', csrf, previous: null }}
          query={{}}
          signInHref={signInHref}
          returnTo={returnTo}
          idPrefix={id}
          isBlock
        />
      ) : null}
      <p>
        <a href={surveyHref(locale, survey.slug)}>
          {t('block.openFull')}
          <span className="visually-hidden"> : {survey.title}</span>
        </a>
      </p>
    </section>
  )
}
