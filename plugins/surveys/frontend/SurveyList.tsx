import './surveys.css'

import { type SurveyMessageKey, surveyTranslator } from '../i18n/translate'
import { surveyHref } from '../lib/routes'
import type { SurveyLocale } from '../types'
import { formatSurveyDate } from './format'
import type { SurveySummary } from './load'

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
