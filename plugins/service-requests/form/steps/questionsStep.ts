import { z } from 'zod'

import { type AnswerValue, validateAnswers } from '../answers'
import { saveDraft } from '../drafts'
import { allValues, type DraftSaveContext, defineStep } from './types'

/** Every `q_<code>` field, each value at most 2,000 characters; the type's questions pick theirs. */
const schema = z.record(
  z.string(),
  allValues.transform((values) => values.map((v) => v.slice(0, 2000))),
)

/** The type's extra questions: saved as typed, checked to go on. */
export const questionsStep = defineStep<typeof schema, DraftSaveContext>({
  schema,
  invalid: 'unexpected',
  save: async ({ payload, options, draft, type, input, go, back, next }) => {
    const questions = type.questions ?? []
    const raw: Record<string, AnswerValue> = {}
    for (const q of questions) {
      const values = input[`q_${q.code}`] ?? []
      raw[q.code] = q.type === 'multivaluelist' ? values : (values[0] ?? '')
    }
    if (go === 1) {
      const { issues } = validateAnswers(questions, raw)
      if (issues.length) {
        await saveDraft(payload, options, draft, { answers: raw })
        return back(issues.map((i) => `answer:${i.code}:${i.error}`).join(','))
      }
    }
    await saveDraft(payload, options, draft, { answers: raw })
    return next()
  },
})
