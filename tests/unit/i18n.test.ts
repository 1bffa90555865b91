import { describe, expect, it } from 'vitest'

import { negotiateLocale } from '../../src/i18n/negotiate'
import en from '../../src/i18n/messages/en.json'
import fr from '../../src/i18n/messages/fr.json'
import { flattenMessages, getTranslator } from '../../src/i18n/translate'

describe('messages', () => {
  it('should have exactly the same keys in English as in French (the source of truth)', () => {
    expect(Object.keys(flattenMessages(en)).sort()).toEqual(Object.keys(flattenMessages(fr)).sort())
  })

  it('should have no empty message in either language', () => {
    for (const catalogue of [fr, en]) {
      for (const [key, value] of Object.entries(flattenMessages(catalogue))) {
        expect(value.trim(), key).not.toBe('')
      }
    }
  })

  it('should format ICU plurals in each language', () => {
    expect(getTranslator('fr')('home.sectorsIntro', { count: 1 })).toBe(
      'La ville compte 1 secteur.',
    )
    expect(getTranslator('fr')('home.sectorsIntro', { count: 4 })).toBe(
      'La ville compte 4 secteurs.',
    )
    expect(getTranslator('en')('home.sectorsIntro', { count: 4 })).toBe('The city has 4 sectors.')
  })
})

describe('language negotiation', () => {
  it.each([
    [null, 'fr'],
    ['', 'fr'],
    ['*', 'fr'],
    ['de-DE,de;q=0.9', 'fr'],
    ['fr-CA,fr;q=0.9,en;q=0.8', 'fr'],
    ['en-US,en;q=0.9', 'en'],
    ['en-CA', 'en'],
    ['es;q=1, en;q=0.5, fr;q=0.4', 'en'],
    ['garbage;;;q=x', 'fr'],
  ])('should choose %j → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected)
  })
})
