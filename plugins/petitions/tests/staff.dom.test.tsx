import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { BurstsPanel } from '../components/BurstsPanel'
import { ModerationTable } from '../components/ModerationTable'
import { PaperPanel } from '../components/PaperPanel'
import { moderationDeadline } from '../lib/moderation'

/** Renders a server component with plain-data props and reads the result through jsdom's DOM. */
const render = (element: React.ReactElement) => {
  document.body.innerHTML = renderToStaticMarkup(element)
  return document.body
}
const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim())

const day = 24 * 60 * 60 * 1000
const now = new Date('2026-12-07T17:00:00Z')
const submitted = (days: number) => new Date(now.getTime() - days * day).toISOString()

describe('petitions: the greffe’s admin views from plain data', () => {
  it('should say in words which petitions are overdue, with the days waiting', () => {
    const items = [
      { id: 1, title: 'Tardive', submittedAt: submitted(15) },
      { id: 2, title: 'Récente', submittedAt: submitted(3) },
    ].map((p) => ({ ...p, ...moderationDeadline(p.submittedAt, 14, now) }))
    const root = render(
      <ModerationTable items={items} locale="fr" moderationDays={14} adminRoute="/admin" />,
    )
    expect(root.querySelector('h2')?.textContent).toBe('À décider par le greffe')
    expect(texts(root, 'p')[0]).toContain('Délai de décision : 14 jours')
    const rows = [...root.querySelectorAll('tbody tr')]
    expect(rows).toHaveLength(2)
    expect(texts(rows[0]!, 'td')).toEqual([
      '22 novembre 2026',
      '15 jours',
      '⚠ En retard (échéance dépassée le 6 décembre 2026)',
    ])
    expect(texts(rows[1]!, 'td')[2]).toBe('Dans le délai (jusqu’au 18 décembre 2026)')
    const link = rows[0]!.querySelector('a')!
    expect(link.getAttribute('href')).toBe('/admin/collections/petitions/1')
    expect(link.getAttribute('aria-label')).toBe('Décider : Tardive')
    const english = render(
      <ModerationTable items={items} locale="en" moderationDays={14} adminRoute="/admin" />,
    )
    expect(texts(english, 'tbody tr td')[2]).toContain('Overdue (deadline passed on')
    const empty = render(
      <ModerationTable items={[]} locale="fr" moderationDays={14} adminRoute="/admin" />,
    )
    expect(empty.querySelector('table')).toBeNull()
    expect(empty.textContent).toContain('Aucune pétition n’attend de décision.')
  })

  it('should offer the paper form only for an open paper petition and list refused lines with their reason', () => {
    const root = render(
      <PaperPanel
        locale="fr"
        action="/api/petitions/4/paper"
        state="open"
        error={null}
        maxLines={500}
        batch={{
          lines: 4,
          accepted: 2,
          count: 12,
          refused: [
            { line: 2, reason: 'outsideArea' },
            { line: 4, reason: 'alreadyCounted' },
          ],
        }}
      />,
    )
    const form = root.querySelector('form')!
    expect(form.getAttribute('method')).toBe('post')
    expect(form.getAttribute('action')).toBe('/api/petitions/4/paper')
    expect(root.querySelector('label textarea[name="lines"]')).not.toBeNull()
    expect(root.querySelector('label input[type="checkbox"][name="declared"]')).not.toBeNull()
    expect(root.querySelector('[role="status"]')?.textContent).toContain(
      '2 lignes acceptées sur 4. Signatures valides : 12.',
    )
    expect(texts(root, 'li')).toEqual([
      'Ligne 2 : adresse hors du territoire de la pétition',
      'Ligne 4 : cette personne a déjà signé (en ligne ou sur papier)',
    ])
    const online = render(
      <PaperPanel
        locale="en"
        action="/api/petitions/5/paper"
        state="notPaper"
        error="notPaper"
        maxLines={500}
        batch={null}
      />,
    )
    expect(online.querySelector('form')).toBeNull()
    expect(online.querySelector('[role="alert"]')?.textContent).toBe(
      'This petition is signed online: paper entry is refused.',
    )
    const tooMany = render(
      <PaperPanel
        locale="fr"
        action="/x"
        state="open"
        error="tooMany"
        maxLines={500}
        batch={null}
      />,
    )
    expect(tooMany.querySelector('[role="alert"]')?.textContent).toContain('500 au plus')
  })

  it('should show bursts as tables, largest first, and the invalidation form with its window', () => {
    const root = render(
      <BurstsPanel
        locale="fr"
        here="/admin/collections/petitions/4/bursts"
        action="/api/petitions/4/invalidate"
        csvHref="/api/petitions/4/sectors.csv?locale=fr"
        window={{ from: '2026-12-07T08:00', to: '2026-12-07T12:00', network: '', emailDomain: '' }}
        bursts={{
          total: 5,
          byHour: [
            { key: '2026-12-07T09:00', count: 4 },
            { key: '2026-12-07T10:00', count: 1 },
          ],
          byNetwork: [
            { key: '203.0.113.0/24', count: 4 },
            { key: null, count: 1 },
          ],
          byEmailDomain: [{ key: 'spam.test', count: 5 }],
        }}
        error="reason"
        done={{ count: 3, signatures: 9 }}
      />,
    )
    expect(texts(root, 'caption')).toEqual(['Par heure', 'Par réseau', 'Par domaine de courriel'])
    expect(texts(root, '#bursts-network tbody th, #bursts-network tbody td')).toEqual([
      '203.0.113.0/24',
      '4',
      'Non enregistré',
      '1',
    ])
    expect(root.textContent).toContain('5 signatures valides dans la période')
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Donnez le motif')
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      '3 signatures invalidées. Signatures valides : 9.',
    )
    const [filter, invalidate] = [...root.querySelectorAll('form')]
    expect(filter!.getAttribute('method')).toBe('get')
    expect(invalidate!.getAttribute('method')).toBe('post')
    expect(invalidate!.getAttribute('action')).toBe('/api/petitions/4/invalidate')
    expect((invalidate!.querySelector('input[name="from"]') as HTMLInputElement).defaultValue).toBe(
      '2026-12-07T08:00',
    )
    // Every field has its label.
    for (const field of root.querySelectorAll('input:not([type="hidden"]), textarea'))
      expect(field.closest('label')).not.toBeNull()
    expect(root.querySelector('a[href="/api/petitions/4/sectors.csv?locale=fr"]')).not.toBeNull()
  })
})
