import { Feed } from 'feed'
import type { Enclosure, Item } from 'feed'

import { stripInvalidXmlChars } from './xmlText'

export type FeedItem = {
  title: string
  link: string
  guid?: string
  summary?: string | null
  contentHtml?: string | null
  published: Date
  updated?: Date | null
  categories?: string[]
  imageUrl?: string | null
}

export type RssOptions = {
  title: string
  description: string
  siteUrl: string
  feedUrl: string
  /** A BCP 47 tag: the city profile's (`@engines/city`). */
  language: string
  items: FeedItem[]
  copyright?: string
  imageUrl?: string | null
  ttlMinutes?: number
}

/** Feed readers and aggregators rarely look past the first few dozen entries. */
export const RSS_MAX_ITEMS = 50

const IMAGE_TYPES: Record<string, string> = {
  avif: 'image/avif',
  gif: 'image/gif',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
  webp: 'image/webp',
}

// xml-js (under `feed`) turns "&amp;" back into "&" before escaping text nodes, which would
// silently rewrite a literal "&amp;" in a title. Escaping "&" first makes its round trip exact.
const text = (value: string): string => stripInvalidXmlChars(value).replace(/&/g, '&amp;')

// xml-js splits only the first "]]>" of a CDATA section (String#replace with a string pattern), so
// a second one would end the section early and break the document. Splitting every later one here
// leaves exactly one for xml-js to split.
const cdata = (value: string): string => {
  const [head, ...rest] = stripInvalidXmlChars(value).split(']]>')
  if (rest.length === 0) return head
  return `${head}]]>${rest.join(']]]]><![CDATA[>')}`
}

const absolute = (url: string, base: string): string => new URL(url, base).toString()

// `feed` guesses "image/<extension>", which gives the unregistered "image/jpg".
const imageEnclosure = (url: string): Enclosure => {
  const extension = new URL(url).pathname.split('.').pop()?.toLowerCase() ?? ''
  return { url, type: IMAGE_TYPES[extension] ?? 'image/*', length: 0 }
}

const newestFirst = (a: FeedItem, b: FeedItem): number =>
  b.published.getTime() - a.published.getTime()

/**
 * RSS 2.0 feed of the newest items (at most RSS_MAX_ITEMS), with an atom:link rel="self" so readers
 * can find the canonical feed address. Relative item links are resolved against siteUrl.
 */
export const buildRss = (options: RssOptions): string => {
  const items = [...options.items].sort(newestFirst).slice(0, RSS_MAX_ITEMS)
  const lastChange = items.reduce<Date | undefined>((latest, item) => {
    const changed = item.updated ?? item.published
    return !latest || changed > latest ? changed : latest
  }, undefined)

  const feed = new Feed({
    id: options.siteUrl,
    title: text(options.title),
    description: text(options.description),
    link: options.siteUrl,
    language: options.language,
    feedLinks: { rss: options.feedUrl },
    copyright: options.copyright ? text(options.copyright) : undefined,
    image: options.imageUrl ? text(absolute(options.imageUrl, options.siteUrl)) : undefined,
    ttl: options.ttlMinutes,
    updated: lastChange,
    generator: false,
  })

  for (const item of items) {
    const link = absolute(item.link, options.siteUrl)
    const entry: Item = {
      title: cdata(item.title),
      link,
      // `feed` writes isPermaLink="false" for any guid it is given and isPermaLink="true" when it
      // falls back to the link, so a guid equal to the link is left to that fallback.
      guid: item.guid && item.guid !== link ? text(item.guid) : undefined,
      date: item.updated ?? item.published,
      published: item.published,
      description: item.summary ? cdata(item.summary) : undefined,
      content: item.contentHtml ? cdata(item.contentHtml) : undefined,
      category: item.categories?.map((name) => ({ name: text(name) })),
      enclosure: item.imageUrl
        ? imageEnclosure(absolute(item.imageUrl, options.siteUrl))
        : undefined,
    }
    feed.addItem(entry)
  }

  return feed.rss2()
}
