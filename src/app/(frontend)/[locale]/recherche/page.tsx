import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { formatDate } from '@/i18n/format'
import { sectionHref } from '@/i18n/routes'
import { getTranslator, type MessageKey } from '@/i18n/translate'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { sectionMetadata } from '@/lib/seo/metadata'
import {
  isSearchType,
  maxQueryLength,
  normalizeQuery,
  searchPageSize,
  searchSite,
  searchTypes,
  type SearchType,
} from '@/lib/data/search'

// Every query is different: rendered per request, straight from Postgres' full-text indexes.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{
    q?: string | string[]
    type?: string | string[]
    page?: string | string[]
  }>
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

const pageNumber = (value: string | undefined) => {
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 && n <= 100 ? n : 1
}

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getTranslator(locale)
  const { query } = normalizeQuery(first((await searchParams).q))
  // Result pages are endless and thin: keep them out of search engines, the form page itself in.
  const metadata = await sectionMetadata(
    locale,
    'search',
    query ? t('search.resultsTitle', { query }) : t('search.title'),
  )
  return query ? { ...metadata, robots: { index: false } } : metadata
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: sectionHref('fr', 'search') })
  const t = getTranslator(locale)
  const raw = await searchParams
  // An unknown type is ignored rather than refused: a shared link with a stale filter still works.
  const typeParam = first(raw.type)
  const type: SearchType | null = isSearchType(typeParam) ? typeParam : null
  const result = await searchSite(locale, {
    q: first(raw.q),
    type,
    page: pageNumber(first(raw.page)),
  })
  const base = sectionHref(locale, 'search')
  const href = ({ q = result.query, page = 1 }: { q?: string; page?: number }) => {
    const search = new URLSearchParams({ q })
    if (type) search.set('type', type)
    if (page > 1) search.set('page', String(page))
    return `${base}?${search.toString()}`
  }
  // The corrected query with its link, offered after a partial match and when nothing matched.
  const didYouMean = result?.didYouMean ? (
    <p>
      {t('search.didYouMean')}{' '}
      <Link href={href({ q: result.didYouMean })} className="did-you-mean">
        {result.didYouMean}
      </Link>
    </p>
  ) : null
  return (
    <div className="container stack">
      <h1>{t('search.title')}</h1>
      <p className="lead">{t('search.intro')}</p>
      <form method="get" action={base} role="search" className="filters">
        <div>
          <label htmlFor="recherche-q">{t('search.label')}</label>
          <input
            id="recherche-q"
            type="search"
            name="q"
            defaultValue={result.query}
            maxLength={maxQueryLength}
            autoComplete="off"
          />
        </div>
        <div>
          <label htmlFor="recherche-type">{t('search.typeLabel')}</label>
          <select id="recherche-type" name="type" defaultValue={type ?? ''}>
            <option value="">{t('search.allTypes')}</option>
            {searchTypes.map((k) => (
              <option key={k} value={k}>
                {t(`search.typeFilters.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('search.submit')}</button>
      </form>
      {result.query ? (
        <>
          <p role="status" className="search-count">
            {t('search.count', { count: result.total, query: result.query })}
            {result.isTruncated ? ` ${t('search.truncated', { max: maxQueryLength })}` : null}
          </p>
          {result.tools.length > 0 ? (
            <section aria-labelledby="outils-titre" className="stack">
              <h2 id="outils-titre">{t('search.toolsTitle')}</h2>
              <ul className="item-list search-tools">
                {result.tools.map((tool) => (
                  <li key={tool.tool} className="card">
                    <h3>
                      {/* Plain links: the tools read the visitor's session. */}
                      <a href={tool.href}>{tool.label}</a>
                    </h3>
                    <p>{tool.description}</p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {result.isPartial ? (
            <>
              <p className="search-partial">{t('search.partial', { query: result.query })}</p>
              {didYouMean}
            </>
          ) : null}
          {result.total === 0 && result.tools.length > 0 ? null : result.total === 0 ? (
            <div className="stack">
              <p>{t('search.noResults')}</p>
              {didYouMean}
              {result.suggestions.length ? (
                <>
                  <p id="suggestions-titre">{t('search.suggestions')}</p>
                  <ul aria-labelledby="suggestions-titre" className="search-suggestions">
                    {result.suggestions.map((s) => (
                      <li key={s.url}>
                        <Link href={s.url}>{s.title}</Link>{' '}
                        <span className="tag">{t(`search.types.${s.type}` as MessageKey)}</span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ) : (
            <ol
              className="item-list search-results"
              aria-label={t('search.results')}
              start={(result.page - 1) * searchPageSize + 1}
            >
              {result.hits.map((hit) => (
                <li key={hit.id} className="card">
                  <p>
                    <span className="tag">{t(`search.types.${hit.type}` as MessageKey)}</span>
                    {hit.endedAt ? (
                      <>
                        {' '}
                        <span className="tag">
                          {t('search.ended', { date: formatDate(locale, hit.endedAt) })}
                        </span>
                      </>
                    ) : null}
                  </p>
                  <h2>
                    <Link href={hit.url}>{hit.title}</Link>
                  </h2>
                  {hit.summary ? <p>{hit.summary}</p> : null}
                </li>
              ))}
            </ol>
          )}
          {result.totalPages > 1 ? (
            <nav aria-label={t('search.pagination')} className="pagination">
              {result.page > 1 ? (
                <Link href={href({ page: Math.min(result.page - 1, result.totalPages) })}>
                  {t('search.previous')}
                </Link>
              ) : null}
              <span>{t('search.pageOf', { page: result.page, total: result.totalPages })}</span>
              {result.page < result.totalPages ? (
                <Link href={href({ page: result.page + 1 })}>{t('search.next')}</Link>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </div>
  )
}
