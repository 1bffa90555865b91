import type { JSONFieldServerComponent } from 'payload'

import { installedRequestOptions } from '../frontend/options'
import type { Question } from '../form/answers'
import { relationId } from '../../kit/ids'
import { city } from '@engines/city'

const text = {
  fr: {
    title: 'Réponses aux questions',
    none: 'Aucune réponse.',
    unanswered: 'Sans réponse',
    removed: (code: string) => `Question retirée du type (${code})`,
  },
  en: {
    title: 'Answers to questions',
    none: 'No answer.',
    unanswered: 'Not answered',
    removed: (code: string) => `Question no longer in the type (${code})`,
  },
}

const tags = city.languageTags

/** One answer as the resident chose it: choices by their label, dates and numbers in words of the admin's language. */
const answerText = (question: Question | undefined, value: unknown, lang: 'fr' | 'en'): string => {
  const values = (Array.isArray(value) ? value : [value])
    .filter((v) => v !== null && v !== undefined && v !== '')
    .map(String)
  if (!values.length) return text[lang].unanswered
  if (question?.type === 'datetime' && /^\d{4}-\d{2}-\d{2}$/.test(values[0])) {
    // A calendar day (no time): formatted at noon UTC, the same day in every American time zone.
    return new Intl.DateTimeFormat(tags[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${values[0]}T12:00:00Z`),
    )
  }
  if (question?.type === 'number' && Number.isFinite(Number(values[0])))
    return new Intl.NumberFormat(tags[lang]).format(Number(values[0]))
  return values.map((v) => question?.choices?.find((c) => c.value === v)?.label || v).join(', ')
}

/**
 * The resident's answers to the request type's questions, as staff read them: each question in the
 * type's order with the answer's label, then any answer whose question was since removed. Rendered
 * on the server in place of Payload's JSON editor, which loads its code editor from a CDN (the
 * city's network may not reach it, and staff never edit a resident's answers). The type is read
 * with the viewer's access, in the admin's language.
 */
export const RequestAnswers: JSONFieldServerComponent = async ({
  data,
  value,
  payload,
  req,
  i18n,
}) => {
  const lang = i18n?.language === 'en' ? 'en' : 'fr'
  const t = text[lang]
  const options = installedRequestOptions(payload)
  const answers =
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {}
  const typeId = relationId((data as { type?: unknown } | undefined)?.type)
  const type =
    options && typeId !== null
      ? ((await payload.findByID({
          collection: options.typesCollection as 'request-types',
          id: typeId,
          locale: lang,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          disableErrors: true,
          select: { questions: true },
        })) as { questions?: Question[] | null } | null)
      : null
  const questions = type?.questions ?? []
  const known = new Set(questions.map((q) => q.code))
  const rows = [
    ...questions
      .filter((q) => Object.hasOwn(answers, q.code))
      .map((q) => ({
        key: q.code,
        label: q.label || q.code,
        answer: answerText(q, answers[q.code], lang),
      })),
    ...Object.keys(answers)
      .filter((code) => !known.has(code))
      .map((code) => ({
        key: code,
        label: t.removed(code),
        answer: answerText(undefined, answers[code], lang),
      })),
  ]
  return (
    <section
      aria-labelledby="reponses-requete"
      className="field-type"
      style={{ marginBottom: 'var(--base)' }}
    >
      <h3 id="reponses-requete">{t.title}</h3>
      {rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <dl
          style={{
            display: 'grid',
            gridTemplateColumns: 'minmax(10rem, max-content) 1fr',
            gap: '0.25rem 1rem',
            margin: 0,
          }}
        >
          {rows.map((row) => (
            <div key={row.key} style={{ display: 'contents' }}>
              <dt style={{ fontWeight: 600 }}>{row.label}</dt>
              <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{row.answer}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  )
}
