import Link from 'next/link'

import { getTranslator } from '@/i18n/translate'

import { SearchBox } from './SearchBox'

/** What a missing page says: French first, English beside it (the visitor's language is unknown), each with a search box. */
export const NotFoundContent = () => {
  const fr = getTranslator('fr')
  const en = getTranslator('en')
  return (
    <div className="container stack">
      <h1>{fr('notFound.title')}</h1>
      <p>{fr('notFound.body')}</p>
      <SearchBox locale="fr" id="introuvable-recherche" />
      <p>
        <Link href="/fr">{fr('notFound.back')}</Link>
      </p>
      <div lang="en-CA" className="stack">
        <h2>{en('notFound.title')}</h2>
        <p>{en('notFound.body')}</p>
        <SearchBox locale="en" id="not-found-search" />
        <p>
          <Link href="/en">{en('notFound.back')}</Link>
        </p>
      </div>
    </div>
  )
}
