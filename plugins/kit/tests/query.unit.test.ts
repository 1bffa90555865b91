import { describe, expect, it } from 'vitest'

import { readParam } from '../query'

describe('kit: a parameter under its current or older names', () => {
  const names = ['returnTo', 'retour'] as const

  it('should read the current name first, then the older one, from a query string or searchParams', () => {
    expect(readParam(new URLSearchParams('retour=/fr/a&returnTo=/fr/b'), names)).toBe('/fr/b')
    expect(readParam(new URLSearchParams('retour=/fr/a'), names)).toBe('/fr/a')
    expect(readParam({ retour: ['/fr/a', '/fr/c'] }, names)).toBe('/fr/a')
    expect(readParam({ returnTo: '/fr/b', retour: '/fr/a' }, names)).toBe('/fr/b')
  })

  it('should keep an empty current value rather than fall back, and give "" when none is there', () => {
    expect(readParam(new URLSearchParams('returnTo=&retour=/fr/a'), names)).toBe('')
    expect(readParam(new URLSearchParams('x=1'), names)).toBe('')
    expect(readParam({}, names)).toBe('')
  })
})
