/**
 * The public pages the benchmark measures beside the home page, found on the seeded city so the
 * figures always read real content: a news article, a third-level service page and the collection
 * days of one address (its own page, where the address lookup sends a single match).
 */
export const benchPages = async (baseUrl: string): Promise<{ label: string; path: string }[]> => {
  const news = (await (
    await fetch(`${baseUrl}/api/news?limit=1&depth=0&sort=-publishedAt&locale=fr`)
  ).json()) as {
    docs: { slug: string }[]
  }
  const services = (await (
    await fetch(`${baseUrl}/api/services?limit=100&depth=0&locale=fr`)
  ).json()) as {
    docs: { breadcrumbs?: { url?: string }[] }[]
  }
  const deepest = services.docs
    .map((doc) => doc.breadcrumbs?.at(-1)?.url ?? '')
    .sort((a, b) => b.split('/').length - a.split('/').length)[0]
  const pages = [{ label: 'news article', path: `/fr/actualites/${news.docs[0]?.slug ?? ''}` }]
  if (deepest) pages.push({ label: 'service page', path: `/fr/services${deepest}` })
  // The lookup sends a single match to the address's own (cached) page: measure that page.
  const lookup = await fetch(`${baseUrl}/fr/collectes?address=61+rue+des+erables`, {
    redirect: 'manual',
  })
  const addressPage = lookup.headers.get('location')
  if (addressPage)
    pages.push({ label: 'collection days', path: new URL(addressPage, baseUrl).pathname })
  return pages
}

/** The first item of a list page, as its path (the newest news item, notice, event…). */
const firstItem = async (baseUrl: string, list: string, prefix: string): Promise<string | null> => {
  const html = await (await fetch(`${baseUrl}${list}`)).text()
  const main = html.slice(html.indexOf('id="contenu"'))
  return new RegExp(`href="(${prefix}/[a-z0-9-]+)"`).exec(main)?.[1] ?? null
}

/**
 * Every public template in both languages, as a resident reaches them: section indexes with a
 * filter combination, page 2 and a search, the month views, and one news, notice and event page.
 */
export const templatePages = async (
  baseUrl: string,
): Promise<{ label: string; path: string }[]> => {
  const month = new Date().toISOString().slice(0, 7)
  const paths = [
    '/fr',
    '/en',
    '/fr/actualites',
    '/fr/actualites?page=2',
    '/en/news',
    await firstItem(baseUrl, '/fr/actualites', '/fr/actualites'),
    '/fr/avis',
    '/fr/avis?type=boil-water&sector=plateau',
    '/fr/avis?archives=1',
    '/en/notices',
    await firstItem(baseUrl, '/fr/avis', '/fr/avis'),
    '/fr/evenements',
    '/fr/evenements?category=culture',
    '/en/events',
    `/fr/evenements/mois/${month}`,
    `/en/events/month/${month}`,
    await firstItem(baseUrl, '/fr/evenements', '/fr/evenements'),
    '/fr/services',
    '/fr/services?q=permis',
    '/en/services',
    '/fr/collectes',
    '/fr/collectes?address=rue',
    '/en/collections',
    '/fr/collectes/adresse/11',
    '/fr/sondages',
    '/en/surveys',
    '/fr/requetes',
    '/en/requests',
    '/fr/requetes?sector=1&type=1',
    '/fr/petitions',
    '/fr/petitions?status=signing&area=city',
    '/en/petitions',
    '/fr/declaration-accessibilite',
    '/en/accessibility-statement',
  ]
  return paths.filter((p): p is string => Boolean(p)).map((path) => ({ label: path, path }))
}
