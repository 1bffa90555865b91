import type { SurveyTranslate } from '../i18n/translate'
import { surveyTranslator } from '../i18n/translate'
import type { QuestionResult, ResultRow } from '../lib/results'
import type { SurveyLocale } from '../types'
import { BarChart } from './BarChart'
import { city } from '@engines/city'

const tags: Record<SurveyLocale, string> = city.languageTags
const formatNumber = (locale: SurveyLocale, n: number, digits = 0) =>
  new Intl.NumberFormat(tags[locale], {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(n)

const rowLabel = (t: SurveyTranslate, q: QuestionResult, row: ResultRow) =>
  q.type === 'yesNo' ? t(row.id === 'yes' ? 'results.yes' : 'results.no') : row.label

/** One question's results: an SVG bar chart and the same figures in a table. */
/** Shared by the public results page (server) and the admin results panel (client). */
export const QuestionResults = ({
  locale,
  q,
  index,
  headingLevel = 2,
}: {
  locale: SurveyLocale
  q: QuestionResult
  index: number
  headingLevel?: 2 | 3
}) => {
  const t = surveyTranslator(locale)
  const H = `h${headingLevel}` as 'h2'
  const rows = q.rows.map((r) => ({ ...r, label: rowLabel(t, q, r) }))
  const pct = (n: number) => `${formatNumber(locale, n, 1)} %`
  const id = `resultat-${index}`
  return (
    <section aria-labelledby={`${id}-h`} className="stack">
      <H id={`${id}-h`}>{q.question}</H>
      <p className="meta">{t('results.answered', { count: q.answered })}</p>
      {q.type === 'ranking' ? <p className="survey-hint">{t('results.rankingNote')}</p> : null}
      <figure className="survey-chart">
        <BarChart
          id={id}
          title={t('results.chartLabel', { question: q.question })}
          rows={rows}
          format={(r) => `${pct(r.percent)} (${formatNumber(locale, r.count)})`}
        />
      </figure>
      <table className="survey-table">
        <caption>{t('results.tableCaption', { question: q.question })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.option')}</th>
            <th scope="col" className="num">
              {q.type === 'ranking' ? t('results.firstChoice') : t('results.count')}
            </th>
            <th scope="col" className="num">
              {t('results.percent')}
            </th>
            {q.type === 'ranking' ? (
              <th scope="col" className="num">
                {t('results.averageRank')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              <td className="num">{formatNumber(locale, r.count)}</td>
              <td className="num">{pct(r.percent)}</td>
              {q.type === 'ranking' ? (
                <td className="num">
                  {r.averageRank ? formatNumber(locale, r.averageRank, 2) : '—'}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
