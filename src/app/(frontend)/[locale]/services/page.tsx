import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import {
  buildServiceTree,
  getServiceEntries,
  type ServiceNode,
  searchServices,
  serviceHref,
} from '@/lib/data/services'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { sectionMetadata } from '@/lib/seo/metadata'

// Reads the search query from the URL: rendered per request, from the cached catalogue.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ q?: string | string[] }>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getTranslator(locale)
  return sectionMetadata(locale, 'services', t('services.title'), t('services.metaDescription'))
}

const Branch = ({ nodes, locale }: { nodes: ServiceNode[]; locale: Locale }) => (
  <ul className="service-branch">
    {nodes.map((node) => (
      <li key={node.id}>
        <Link href={serviceHref(locale, node.path)}>{node.title}</Link>
        {node.children.length > 0 ? <Branch nodes={node.children} locale={locale} /> : null}
      </li>
    ))}
  </ul>
)

export default async function ServicesPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: sectionHref('fr', 'services') })
  const t = getTranslator(locale)
  const { q } = await searchParams
  const query = (Array.isArray(q) ? q[0] : (q ?? '')).trim().slice(0, 100)
  const entries = await getServiceEntries(locale)
  const results = query ? searchServices(entries, query) : []
  const tree = buildServiceTree(entries)
  const base = sectionHref(locale, 'services')
  return (
    <div className="container stack">
      <h1>{t('services.title')}</h1>
      <p className="lead">{t('services.intro')}</p>
      <form method="get" action={base} role="search" className="filters">
        <div>
          <label htmlFor="recherche-service">{t('services.searchLabel')}</label>
          <input
            id="recherche-service"
            type="text"
            name="q"
            defaultValue={query}
            aria-describedby="recherche-service-aide"
            autoComplete="off"
          />
          <p id="recherche-service-aide" className="meta">
            {t('services.searchHint')}
          </p>
        </div>
        <button type="submit">{t('services.searchSubmit')}</button>
      </form>
      {query ? (
        <section aria-labelledby="resultats" className="stack">
          <h2 id="resultats">{t('services.resultsHeading')}</h2>
          <p role="status">{t('services.searchResults', { count: results.length, query })}</p>
          {results.length > 0 ? (
            <ul className="item-list service-results">
              {results.map((entry) => (
                <li key={entry.id} className="card">
                  <h3>
                    <Link href={serviceHref(locale, entry.path)}>{entry.title}</Link>
                  </h3>
                  {entry.breadcrumbs.length > 1 ? (
                    <p className="meta">
                      {entry.breadcrumbs
                        .slice(0, -1)
                        .map((c) => c.label)
                        .join(' › ')}
                    </p>
                  ) : null}
                  <p>{entry.summary}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('services.searchEmptyHelp')}</p>
          )}
          <p>
            <Link href={base}>{t('services.showAll')}</Link>
          </p>
        </section>
      ) : null}
      {!query || results.length === 0 ? (
        <section aria-labelledby="catalogue" className="stack">
          <h2 id="catalogue">{t('services.catalogueHeading')}</h2>
          <ul className="service-themes">
            {tree.map((theme) => (
              <li key={theme.id} className="card">
                <h3>
                  <Link href={serviceHref(locale, theme.path)}>{theme.title}</Link>
                </h3>
                <p>{theme.summary}</p>
                {theme.children.length > 0 ? (
                  <Branch nodes={theme.children} locale={locale} />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
