import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'

import { isSurveyManager } from '../access/roles'
import { surveysSlug } from '../defaults'
import { QuestionResults } from '../frontend/QuestionResults'
import '../frontend/surveys.css'
import { surveyState } from '../lib/model'
import { surveysOptions } from '../lib/options'
import { readSurvey } from '../lib/readSurvey'
import { staffResults } from '../lib/staffResults'
import { SurveyActions } from './SurveyActions'
import { city } from '@engines/city'

const text = {
  fr: {
    title: 'Résultats',
    notFound: 'Sondage introuvable.',
    staffOnly: 'Réservé à l’équipe des communications et aux administrateurs.',
    sector: 'Secteur',
    all: 'Tous les secteurs',
    filter: 'Afficher',
    total: (n: number) => `${n.toLocaleString(city.languageTags.fr)} réponse${n > 1 ? 's' : ''}`,
    forSector: (name: string) => `dans le secteur ${name}`,
    bySector: 'Réponses par secteur',
    sectorColumn: 'Secteur',
    countColumn: 'Réponses',
    none: 'Sans secteur (anonymes)',
    exportCsv: 'Exporter en CSV',
    exportJson: 'Exporter en JSON',
    anonymous: 'Sondage ouvert aux visiteurs anonymes : les réponses ne sont pas vérifiées.',
    empty: 'Aucune réponse pour l’instant.',
  },
  en: {
    title: 'Results',
    notFound: 'Survey not found.',
    staffOnly: 'For the communications team and administrators only.',
    sector: 'Sector',
    all: 'All sectors',
    filter: 'Show',
    total: (n: number) => `${n.toLocaleString(city.languageTags.en)} answer${n === 1 ? '' : 's'}`,
    forSector: (name: string) => `in sector ${name}`,
    bySector: 'Answers by sector',
    sectorColumn: 'Sector',
    countColumn: 'Answers',
    none: 'No sector (anonymous)',
    exportCsv: 'Export as CSV',
    exportJson: 'Export as JSON',
    anonymous: 'Survey open to anonymous visitors: the answers are not verified.',
    empty: 'No answers yet.',
  },
}

/**
 * The "Results" tab of a survey in the admin, rendered on the server: the same SVG charts and
 * tables as the public results page, whatever the public visibility. The sector filter is a plain
 * GET form (`?sector=`), the exports plain links; only "close now" and "duplicate" are buttons
 * (a small client component).
 */
export const ResultsView = async ({
  initPageResult,
  searchParams,
  i18n,
  payload,
  doc,
}: DocumentViewServerProps) => {
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  const t = text[lang]
  const options = surveysOptions(payload)
  const { req } = initPageResult
  if (!isSurveyManager(req.user, options)) {
    return (
      <Gutter>
        <p role="alert">{t.staffOnly}</p>
      </Gutter>
    )
  }
  const contentLocale = initPageResult.locale?.code === 'en' ? 'en' : 'fr'
  const id = Number(doc?.id ?? initPageResult.docID)
  const survey = await readSurvey(payload, { id }, contentLocale)
  if (!survey) {
    return (
      <Gutter>
        <p role="alert">{t.notFound}</p>
      </Gutter>
    )
  }
  const rawSector = Array.isArray(searchParams?.sector)
    ? searchParams.sector[0]
    : searchParams?.sector
  const requestedSector = Number(rawSector) || null
  const data = await staffResults({
    payload,
    options,
    survey,
    sectorId: requestedSector,
    locale: contentLocale,
    user: req.user,
  })
  // Only a sector that exists filters: anything else shows every answer.
  const sector = data.sectors.find((s) => s.id === requestedSector) ?? null
  const { admin: adminRoute, api: apiRoute } = payload.config.routes
  const here = `${adminRoute}/collections/${surveysSlug}/${survey.id}/results`
  const exportHref = (format: 'csv' | 'json') =>
    `${apiRoute}/surveys/${survey.id}/export?format=${format}${sector ? `&sector=${sector.id}` : ''}`
  return (
    <Gutter>
      <section
        aria-labelledby="survey-admin-results"
        className="survey-admin-results"
        style={{ paddingBlock: '1.5rem', maxWidth: '48rem' }}
      >
        <h2 id="survey-admin-results">{t.title}</h2>
        <p>
          <strong>{t.total(data.results.total)}</strong>
          {sector ? ` ${t.forSector(sector.name)}` : null}
        </p>
        {survey.answerPolicy === 'anonymous' ? <p>{t.anonymous}</p> : null}
        <form
          method="get"
          action={here}
          style={{
            display: 'flex',
            gap: '0.75rem',
            alignItems: 'end',
            flexWrap: 'wrap',
            marginBlock: '1rem',
          }}
        >
          <label style={{ display: 'grid', gap: '0.25rem' }}>
            {t.sector}
            <select
              name="sector"
              defaultValue={sector ? String(sector.id) : ''}
              style={{ minHeight: '2.5rem', font: 'inherit' }}
            >
              <option value="">{t.all}</option>
              {data.sectors.map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            className="btn btn--style-primary btn--size-small"
            style={{ margin: 0 }}
          >
            {t.filter}
          </button>
        </form>
        <p style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'center' }}>
          <a href={exportHref('csv')}>{t.exportCsv}</a>
          <a href={exportHref('json')}>{t.exportJson}</a>
          <SurveyActions
            id={survey.id}
            lang={lang}
            apiRoute={apiRoute}
            adminRoute={adminRoute}
            isClosed={surveyState(survey) === 'closed'}
          />
        </p>
        {data.bySector.length > 0 ? (
          <table className="survey-table">
            <caption>{t.bySector}</caption>
            <thead>
              <tr>
                <th scope="col">{t.sectorColumn}</th>
                <th scope="col" className="num">
                  {t.countColumn}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.bySector.map((s) => (
                <tr key={String(s.sector)}>
                  <th scope="row">{s.name ?? t.none}</th>
                  <td className="num">{s.count.toLocaleString(city.languageTags[lang])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t.empty}</p>
        )}
        {/* White behind the charts: the SVG's colours are the public site's, on a light page. */}
        <div
          style={{
            background: '#fff',
            color: '#1a1a1a',
            padding: '1rem',
            marginTop: '1.5rem',
            borderRadius: 6,
            display: 'grid',
            gap: '2rem',
          }}
        >
          {data.results.questions.map((q, i) => (
            <QuestionResults key={q.id} locale={lang} q={q} index={i} headingLevel={3} />
          ))}
        </div>
      </section>
    </Gutter>
  )
}
