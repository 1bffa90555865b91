import type { QuestionType } from '../collections/RequestTypes'

export type Question = {
  code: string
  label?: string | null
  type: QuestionType
  required?: boolean | null
  choices?: { value: string; label?: string | null }[] | null
}

export type AnswerValue = string | string[]
export type AnswerIssue = {
  code: string
  error: 'required' | 'number' | 'date' | 'choice' | 'tooLong'
}

/** Checks and normalises answers to a type's questions; unknown codes are dropped. */
export const validateAnswers = (
  questions: Question[],
  raw: Record<string, AnswerValue | undefined>,
) => {
  const answers: Record<string, AnswerValue> = {}
  const issues: AnswerIssue[] = []
  for (const q of questions) {
    const value = raw[q.code]
    const values = (Array.isArray(value) ? value : value === undefined ? [] : [value])
      .map((v) => String(v).trim())
      .filter(Boolean)
    if (values.length === 0) {
      if (q.required) issues.push({ code: q.code, error: 'required' })
      continue
    }
    const allowed = new Set((q.choices ?? []).map((c) => c.value))
    switch (q.type) {
      case 'number':
        if (!/^-?\d+([.,]\d+)?$/.test(values[0])) issues.push({ code: q.code, error: 'number' })
        else answers[q.code] = values[0].replace(',', '.')
        break
      case 'datetime':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(values[0]) || Number.isNaN(Date.parse(values[0])))
          issues.push({ code: q.code, error: 'date' })
        else answers[q.code] = values[0]
        break
      case 'singlevaluelist':
        if (!allowed.has(values[0])) issues.push({ code: q.code, error: 'choice' })
        else answers[q.code] = values[0]
        break
      case 'multivaluelist':
        if (values.some((v) => !allowed.has(v))) issues.push({ code: q.code, error: 'choice' })
        else answers[q.code] = [...new Set(values)]
        break
      default: {
        const max = q.type === 'text' ? 2000 : 200
        if (values[0].length > max) issues.push({ code: q.code, error: 'tooLong' })
        else answers[q.code] = values[0]
      }
    }
  }
  return { answers, issues }
}
