import type { SurveyTranslate } from '../i18n/translate'
import type { SurveyQuestion } from '../lib/model'
import { type AnswerErrorCode, fieldName, textLimits } from '../lib/validate'

/**
 * One question of the survey form: a fieldset with its legend and radios, checkboxes, a scale or
 * number selects for a ranking, or a labelled text field; `values` are what to show as chosen.
 */
export const QuestionField = ({
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
