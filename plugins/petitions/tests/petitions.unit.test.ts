import { describe, expect, it } from 'vitest'

import { catalogues } from '../i18n/translate'
import {
  applicableThresholds,
  daysLeft,
  eligibility,
  normalizeName,
  type PetitionForSigning,
  slugify,
} from '../lib/model'
import { signerKey } from '../lib/sign'

const day = 24 * 60 * 60 * 1000
const now = new Date('2026-12-07T12:00:00Z')
const petition = (over: Partial<PetitionForSigning> = {}): PetitionForSigning => ({
  id: 1,
  status: 'signing',
  opensAt: new Date(now.getTime() - day).toISOString(),
  closesAt: new Date(now.getTime() + 10 * day).toISOString(),
  area: { kind: 'sector', sectorId: 4 },
  rules: {
    typeId: 1,
    name: { fr: 'Droit d’initiative', en: 'Right of initiative' },
    minimumAge: 15,
    areaRule: 'cityOrSector',
    draftQuorum: 25,
    contacts: 3,
    signingDays: 90,
    thresholds: [
      { area: 'city', signatures: 1500, triggers: 'public-consultation' },
      { area: 'sector', signatures: 300, triggers: 'public-consultation' },
      { area: 'city', signatures: 500, triggers: 'written-response' },
    ],
    channel: 'online',
    inadmissibleSubjects: [],
    retentionDays: 180,
  },
  ...over,
})

describe('petitions: messages, eligibility, thresholds, keys', () => {
  it('should have exactly the same message keys in French and English, none empty', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.fr).sort())
    for (const catalogue of Object.values(catalogues))
      expect(Object.entries(catalogue).filter(([, v]) => !v.trim())).toEqual([])
  })

  it('should say why one cannot sign, in order: window, channel, session, address, area', () => {
    const base = { isSignedIn: true, hasAddress: true, addressSectorId: 4, now }
    expect(eligibility({ petition: petition(), ...base })).toBe('eligible')
    expect(eligibility({ petition: petition(), ...base, addressSectorId: 5 })).toBe('outsideArea')
    expect(eligibility({ petition: petition(), ...base, addressSectorId: null })).toBe(
      'outsideArea',
    )
    expect(eligibility({ petition: petition(), ...base, hasAddress: false })).toBe('noAddress')
    expect(eligibility({ petition: petition(), ...base, isSignedIn: false })).toBe('signInRequired')
    expect(eligibility({ petition: petition({ closesAt: now.toISOString() }), ...base })).toBe(
      'notOpen',
    )
    expect(eligibility({ petition: petition({ status: 'closed' }), ...base })).toBe('notOpen')
    const paper = petition()
    paper.rules = { ...paper.rules!, channel: 'paper' }
    expect(eligibility({ petition: paper, ...base })).toBe('paperOnly')
    // City-wide: any address placed in a sector of the city.
    expect(
      eligibility({ petition: petition({ area: { kind: 'city' } }), ...base, addressSectorId: 9 }),
    ).toBe('eligible')
  })

  it('should apply the thresholds of the petition’s area, lowest first', () => {
    expect(applicableThresholds(petition().rules, { kind: 'city' })).toEqual([
      { area: 'city', signatures: 500, triggers: 'written-response', index: 2 },
      { area: 'city', signatures: 1500, triggers: 'public-consultation', index: 0 },
    ])
    expect(applicableThresholds(petition().rules, { kind: 'sector', sectorId: 4 })).toHaveLength(1)
  })

  it('should count days left, key one signature per person, and make slugs', () => {
    expect(daysLeft(new Date(now.getTime() + 1.5 * day).toISOString(), now)).toBe(2)
    expect(daysLeft(now.toISOString(), now)).toBe(0)
    expect(signerKey(7, null)).toBe('c:7')
    expect(signerKey(7, ' Léa  ')).toBe(signerKey(7, 'lea'))
    expect(normalizeName('Noé  Tremblay')).toBe('noe tremblay')
    expect(slugify('Des pistes cyclables sûres, rue Principale !')).toBe(
      'des-pistes-cyclables-sures-rue-principale',
    )
  })
})
