import type { Question } from '../../form/answers'
import { hasMessage, type RequestMessageKey, type RequestTranslate } from '../../i18n/translate'

/** Error codes from the query string, as messages (unknown codes are ignored). */
export const errorMessages = (
  t: RequestTranslate,
  raw: string,
  questions: Question[],
  values: { max: number; type: string },
) =>
  raw
    .split(',')
    .slice(0, 10)
    .map((code) => {
      const answer = /^answer:([a-z0-9_-]+):(required|number|date|choice|tooLong)$/.exec(code)
      if (answer) {
        const question = questions.find((q) => q.code === answer[1])
        if (!question) return null
        const key = `errors.answer${answer[2][0].toUpperCase()}${answer[2].slice(1)}`
        return hasMessage(key)
          ? t(key as RequestMessageKey, { question: question.label ?? question.code })
          : null
      }
      return hasMessage(`errors.${code}`) ? t(`errors.${code}` as RequestMessageKey, values) : null
    })
    .filter((m): m is string => Boolean(m))
