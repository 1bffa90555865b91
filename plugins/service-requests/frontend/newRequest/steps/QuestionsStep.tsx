import type { AnswerValue, Question } from '../../../form/answers'
import { requestTranslator } from '../../../i18n/translate'
import type { StepFrame } from '../types'
import { Buttons, HiddenFields } from './StepForm'

export type QuestionsStepProps = {
  frame: StepFrame
  questions: Question[]
  /** The draft's answers so far, by question code. */
  answers: Record<string, AnswerValue>
}

export const QuestionsStep = ({ frame, questions, answers }: QuestionsStepProps) => {
  const t = requestTranslator(frame.locale)
  const valueOf = (code: string) => {
    const v = answers[code]
    return Array.isArray(v) ? v : v ? [v] : []
  }
  return (
    <form method="post" action={frame.action} className="stack">
      <HiddenFields frame={frame} />
      {questions.map((q) => {
        const id = `q-${q.code}`
        const label = `${q.label ?? q.code}${q.required ? ` (${t('form.required')})` : ''}`
        if (q.type === 'singlevaluelist' || q.type === 'multivaluelist') {
          return (
            <fieldset key={q.code}>
              <legend>{label}</legend>
              {(q.choices ?? []).map((c) => (
                <div key={c.value}>
                  <input
                    type={q.type === 'singlevaluelist' ? 'radio' : 'checkbox'}
                    id={`${id}-${c.value}`}
                    name={`q_${q.code}`}
                    value={c.value}
                    required={q.type === 'singlevaluelist' && Boolean(q.required)}
                    defaultChecked={valueOf(q.code).includes(c.value)}
                  />{' '}
                  <label htmlFor={`${id}-${c.value}`}>{c.label ?? c.value}</label>
                </div>
              ))}
            </fieldset>
          )
        }
        return (
          <div key={q.code}>
            <label htmlFor={id}>{label}</label>
            {q.type === 'text' ? (
              <textarea
                id={id}
                name={`q_${q.code}`}
                rows={4}
                maxLength={2000}
                required={Boolean(q.required)}
                defaultValue={valueOf(q.code)[0] ?? ''}
              />
            ) : (
              <input
                id={id}
                name={`q_${q.code}`}
                type={q.type === 'number' ? 'number' : q.type === 'datetime' ? 'date' : 'text'}
                step={q.type === 'number' ? 'any' : undefined}
                maxLength={q.type === 'string' ? 200 : undefined}
                required={Boolean(q.required)}
                defaultValue={valueOf(q.code)[0] ?? ''}
              />
            )}
          </div>
        )
      })}
      <Buttons frame={frame} />
    </form>
  )
}
