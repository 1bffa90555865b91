import './surveys.css'

import { type SurveyMessageKey, type SurveyTranslate, surveyTranslator } from '../i18n/translate'
import type { SurveyDoc, SurveyQuestion } from '../lib/model'
import { answerErrorCodes, type AnswerErrorCode, type Answers, fieldName } from '../lib/validate'
import type { SurveyLocale } from '../types'
import { formatSurveyDate } from './format'
import type { FormContext } from './load'
import { QuestionField } from './QuestionField'

type Query = { error?: string; fields?: string; draft?: string; status?: string }

/** `q1:required,q2:invalidOption` from the redirect, known codes only. */
const parseFieldErrors = (fields: string | undefined) => {
  const map = new Map<string, AnswerErrorCode>()
  for (const part of (fields ?? '').split(',')) {
    const [id, code] = part.split(':')
    if (id && code && (answerErrorCodes as readonly string[]).includes(code))
      map.set(id, code as AnswerErrorCode)
  }
  return map
}

const draftValues = (draft: string | undefined): URLSearchParams | null => {
  if (!draft || draft.length > 8000) return null
  try {
    return new URLSearchParams(Buffer.from(draft, 'base64url').toString('utf8'))
  } catch {
    return null
  }
}

/** The values to show in the form: what was just sent (after an error), else the earlier answers. */
const valuesFrom = (
  draft: URLSearchParams | null,
  previous: Answers | null,
  survey: SurveyDoc,
): URLSearchParams => {
  if (draft) return draft
  const values = new URLSearchParams()
  for (const q of survey.questions) {
    const answer = previous?.[q.id]
    if (answer === undefined) continue
    if (q.blockType === 'ranking' && Array.isArray(answer))
      answer.forEach((id, i) => values.set(fieldName(q.id, id), String(i + 1)))
    else if (Array.isArray(answer)) answer.forEach((v) => values.append(fieldName(q.id), v))
    else values.set(fieldName(q.id), String(answer))
  }
  return values
}

const hasError = (t: SurveyTranslate, code: string | undefined) =>
  (code ? `errors.${code}` : null) as SurveyMessageKey | null

export type SurveyFormProps = {
  locale: SurveyLocale
  survey: SurveyDoc
  context: FormContext
  query: Query
  /** Names of the survey's sectors (audience by sector). */
  sectorNames?: string[]
  /** Where "sign in" leads (the citizen-accounts login page). */
  signInHref: string
  /** Where the answer endpoint sends the visitor back (a page holding the mini-survey block). */
  returnTo?: string
  /** Prefix of element ids, unique on the page. @default 'sondage' */
  idPrefix?: string
  /** Rendered inside a cached page (mini-survey block): the form says so to the endpoint. */
  isBlock?: boolean
}

/** The status line above the form: closed, upcoming, not eligible, or who may answer. */
const Standing = ({
  t,
  locale,
  survey,
  context,
  sectorNames,
  signInHref,
}: { t: SurveyTranslate; locale: SurveyLocale } & Pick<
  SurveyFormProps,
  'survey' | 'context' | 'sectorNames' | 'signInHref'
>) => {
  if (context.state === 'closed') return <p className="survey-message">{t('form.closed')}</p>
  if (context.state === 'upcoming')
    return (
      <p className="survey-message">
        {t('form.upcoming', {
          date: survey.opensAt ? formatSurveyDate(locale, survey.opensAt) : '—',
        })}
      </p>
    )
  if (context.eligibility === 'signInRequired')
    return (
      <p className="survey-message">
        {t('form.signInRequired')} <a href={signInHref}>{t('form.signIn')}</a>
      </p>
    )
  if (context.eligibility === 'notInSector')
    return (
      <p className="survey-message">
        {t('form.notInSector', { sectors: (sectorNames ?? []).join(', ') })}
      </p>
    )
  if (context.eligibility === 'noSector')
    return <p className="survey-message">{t('form.noSector')}</p>
  return null
}

/**
 * The survey form: a plain HTML form posting to the plugin's endpoint (works without JavaScript),
 * one fieldset per question with its legend, radios, checkboxes, a scale, text fields, or number
 * selects for a ranking. Errors come back in the query string and are listed at the top with links.
 */
export const SurveyForm = ({
  locale,
  survey,
  context,
  query,
  sectorNames,
  signInHref,
  returnTo,
  idPrefix = 'sondage',
  isBlock = false,
}: SurveyFormProps) => {
  const t = surveyTranslator(locale)
  const fieldErrors = parseFieldErrors(query.fields)
  const values = valuesFrom(draftValues(query.draft), context.previous, survey)
  const generalError = query.error && query.error !== 'invalid' ? hasError(t, query.error) : null
  const canAnswer = context.state === 'open' && context.eligibility === 'eligible'
  const total = survey.questions.length
  const qid = (q: SurveyQuestion) => `${idPrefix}-q-${q.id}`
  return (
    <div className="stack">
      <p className="meta">
        {survey.answerPolicy === 'anonymous' ? t('form.policyAnonymous') : t('form.policyCitizen')}
        {survey.closesAt && context.state === 'open'
          ? ` ${t('form.closesAt', { date: formatSurveyDate(locale, survey.closesAt) })}`
          : ''}
      </p>
      {generalError ? (
        <p role="alert" className="survey-message survey-message-error" id={`${idPrefix}-erreurs`}>
          {t(generalError)}
        </p>
      ) : null}
      {fieldErrors.size > 0 ? (
        <div
          role="alert"
          className="survey-message survey-message-error"
          id={`${idPrefix}-erreurs`}
        >
          <p>{t('errors.summary', { count: fieldErrors.size })}</p>
          <ul>
            {survey.questions
              .filter((q) => fieldErrors.has(q.id))
              .map((q) => (
                <li key={q.id}>
                  <a href={`#${qid(q)}`}>
                    {q.question} : {t(`errors.${fieldErrors.get(q.id)!}`)}
                  </a>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      <Standing
        t={t}
        locale={locale}
        survey={survey}
        context={context}
        sectorNames={sectorNames}
        signInHref={signInHref}
      />
      {canAnswer ? (
        <>
          {context.previous ? <p className="survey-message">{t('form.alreadyAnswered')}</p> : null}
          <form method="post" action={`/api/surveys/${survey.id}/answer`} className="survey-form">
            <input type="hidden" name="csrf" value={context.csrf} />
            <input type="hidden" name="locale" value={locale} />
            {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
            {isBlock ? <input type="hidden" name="block" value="1" /> : null}
            <p className="survey-hint">{t('form.requiredNote')}</p>
            {survey.questions.map((q, index) => (
              <QuestionField
                key={q.id}
                t={t}
                q={q}
                id={qid(q)}
                progress={total > 3 ? t('form.progress', { n: index + 1, total }) : null}
                values={values}
                error={fieldErrors.get(q.id) ?? null}
              />
            ))}
            <button type="submit" className="survey-button">
              {context.previous ? t('form.update') : t('form.submit')}
            </button>
          </form>
        </>
      ) : null}
    </div>
  )
}
