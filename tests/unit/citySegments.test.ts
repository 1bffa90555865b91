import fs from 'node:fs'
import path from 'node:path'

import { city } from '@engines/city'
import { describe, expect, it } from 'vitest'

/**
 * The city profile names every section's URL segment; Next's file routing names the folders. A city
 * that changes a French segment in engines/city/segments.ts is told here which folder to rename
 * (the matcher of src/proxy.ts is checked in pageQuery.test.ts).
 */
const pages = path.resolve(import.meta.dirname, '../../src/app/(frontend)/[locale]')

describe('the city profile’s URL segments', () => {
  it('should have a page folder named for every section’s French segment', () => {
    for (const [section, segment] of Object.entries(city.segments.sections)) {
      expect(
        fs.existsSync(path.join(pages, segment.fr)),
        `${section}: rename its folder to src/app/(frontend)/[locale]/${segment.fr}`,
      ).toBe(true)
    }
  })

  it('should have a folder for each sub-page under its section', () => {
    const { sections, pages: sub } = city.segments
    for (const folder of [
      path.join(sections.events.fr, sub.eventMonth.fr),
      path.join(sections.collections.fr, sub.address.fr),
      sub.language.fr,
    ]) {
      expect(fs.existsSync(path.join(pages, folder)), folder).toBe(true)
    }
  })

  it('should route the petition filing page where the petitions plugin links to it', async () => {
    const { petitionFilingSegment } = await import('@/i18n/routes')
    const { filingSegment } = await import('@plugins/petitions/frontend')
    expect(petitionFilingSegment).toEqual(filingSegment)
    expect(
      fs.existsSync(path.join(pages, city.segments.sections.petitions.fr, filingSegment.fr)),
    ).toBe(true)
  })

  it('should route the visitor’s signature confirmation page where the emailed link points', async () => {
    const { englishRewrites, petitionConfirmSegment } = await import('@/i18n/routes')
    const { confirmHref, confirmSegment } = await import('@plugins/petitions/frontend')
    expect(petitionConfirmSegment).toEqual(confirmSegment)
    const folder = path.join(pages, city.segments.sections.petitions.fr, confirmSegment.fr)
    expect(fs.existsSync(path.join(folder, 'page.tsx'))).toBe(true)
    const english = confirmHref('en', null)
    expect(englishRewrites().find((rule) => rule.source === english)?.destination).toBe(
      `/en/${city.segments.sections.petitions.fr}/${confirmSegment.fr}`,
    )
  })

  it('should route the activities’ hold page where the activities plugin links to it', async () => {
    const { activityHoldSegment, englishRewrites } = await import('@/i18n/routes')
    const { holdSegment } = await import('@plugins/activities/frontend')
    expect(activityHoldSegment).toEqual(holdSegment)
    const { activities } = city.segments.sections
    expect(fs.existsSync(path.join(pages, activities.fr, holdSegment.fr, '[reference]'))).toBe(true)
    expect(englishRewrites()).toContainEqual({
      source: `/en/${activities.en}/${holdSegment.en}/:reference`,
      destination: `/en/${activities.fr}/${holdSegment.fr}/:reference`,
    })
  })

  it('should give every section distinct segments in each language', () => {
    for (const locale of ['fr', 'en'] as const) {
      const all = Object.values(city.segments.sections).map((s) => s[locale])
      expect(new Set(all).size).toBe(all.length)
    }
  })
})
