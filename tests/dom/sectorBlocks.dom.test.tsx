import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { CollectionDaysSection, SectorNoticesSection } from '@/components/account/SectorBlocks'

const render = (element: React.ReactElement) => {
  document.body.innerHTML = renderToStaticMarkup(element)
  return document.body
}

describe('the sector blocks of Mon dossier, from plain data', () => {
  it('should list the next collection days with their streams, and link the address’s schedule', () => {
    const body = render(
      <CollectionDaysSection
        locale="fr"
        data={{
          days: [{ date: '2026-12-08', streams: [{ stream: 'recycling', isMoved: false }] }],
          addressId: 42,
        }}
      />,
    )
    expect(body.querySelector('h2')?.textContent).toBe('Mes prochaines collectes')
    expect(body.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-08')
    expect(body.querySelector('li')?.textContent).toMatch(/8 décembre.*:/)
    expect(body.querySelector('a')?.getAttribute('href')).toBe('/fr/collectes/adresse/42')
    const none = render(<CollectionDaysSection locale="en" data={{ days: [], addressId: null }} />)
    expect(none.textContent).toContain('No collection')
    expect(none.querySelector('a')).toBeNull()
  })

  it('should link the sector’s notices, or say there is none', () => {
    const body = render(
      <SectorNoticesSection locale="fr" data={[{ id: 1, slug: 'ebullition', title: 'Avis' }]} />,
    )
    expect(body.querySelector('a')?.getAttribute('href')).toBe('/fr/avis/ebullition')
    expect(render(<SectorNoticesSection locale="fr" data={[]} />).textContent).toContain(
      'Aucun avis en cours dans votre secteur.',
    )
  })
})
