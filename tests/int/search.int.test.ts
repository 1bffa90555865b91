import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { removeSearchCorpus, seedSearchCorpus } from '../../bench/searchCorpus'
import { hitsQuery, searchSite, closestWordsQuery } from '../../src/lib/data/search'
import { closePayload, getTestPayload } from '../helpers/payload'

type Dialect = { sqlToQuery: (query: unknown) => { sql: string; params: unknown[] } }

const now = () => new Date().toISOString()

describe('site search', () => {
  let payload: Payload

  const news = (title: string, summary: string, status: 'published' | 'draft' = 'published') =>
    payload.create({
      collection: 'news',
      data: { title, summary, publishedAt: now(), _status: status },
      draft: status === 'draft',
      overrideAccess: true,
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    const department = await payload.create({
      collection: 'departments',
      data: { name: 'Travaux publics', code: 'tp' },
      overrideAccess: true,
    })
    const parent = await payload.create({
      collection: 'services',
      data: {
        title: 'Travaux publics et voirie',
        summary: 'Rues, trottoirs et hiver.',
        department: department.id,
        _status: 'published',
      },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'services',
      data: {
        title: 'Déneigement des rues et des trottoirs',
        summary: 'Comment la Ville dégage les rues après une tempête.',
        parent: parent.id,
        department: department.id,
        _status: 'published',
      },
      overrideAccess: true,
    })
    await news('Déneigement : l’hiver arrive', 'Les opérations commencent dès la première neige.')
    await news('Piscine municipale : nouvel horaire', 'Bains libres tous les soirs.')
    await news(
      'Horaire d’été à la bibliothèque',
      'La piscine et la bibliothèque ouvrent plus tard.',
    )
    await payload.create({
      collection: 'notices',
      data: {
        title: 'Avis d’ébullition préventif terminé',
        summary: 'Secteur nord : l’eau est de nouveau potable.',
        kind: 'boil-water',
        severity: 'warning',
        startsAt: '2026-01-10T12:00:00.000Z',
        endsAt: '2026-01-12T12:00:00.000Z',
        _status: 'published',
      },
      overrideAccess: true,
    })
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should find "Déneigement" when searching without the accent', async () => {
    const result = await searchSite('fr', { q: 'deneigement' }, payload)
    expect(result.hits.map((h) => h.title)).toEqual(
      expect.arrayContaining([
        'Déneigement des rues et des trottoirs',
        'Déneigement : l’hiver arrive',
      ]),
    )
    expect(result.total).toBe(2)
  })

  it('should build each hit’s URL: a news slug, a service’s breadcrumb path', async () => {
    const { hits } = await searchSite('fr', { q: 'déneigement' }, payload)
    expect(hits.find((h) => h.type === 'news')?.url).toBe(
      '/fr/actualites/deneigement-l-hiver-arrive',
    )
    expect(hits.find((h) => h.type === 'services')?.url).toBe(
      '/fr/services/travaux-publics-et-voirie/deneigement-des-rues-et-des-trottoirs',
    )
  })

  it('should stem English words with the english configuration, in English only', async () => {
    const doc = await news('Calendrier des collectes', 'Ordures et recyclage.')
    await payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'en',
      data: { title: 'Waste collection calendar', summary: 'Garbage and recycling pickup days.' },
      overrideAccess: true,
    })
    const english = await searchSite('en', { q: 'collections' }, payload)
    expect(english.hits.map((h) => h.title)).toEqual(['Waste collection calendar'])
    // The English slug, made from the English title.
    expect(english.hits[0].url).toBe('/en/news/waste-collection-calendar')
    const french = await searchSite('fr', { q: 'collectes' }, payload)
    expect(french.hits.map((h) => h.title)).toEqual(['Calendrier des collectes'])
  })

  it('should rank a title match above a summary match', async () => {
    const { hits } = await searchSite('fr', { q: 'piscine' }, payload)
    expect(hits.map((h) => h.title)).toEqual([
      'Piscine municipale : nouvel horaire',
      'Horaire d’été à la bibliothèque',
    ])
  })

  it('should never find drafts, and drop a document once unpublished', async () => {
    await news('Zèbrerie secrète', 'Un brouillon.', 'draft')
    expect((await searchSite('fr', { q: 'zebrerie' }, payload)).total).toBe(0)
    const published = await news('Trampoline géant au parc', 'Installé cet été.')
    expect((await searchSite('fr', { q: 'trampoline' }, payload)).total).toBe(1)
    await payload.update({
      collection: 'news',
      id: published.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expect((await searchSite('fr', { q: 'trampoline' }, payload)).total).toBe(0)
  })

  it('should filter by type of content', async () => {
    const services = await searchSite('fr', { q: 'deneigement', type: 'services' }, payload)
    expect(services.hits.map((h) => h.type)).toEqual(['services'])
    const notices = await searchSite('fr', { q: 'deneigement', type: 'notices' }, payload)
    expect(notices.total).toBe(0)
  })

  it('should keep ended notices and say when they ended', async () => {
    const { hits } = await searchSite('fr', { q: 'ebullition' }, payload)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({ type: 'notices', endedAt: '2026-01-12T12:00:00.000Z' })
  })

  it('should page the hits and count them all', async () => {
    for (let i = 1; i <= 12; i++) await news(`Marché fermier numéro ${i}`, 'Produits locaux.')
    const first = await searchSite('fr', { q: 'marché fermier' }, payload)
    expect(first).toMatchObject({ total: 12, totalPages: 2, page: 1 })
    expect(first.hits).toHaveLength(10)
    const second = await searchSite('fr', { q: 'marché fermier', page: 2 }, payload)
    expect(second.hits).toHaveLength(2)
    expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(12)
    const beyond = await searchSite('fr', { q: 'marché fermier', page: 9 }, payload)
    expect(beyond).toMatchObject({ total: 12, totalPages: 2, hits: [] })
  })

  it('should propose a corrected query and its first hits when a typo finds nothing', async () => {
    const result = await searchSite('fr', { q: 'deneigment' }, payload)
    expect(result.total).toBe(0)
    expect(result.suggestions.map((s) => s.title)).toEqual(
      expect.arrayContaining([
        'Déneigement des rues et des trottoirs',
        'Déneigement : l’hiver arrive',
      ]),
    )
    expect(result.didYouMean).toBe('déneigement')
    const twoWords = await searchSite('fr', { q: 'horaire piscne' }, payload)
    expect(twoWords.didYouMean).toBe('horaire piscine')
    expect(twoWords.suggestions[0].title).toBe('Piscine municipale : nouvel horaire')
    expect(await searchSite('fr', { q: 'xqzwv' }, payload)).toMatchObject({
      didYouMean: null,
      suggestions: [],
    })
  })

  it('should treat operators, quotes and SQL as plain words', async () => {
    for (const q of [
      "'",
      '"',
      "l'hiver",
      ':*',
      '&|!',
      'déneigement:* & !',
      "'); DROP TABLE search; --",
      '<-> (( ))',
      '\\',
      '-',
      'or',
      '"déneigement',
    ]) {
      const result = await searchSite('fr', { q }, payload)
      expect(result.query).toBe(q.trim())
    }
    expect((await searchSite('fr', { q: 'deneigement' }, payload)).total).toBe(2)
  })

  it('should cut an over-long query and search nothing for an empty one', async () => {
    const long = await searchSite('fr', { q: `deneigement ${'x'.repeat(5000)}` }, payload)
    expect(long.isTruncated).toBe(true)
    expect(long.query).toHaveLength(100)
    for (const q of ['', '   ', undefined, ['a', 'b']]) {
      expect(await searchSite('fr', { q }, payload)).toMatchObject({
        query: '',
        total: 0,
        hits: [],
        suggestions: [],
      })
    }
  })

  it('should offer the site’s tools first, found by their words with the index’s stemming', async () => {
    const report = await searchSite('fr', { q: 'signaler' }, payload)
    expect(report.tools[0]?.tool).toBe('report')
    expect(report.tools[0]?.href).toBe('/fr/requetes/nouvelle')
    expect((await searchSite('fr', { q: 'collectes' }, payload)).tools[0]?.tool).toBe('collections')
    expect((await searchSite('fr', { q: 'Sondage' }, payload)).tools[0]?.tool).toBe('surveys')
    expect((await searchSite('en', { q: 'reporting' }, payload)).tools[0]?.tool).toBe('report')
    // Only on the first page of the whole site: a type filter asks for documents.
    expect((await searchSite('fr', { q: 'signaler', type: 'news' }, payload)).tools).toEqual([])
    expect((await searchSite('fr', { q: 'piscine' }, payload)).tools).toEqual([])
  })

  it('should fall back to documents with any of the words when none has them all', async () => {
    const all = await searchSite('fr', { q: 'piscine horaire' }, payload)
    expect(all.isPartial).toBe(false)
    const partial = await searchSite('fr', { q: 'piscine mardi' }, payload)
    expect(partial.isPartial).toBe(true)
    expect(partial.hits.map((h) => h.title)).toEqual(
      expect.arrayContaining(['Piscine municipale : nouvel horaire']),
    )
    expect(partial.total).toBeGreaterThan(0)
    // Tools count among "any word": "sondage" finds the surveys tool with an unknown second word.
    expect((await searchSite('fr', { q: 'sondage zzxqv' }, payload)).tools[0]?.tool).toBe('surveys')
    // One word that finds nothing stays nothing (with its correction, as before).
    expect((await searchSite('fr', { q: 'xqzwv' }, payload)).isPartial).toBe(false)
  })

  it('should answer both queries from the GIN indexes over thousands of documents', async () => {
    const adapter = payload.db as unknown as PostgresAdapter
    await seedSearchCorpus(adapter.pool, 3000)
    try {
      const plan = async (
        query: ReturnType<typeof closestWordsQuery>,
        { isSeqScanOff = false } = {},
      ) => {
        const { sql: text, params } = (
          adapter.drizzle as unknown as { dialect: Dialect }
        ).dialect.sqlToQuery(query)
        const client = await adapter.pool.connect()
        try {
          if (isSeqScanOff) await client.query('SET enable_seqscan = off')
          const { rows } = await client.query(`EXPLAIN ${text}`, params)
          return rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n')
        } finally {
          await client.query('RESET enable_seqscan')
          client.release()
        }
      }
      // A selective word is looked up in the vector index.
      expect(
        await plan(hitsQuery({ locale: 'fr', query: 'tempête', type: null, page: 1 })),
      ).toContain('entries_vector_idx')
      // The vocabulary (a few hundred words here) is small enough to scan; the trigram index
      // must still be able to answer the similarity operator when it grows.
      expect(
        await plan(sql`SELECT word FROM site_search.words WHERE word_key % ${'preventiff'}`, {
          isSeqScanOff: true,
        }),
      ).toContain('words_key_trgm_idx')
      expect(await plan(closestWordsQuery('fr', ['deneigment', 'horaire']))).not.toContain(
        'Seq Scan on words',
      )
      // Counted over the whole corpus, not just the page.
      const { hits, total } = await searchSite('fr', { q: 'deneigement' }, payload)
      expect(total).toBeGreaterThan(100)
      expect(hits).toHaveLength(10)
    } finally {
      await removeSearchCorpus(adapter.pool)
    }
    expect((await searchSite('fr', { q: 'deneigement' }, payload)).total).toBe(2)
  })
})
