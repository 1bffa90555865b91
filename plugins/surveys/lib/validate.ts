import type { SurveyQuestion } from './model'

/** What an answer may be once checked: an option id, option ids (in rank order for ranking), a number or a text. */
export type AnswerValue = string | string[] | number
export type Answers = Record<string, AnswerValue>

export const answerErrorCodes = [
  'required',
  'invalidOption',
  'tooManyChoices',
  'outOfScale',
  'tooLong',
  'incompleteRanking',
] as const
export type AnswerErrorCode = (typeof answerErrorCodes)[number]
export type AnswerError = { questionId: string; code: AnswerErrorCode }

export const textLimits = { shortText: 200, longText: 4000 } as const

/** The form's fields for one question: `q.{id}` (repeated for checkboxes), `q.{id}.{optionId}` = rank. */
export const fieldName = (questionId: string, optionId?: string) =>
  optionId ? `q.${questionId}.${optionId}` : `q.${questionId}`

/**
 * Reads and checks every answer against the survey's own questions on the server: only offered
 * option ids, the maximum number of choices, the scale, text lengths and required questions.
 * Fields that are not questions of this survey are ignored; nothing is stored unless all pass.
 */
export const validateAnswers = (
  questions: SurveyQuestion[],
  form: URLSearchParams,
): { answers: Answers; errors: AnswerError[] } => {
  const answers: Answers = {}
  const errors: AnswerError[] = []
  for (const q of questions) {
    const values = form
      .getAll(fieldName(q.id))
      .map((v) => v.trim())
      .filter(Boolean)
    const optionIds = new Set((q.options ?? []).map((o) => o.id))
    const fail = (code: AnswerErrorCode) => errors.push({ questionId: q.id, code })
    switch (q.blockType) {
      case 'singleChoice':
      case 'yesNo': {
        const allowed = q.blockType === 'yesNo' ? new Set(['yes', 'no']) : optionIds
        if (values.length > 1 || values.some((v) => !allowed.has(v))) fail('invalidOption')
        else if (values.length === 1) answers[q.id] = values[0]!
        else if (q.required) fail('required')
        break
      }
      case 'multipleChoice': {
        const unique = [...new Set(values)]
        if (unique.some((v) => !optionIds.has(v))) fail('invalidOption')
        else if (q.maxChoices && unique.length > q.maxChoices) fail('tooManyChoices')
        else if (unique.length > 0)
          answers[q.id] = (q.options ?? []).map((o) => o.id).filter((id) => unique.includes(id))
        else if (q.required) fail('required')
        break
      }
      case 'rating': {
        const min = q.scaleMin ?? 1
        const max = q.scaleMax ?? 5
        const n = Number(values[0])
        if (
          values.length > 1 ||
          (values.length === 1 && (!/^\d{1,2}$/.test(values[0]!) || n < min || n > max))
        )
          fail('outOfScale')
        else if (values.length === 1) answers[q.id] = n
        else if (q.required) fail('required')
        break
      }
      case 'shortText':
      case 'longText': {
        const text = (form.get(fieldName(q.id)) ?? '').trim()
        if (text.length > textLimits[q.blockType]) fail('tooLong')
        else if (text) answers[q.id] = text
        else if (q.required) fail('required')
        break
      }
      case 'ranking': {
        const options = q.options ?? []
        const ranks = options.map((o) => ({
          id: o.id,
          raw: (form.get(fieldName(q.id, o.id)) ?? '').trim(),
        }))
        const given = ranks.filter((r) => r.raw !== '')
        const forged = [...form.keys()].some(
          (key) =>
            key.startsWith(`${fieldName(q.id)}.`) &&
            !optionIds.has(key.slice(fieldName(q.id).length + 1)),
        )
        if (forged) {
          fail('invalidOption')
          break
        }
        if (given.length === 0) {
          if (q.required) fail('required')
          break
        }
        const numbers = given.map((r) => Number(r.raw))
        const isComplete =
          given.length === options.length &&
          numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= options.length) &&
          new Set(numbers).size === options.length
        if (!isComplete) fail('incompleteRanking')
        else
          answers[q.id] = [...given].sort((a, b) => Number(a.raw) - Number(b.raw)).map((r) => r.id)
        break
      }
    }
  }
  return { answers, errors }
}
