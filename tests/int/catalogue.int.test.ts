import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadPageLinks } from '../../src/lib/data/pages'
import {
  buildServiceTree,
  findServiceByPath,
  loadServiceEntries,
  normalizeForSearch,
  searchServices,
  type ServiceNode,
} from '../../src/lib/data/services'
import type { User } from '../../src/payload-types'
import { seedDemoCity } from '../../src/seed'
import { closePayload, getTestPayload } from '../helpers/payload'

const accounts = {
  admin: { email: 'admin@lac-azur.example', password: 'admin-test-password' },
  editor: { email: 'communications@lac-azur.example', password: 'editor-test-password' },
  agent: { email: 'travaux@lac-azur.example', password: 'agent-test-password' },
}

const depthOf = (nodes: ServiceNode[]): number =>
  nodes.length === 0 ? 0 : 1 + Math.max(...nodes.map((n) => depthOf(n.children)))

describe('services catalogue and pages', () => {
  let payload: Payload
  let editor: User

  beforeAll(async () => {
    payload = await getTestPayload()
    await seedDemoCity(payload, accounts)
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: accounts.editor.email } },
      overrideAccess: true,
    })
    editor = docs[0]
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  const asEditor = () => ({
    user: { ...editor, collection: 'users' as const },
    overrideAccess: false,
  })

  it('should build a three-level tree of the 40 seeded services in both languages', async () => {
    for (const locale of ['fr', 'en'] as const) {
      const entries = await loadServiceEntries(payload, locale)
      expect(entries).toHaveLength(40)
      expect(entries.filter((e) => e.isFeatured).length).toBeGreaterThanOrEqual(6)
      const tree = buildServiceTree(entries)
      expect(tree).toHaveLength(8)
      expect(depthOf(tree)).toBe(3)
    }
    const fr = buildServiceTree(await loadServiceEntries(payload, 'fr'))
    const permits = fr.find((n) => n.path === '/permis')
    expect(permits?.title).toBe('Permis et règlements')
    const renovation = permits?.children.find((n) => n.path === '/permis/permis-renovation')
    expect(renovation?.children.map((n) => n.path)).toEqual(['/permis/permis-renovation/piscine'])
  })

  it('should resolve a service by its French path and by its English path, and nothing else', async () => {
    const fr = await findServiceByPath(payload, 'fr', ['permis', 'permis-renovation', 'piscine'])
    expect(fr?.service.title).toBe('Permis pour une piscine ou un spa')
    expect(fr?.breadcrumbs.map((c) => c.label)).toEqual([
      'Permis et règlements',
      'Permis de rénovation',
      'Permis pour une piscine ou un spa',
    ])
    expect(fr?.service.department?.name).toBe('Urbanisme et permis')
    const en = await findServiceByPath(payload, 'en', [
      'permits',
      'renovation-permits',
      'pool-permit',
    ])
    expect(en?.service.id).toBe(fr?.service.id)
    expect(en?.service.title).toBe('Pool and spa permit')
    expect(en?.breadcrumbs.map((c) => c.url)).toEqual([
      '/permits',
      '/permits/renovation-permits',
      '/permits/renovation-permits/pool-permit',
    ])
    // Its body carries the numbered steps as a Lexical block, in each language.
    const blocks = (en?.service.body?.root.children ?? []).filter(
      (n) => n.type === 'block',
    ) as unknown as { fields: { blockType: string; steps: { title: string }[] } }[]
    expect(blocks[0]?.fields.blockType).toBe('steps')
    expect(blocks[0]?.fields.steps[0]?.title).toBe('Check the location')
    // The French path in English, a wrong parent, a partial path or junk: not found.
    expect(
      await findServiceByPath(payload, 'en', ['permis', 'permis-renovation', 'piscine']),
    ).toBeNull()
    expect(await findServiceByPath(payload, 'fr', ['eau-egouts', 'piscine'])).toBeNull()
    expect(await findServiceByPath(payload, 'fr', ['piscine'])).toBeNull()
    expect(await findServiceByPath(payload, 'fr', ['permis', '../x'])).toBeNull()
    const parent = await findServiceByPath(payload, 'fr', ['permis'])
    expect(parent?.children.map((c) => c.title)).toContain('Permis de rénovation')
  })

  it('should hide drafts and whole branches under an unpublished parent from anonymous visitors', async () => {
    const permits = await findServiceByPath(payload, 'fr', ['permis'])
    const draft = await payload.create({
      collection: 'services',
      locale: 'fr',
      draft: true,
      data: {
        title: 'Service en préparation',
        summary: 'Pas encore publié.',
        parent: permits?.service.id,
        _status: 'draft',
      },
      ...asEditor(),
    })
    expect((await loadServiceEntries(payload, 'fr')).map((e) => e.id)).not.toContain(draft.id)
    expect(await findServiceByPath(payload, 'fr', ['permis', 'service-en-preparation'])).toBeNull()

    const hiddenParent = await payload.create({
      collection: 'services',
      locale: 'fr',
      draft: true,
      data: { title: 'Thème caché', summary: 'Brouillon.', _status: 'draft' },
      ...asEditor(),
    })
    const child = await payload.create({
      collection: 'services',
      locale: 'fr',
      data: {
        title: 'Enfant publié',
        summary: 'Publié sous un brouillon.',
        parent: hiddenParent.id,
        _status: 'published',
      },
      ...asEditor(),
    })
    expect(child.breadcrumbs?.at(-1)?.url).toBe('/theme-cache/enfant-publie')
    expect((await loadServiceEntries(payload, 'fr')).map((e) => e.id)).not.toContain(child.id)
    expect(await findServiceByPath(payload, 'fr', ['theme-cache', 'enfant-publie'])).toBeNull()
  })

  it('should serve a page by its slug in each language with its blocks, and footer links in order', async () => {
    for (const [locale, slug, title] of [
      ['fr', 'declaration-accessibilite', 'Déclaration d’accessibilité'],
      ['en', 'accessibility-statement', 'Accessibility statement'],
    ] as const) {
      const { docs } = await payload.find({
        collection: 'pages',
        locale,
        overrideAccess: false,
        where: { slug: { equals: slug } },
      })
      expect(docs[0]?.title).toBe(title)
      expect(docs[0]?.layout.map((b) => b.blockType)).toEqual(['content', 'callout', 'linkList'])
    }
    expect((await payload.count({ collection: 'pages', overrideAccess: false })).totalDocs).toBe(10)
    const links = await loadPageLinks(payload, 'en', [
      'nous-joindre',
      'declaration-accessibilite',
      'n-existe-pas',
    ])
    expect(links.map((l) => [l.key, l.href])).toEqual([
      ['nous-joindre', '/en/contact-us'],
      ['declaration-accessibilite', '/en/accessibility-statement'],
    ])
    await payload.create({
      collection: 'pages',
      locale: 'fr',
      draft: true,
      data: {
        title: 'Page brouillon',
        slug: 'page-brouillon',
        layout: [{ blockType: 'callout', tone: 'info', title: 'x', text: 'y' }],
        _status: 'draft',
      },
      ...asEditor(),
    })
    expect(await loadPageLinks(payload, 'fr', ['page-brouillon'])).toEqual([])
  })

  it('should search the catalogue with or without accents, every word, title matches first', async () => {
    expect(normalizeForSearch('Déclaration d’accessibilité!')).toBe('declaration d accessibilite')
    const fr = await loadServiceEntries(payload, 'fr')
    const titles = (q: string) => searchServices(fr, q).map((e) => e.title)
    expect(titles('deneigement')[0]).toBe('Déneigement')
    expect(titles('DÉNEIGEMENT')).toEqual(titles('deneigement'))
    expect(titles('piscine')).toContain('Permis pour une piscine ou un spa')
    expect(titles('compte taxes')[0]).toBe('Payer son compte de taxes')
    expect(titles('zzz introuvable')).toEqual([])
    expect(titles('   ')).toEqual([])
    const en = await loadServiceEntries(payload, 'en')
    expect(searchServices(en, 'pool').map((e) => e.title)).toContain('Pool and spa permit')
  })
})
