import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { BarChart } from '../frontend/BarChart'

/** Renders a server component with plain-data props and reads the result through jsdom's DOM. */
const render = (element: React.ReactElement) => {
  document.body.innerHTML = renderToStaticMarkup(element)
  return document.body
}

describe('BarChart', () => {
  it('should be an image named by its title, one bar and one figure per row', () => {
    const body = render(
      <BarChart
        id="q1"
        title="Un parc à chiens ?"
        rows={[
          { id: 'yes', label: 'Oui', count: 3, percent: 75 },
          { id: 'no', label: 'Non', count: 1, percent: 25 },
        ]}
        format={(row) => `${row.percent} % (${row.count})`}
      />,
    )
    const svg = body.querySelector('svg')!
    expect(svg.getAttribute('role')).toBe('img')
    const titleId = svg.getAttribute('aria-labelledby')!
    expect(body.ownerDocument.getElementById(titleId)?.textContent).toBe('Un parc à chiens ?')
    expect([...svg.querySelectorAll('g text')].map((t) => t.textContent)).toEqual([
      'Oui',
      '75 % (3)',
      'Non',
      '25 % (1)',
    ])
  })
})
