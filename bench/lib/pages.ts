/**
 * The public pages the benchmark measures beside the home page, found on the seeded city so the
 * figures always read real content: a news article, a third-level service page and the collection
 * days of one address (its own page, where the address lookup sends a single match).
 */
export const benchPages = async (baseUrl: string): Promise<{ label: string; path: string }[]> => {
  const news = (await (await fetch(`${baseUrl}/api/news?limit=1&depth=0&sort=-publishedAt&locale=fr`)).json()) as {
    docs: { slug: string }[]
  }
  const services = (await (await fetch(`${baseUrl}/api/services?limit=100&depth=0&locale=fr`)).json()) as {
    docs: { breadcrumbs?: { url?: string }[] }[]
  }
  const deepest = services.docs
    .map((doc) => doc.breadcrumbs?.at(-1)?.url ?? '')
    .sort((a, b) => b.split('/').length - a.split('/').length)[0]
  const pages = [{ label: 'news article', path: `/fr/actualites/${news.docs[0]?.slug ?? ''}` }]
  if (deepest) pages.push({ label: 'service page', path: `/fr/services${deepest}` })
  // The lookup sends a single match to the address's own (cached) page: measure that page.
  const lookup = await fetch(`${baseUrl}/fr/collectes?adresse=61+rue+des+erables`, { redirect: 'manual' })
  const addressPage = lookup.headers.get('location')
  if (addressPage) pages.push({ label: 'collection days', path: new URL(addressPage, baseUrl).pathname })
  return pages
}
