import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { type MyRequests, myRequestsDashboardSection } from '../frontend/MyRequestsSection'

const render = (element: React.ReactElement) => {
  document.body.innerHTML = renderToStaticMarkup(element)
  return document.body
}

const request = (trackingNumber: string, status: string): MyRequests[number] =>
  ({ trackingNumber, typeName: 'Nid-de-poule', status }) as MyRequests[number]

describe('"Mes requêtes" in Mon dossier, from plain data', () => {
  const { Component } = myRequestsDashboardSection()

  it('should link each request to its follow-up page with its number, type and status', () => {
    const body = render(
      <Component
        locale="fr"
        data={[request('2026-000123', 'in_progress'), request('2026-000099', 'resolved')]}
      />,
    )
    expect(body.querySelector('h2')?.textContent).toBe('Mes requêtes')
    expect(
      [...body.querySelectorAll('li a')].map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['2026-000123 — Nid-de-poule : En cours', '/fr/requetes/2026-000123'],
      ['2026-000099 — Nid-de-poule : Résolue', '/fr/requetes/2026-000099'],
    ])
  })

  it('should say there is none yet, and where to report one, in English too', () => {
    const body = render(<Component locale="en" data={[]} />)
    expect(body.querySelector('li')).toBeNull()
    expect(body.querySelector('p')?.textContent).toMatch(/\S/)
    expect(body.querySelector('a')?.getAttribute('href')).toBe('/en/requests/new')
  })
})
