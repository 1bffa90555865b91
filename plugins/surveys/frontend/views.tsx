import './surveys.css'

import type { ReactNode } from 'react'

import { type SurveyMessageKey, type SurveyTranslate, surveyTranslator } from '../i18n/translate'
import { needsCitizen, type SurveyDoc, type SurveyQuestion, surveyState } from '../lib/model'
import type { SurveyResults } from '../lib/results'
import { surveyHref } from '../lib/routes'
import {
  answerErrorCodes,
  type AnswerErrorCode,
  type Answers,
  fieldName,
  textLimits,
} from '../lib/validate'
import type { SurveyLocale } from '../types'
import { QuestionResults } from './QuestionResults'
import type { FormContext, SurveySummary } from './data'
import { city } from '@engines/city'

const tags: Record<SurveyLocale, string> = city.languageTags
/** Dates in the city's time zone. */
export const formatSurveyDate = (locale: SurveyLocale, iso: string) =>
  new Intl.DateTimeFormat(tags[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: city.timeZone,
  }).format(new Date(iso))

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
              <Question
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

const Question = ({
  t,
  q,
  id,
  progress,
  values,
  error,
}: {
  t: SurveyTranslate
  q: SurveyQuestion
  id: string
  progress: string | null
  values: URLSearchParams
  error: AnswerErrorCode | null
}) => {
  const name = fieldName(q.id)
  const chosen = values.getAll(name)
  const helpId = `${id}-aide`
  const errorId = `${id}-erreur`
  const describedBy =
    [q.help ? helpId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  const legend = (
    <>
      {progress ? <span className="survey-progress">{progress}</span> : null}
      {q.question}
      {q.required ? (
        <>
          {' '}
          <span className="survey-required" aria-hidden="true">
            *
          </span>
          <span className="visually-hidden"> ({t('form.required')})</span>
        </>
      ) : null}
    </>
  )
  const help = q.help ? (
    <p className="survey-hint" id={helpId}>
      {q.help}
    </p>
  ) : null
  const errorLine = error ? (
    <p className="survey-field-error" id={errorId}>
      {t(`errors.${error}`)}
    </p>
  ) : null
  const className = `survey-question${error ? ' has-error' : ''}`
  if (q.blockType === 'shortText' || q.blockType === 'longText') {
    const limit = textLimits[q.blockType]
    return (
      <div className={className} id={id} tabIndex={-1}>
        <label htmlFor={`${id}-champ`} className="survey-label">
          {legend}
        </label>
        {help}
        <p className="survey-hint">{t('form.textLimit', { count: limit })}</p>
        {errorLine}
        {q.blockType === 'shortText' ? (
          <input
            type="text"
            id={`${id}-champ`}
            name={name}
            maxLength={limit}
            defaultValue={values.get(name) ?? ''}
            required={Boolean(q.required)}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          />
        ) : (
          <textarea
            id={`${id}-champ`}
            name={name}
            maxLength={limit}
            rows={5}
            defaultValue={values.get(name) ?? ''}
            required={Boolean(q.required)}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          />
        )}
      </div>
    )
  }
  const choices: { value: string; label: string }[] =
    q.blockType === 'yesNo'
      ? [
          { value: 'yes', label: t('form.yes') },
          { value: 'no', label: t('form.no') },
        ]
      : q.blockType === 'rating'
        ? Array.from({ length: (q.scaleMax ?? 5) - (q.scaleMin ?? 1) + 1 }, (_, i) => {
            const n = (q.scaleMin ?? 1) + i
            const end =
              n === (q.scaleMin ?? 1) ? q.minLabel : n === (q.scaleMax ?? 5) ? q.maxLabel : null
            return { value: String(n), label: end ? `${n} – ${end}` : String(n) }
          })
        : (q.options ?? []).map((o) => ({ value: o.id, label: o.label }))
  return (
    <fieldset className={className} id={id} tabIndex={-1} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {help}
      {q.blockType === 'multipleChoice' && q.maxChoices ? (
        <p className="survey-hint">{t('form.maxChoices', { count: q.maxChoices })}</p>
      ) : null}
      {q.blockType === 'rating' ? (
        <p className="survey-hint">
          {t('form.ratingHint', {
            min: q.scaleMin ?? 1,
            max: q.scaleMax ?? 5,
            minLabel: q.minLabel ?? '',
            maxLabel: q.maxLabel ?? '',
          })}
        </p>
      ) : null}
      {q.blockType === 'ranking' ? <p className="survey-hint">{t('form.rankingHint')}</p> : null}
      {errorLine}
      {q.blockType === 'ranking' ? (
        <ul className="survey-choices">
          {choices.map((c) => (
            <li key={c.value} className="survey-rank">
              <select
                id={`${id}-${c.value}`}
                name={fieldName(q.id, c.value)}
                defaultValue={values.get(fieldName(q.id, c.value)) ?? ''}
                aria-invalid={error ? true : undefined}
              >
                <option value="">{t('form.rankPlaceholder')}</option>
                {choices.map((_, i) => (
                  <option key={i} value={String(i + 1)}>
                    {i + 1}
                  </option>
                ))}
              </select>
              <label htmlFor={`${id}-${c.value}`}>
                <span className="visually-hidden">{t('form.rank')} : </span>
                {c.label}
              </label>
            </li>
          ))}
        </ul>
      ) : (
        <ul className={`survey-choices${q.blockType === 'rating' ? ' survey-scale' : ''}`}>
          {choices.map((c) => (
            <li key={c.value}>
              <label className="survey-choice">
                <input
                  type={q.blockType === 'multipleChoice' ? 'checkbox' : 'radio'}
                  name={name}
                  value={c.value}
                  defaultChecked={chosen.includes(c.value)}
                  required={q.blockType !== 'multipleChoice' && Boolean(q.required)}
                  aria-invalid={error ? true : undefined}
                />
                <span>{c.label}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}

/** The list of surveys: open ones first, then upcoming, then recently closed. */
export const SurveyList = ({
  locale,
  surveys,
  now = new Date(),
  headingLevel = 2,
}: {
  locale: SurveyLocale
  surveys: (SurveySummary & { state: string })[]
  now?: Date
  headingLevel?: 2 | 3
}) => {
  const t = surveyTranslator(locale)
  const H = `h${headingLevel}` as 'h2'
  const Item = `h${headingLevel + 1}` as 'h3'
  const groups: { key: string; title: SurveyMessageKey; items: typeof surveys }[] = [
    { key: 'open', title: 'list.open', items: surveys.filter((s) => s.state === 'open') },
    {
      key: 'upcoming',
      title: 'list.upcoming',
      items: surveys.filter((s) => s.state === 'upcoming'),
    },
    {
      key: 'closed',
      title: 'list.recent',
      items: surveys.filter((s) => s.state === 'closed').slice(0, 20),
    },
  ]
  void now
  return (
    <>
      {groups[0]!.items.length === 0 ? <p>{t('list.none')}</p> : null}
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <section key={g.key} aria-labelledby={`sondages-${g.key}`} className="stack">
            <H id={`sondages-${g.key}`}>{t(g.title)}</H>
            <ul className="item-list">
              {g.items.map((s) => (
                <li key={s.id} className="card">
                  <Item>
                    <a href={surveyHref(locale, s.slug)}>{s.title}</a>
                  </Item>
                  {s.intro ? <p>{s.intro}</p> : null}
                  <p className="meta">
                    {t('form.questionCount', { count: s.questionCount })}
                    {' · '}
                    {g.key === 'open' && s.closesAt
                      ? t('list.closes', { date: formatSurveyDate(locale, s.closesAt) })
                      : null}
                    {g.key === 'upcoming' && s.opensAt
                      ? t('list.opens', { date: formatSurveyDate(locale, s.opensAt) })
                      : null}
                    {g.key === 'closed' && s.closesAt
                      ? t('list.closed', { date: formatSurveyDate(locale, s.closesAt) })
                      : null}
                  </p>
                  {g.key === 'closed' && s.resultsVisibility !== 'staff' ? (
                    <p>
                      <a href={surveyHref(locale, s.slug, 'results')}>
                        {t('list.results')}
                        <span className="visually-hidden"> : {s.title}</span>
                      </a>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  )
}

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
