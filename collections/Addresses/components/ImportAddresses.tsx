'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type React from 'react'
import { useId, useState } from 'react'

type Problem = { line: number; fr: string; en: string }
type Result = { message: { fr: string; en: string }; problems?: Problem[]; inserted?: number }

const labels = {
  fr: {
    title: 'Importer des adresses (CSV)',
    help: 'Colonnes : number, suffix, street, postal_code, lat, long (disposition des données ouvertes Adresses Québec). Les adresses déjà présentes sont ignorées; un fichier comportant une erreur n’est pas importé.',
    file: 'Fichier CSV',
    submit: 'Importer',
    busy: 'Importation…',
    line: 'Ligne',
    network: 'Le serveur ne répond pas. Réessayez.',
  },
  en: {
    title: 'Import addresses (CSV)',
    help: 'Columns: number, suffix, street, postal_code, lat, long (the Adresses Québec open-data layout). Addresses already present are skipped; a file with any error is not imported.',
    file: 'CSV file',
    submit: 'Import',
    busy: 'Importing…',
    line: 'Line',
    network: 'The server does not answer. Try again.',
  },
}

/** Above the address list: uploads a CSV to POST /api/addresses/import and shows the outcome. */
export const ImportAddresses: React.FC = () => {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const router = useRouter()
  const language = i18n.language === 'en' ? 'en' : 'fr'
  const text = labels[language]
  const inputId = useId()
  const [isBusy, setIsBusy] = useState(false)
  const [result, setResult] = useState<Result | null>(null)
  const [isError, setIsError] = useState(false)

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setIsBusy(true)
    setResult(null)
    try {
      const response = await fetch(`${config.routes.api}/addresses/import`, {
        method: 'POST',
        body: new FormData(event.currentTarget),
        credentials: 'include',
      })
      const body = (await response.json()) as Result
      setIsError(!response.ok)
      setResult(body)
      if (response.ok) router.refresh()
    } catch {
      setIsError(true)
      setResult({ message: { fr: labels.fr.network, en: labels.en.network } })
    } finally {
      setIsBusy(false)
    }
  }

  return (
    <details className="address-import" style={{ marginBottom: 'var(--base)' }}>
      <summary>{text.title}</summary>
      <p>{text.help}</p>
      <form onSubmit={onSubmit} aria-busy={isBusy}>
        <label htmlFor={inputId}>{text.file}</label>{' '}
        <input id={inputId} name="file" type="file" accept=".csv,text/csv" required />
        <Button type="submit" disabled={isBusy}>
          {isBusy ? text.busy : text.submit}
        </Button>
      </form>
      {result ? (
        <div role={isError ? 'alert' : 'status'} data-testid="address-import-result">
          <p>{result.message[language]}</p>
          {result.problems?.length ? (
            <ul>
              {result.problems.map((problem) => (
                <li key={`${problem.line}-${problem.fr}`}>
                  {text.line} {problem.line} : {problem[language]}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </details>
  )
}
