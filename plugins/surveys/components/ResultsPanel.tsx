'use client'

import { useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { SurveyResults } from '../lib/results'
import { QuestionResults } from '../frontend/QuestionResults'

type Payload = {
  survey: { id: number; title: string; answerPolicy: string }
  bySector: { sector: number | null; name: string | null; count: number }[]
  sectors: { id: number; name: string }[]
  results: SurveyResults
}

const text = {
  fr: {
    title: 'Résultats',
    unsaved: 'Enregistrez le sondage pour voir ses résultats.',
    loading: 'Chargement des résultats…',
    failed: 'Les résultats n’ont pas pu être chargés.',
    sector: 'Secteur',
    all: 'Tous les secteurs',
    total: (n: number) => `${n} réponse${n > 1 ? 's' : ''}`,
    bySector: 'Réponses par secteur',
    none: 'Sans secteur (anonymes)',
    exportCsv: 'Exporter en CSV',
    exportJson: 'Exporter en JSON',
    close: 'Fermer maintenant',
    confirmClose: 'Fermer ce sondage maintenant ? Les résidents ne pourront plus répondre.',
    duplicate: 'Dupliquer',
  },
  en: {
    title: 'Results',
    unsaved: 'Save the survey to see its results.',
    loading: 'Loading the results…',
    failed: 'The results could not be loaded.',
    sector: 'Sector',
    all: 'All sectors',
    total: (n: number) => `${n} answer${n === 1 ? '' : 's'}`,
    bySector: 'Answers by sector',
    none: 'No sector (anonymous)',
    exportCsv: 'Export as CSV',
    exportJson: 'Export as JSON',
    close: 'Close now',
    confirmClose: 'Close this survey now? Residents will no longer be able to answer.',
    duplicate: 'Duplicate',
  },
}

/**
 * The survey's results inside its edit view, for staff: the same charts and tables as the public
 * page (whatever the public visibility), a sector filter, exports, close early and duplicate.
 */
export const ResultsPanel = () => {
  const { id } = useDocumentInfo()
  const { code } = useLocale()
  const lang = code === 'en' ? 'en' : 'fr'
  const t = text[lang]
  const [sector, setSector] = useState('')
  const [data, setData] = useState<Payload | null>(null)
  const [error, setError] = useState(false)
  useEffect(() => {
    if (!id) return
    setError(false)
    fetch(`/api/surveys/${id}/results?locale=${lang}${sector ? `&sector=${sector}` : ''}`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then(setData)
      .catch(() => setError(true))
  }, [id, lang, sector])
  if (!id) return <p>{t.unsaved}</p>
  const post = async (action: 'close' | 'duplicate') => {
    if (action === 'close' && !window.confirm(t.confirmClose)) return
    const response = await fetch(`/api/surveys/${id}/${action}`, { method: 'POST', credentials: 'include' })
    if (!response.ok) return setError(true)
    const body = (await response.json()) as { id: number }
    window.location.assign(action === 'duplicate' ? `/admin/collections/surveys/${body.id}` : window.location.href)
  }
  return (
    <section aria-labelledby="survey-admin-results" style={{ marginBottom: '2rem' }}>
      <h2 id="survey-admin-results">{t.title}</h2>
      <p style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'center' }}>
        <label>
          {t.sector}{' '}
          <select value={sector} onChange={(e) => setSector(e.target.value)}>
            <option value="">{t.all}</option>
            {(data?.sectors ?? []).map((s) => (
              <option key={s.id} value={String(s.id)}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <a href={`/api/surveys/${id}/export?format=csv${sector ? `&sector=${sector}` : ''}`}>{t.exportCsv}</a>
        <a href={`/api/surveys/${id}/export?format=json${sector ? `&sector=${sector}` : ''}`}>{t.exportJson}</a>
        <button type="button" onClick={() => post('close')}>
          {t.close}
        </button>
        <button type="button" onClick={() => post('duplicate')}>
          {t.duplicate}
        </button>
      </p>
      {error ? <p role="alert">{t.failed}</p> : null}
      {!data && !error ? <p>{t.loading}</p> : null}
      {data ? (
        <>
          <p>
            <strong>{t.total(data.results.total)}</strong>
          </p>
          <details>
            <summary>{t.bySector}</summary>
            <ul>
              {data.bySector.map((s) => (
                <li key={String(s.sector)}>
                  {s.name ?? t.none} : {s.count}
                </li>
              ))}
            </ul>
          </details>
          {data.results.questions.map((q, i) => (
            <QuestionResults key={q.id} locale={lang} q={q} index={i} headingLevel={3} />
          ))}
        </>
      ) : null}
    </section>
  )
}
