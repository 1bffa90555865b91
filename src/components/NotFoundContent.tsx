import Link from 'next/link'

import { getTranslator } from '@/i18n/translate'

/** What a missing page says: French first, English beside it (the visitor's language is unknown). */
export const NotFoundContent = () => {
  const fr = getTranslator('fr')
  const en = getTranslator('en')
  return (
    <div className="container stack">
      <h1>{fr('notFound.title')}</h1>
      <p>{fr('notFound.body')}</p>
      <p>
        <Link href="/fr">{fr('notFound.back')}</Link>
      </p>
      <div lang="en-CA">
        <h2>{en('notFound.title')}</h2>
        <p>{en('notFound.body')}</p>
        <p>
          <Link href="/en">{en('notFound.back')}</Link>
        </p>
      </div>
    </div>
  )
}
