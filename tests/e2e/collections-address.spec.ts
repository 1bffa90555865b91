import { expect, expectNoAxeViolations, test } from './fixtures'

/** Issue 12, point 9: collection days by address, read the way residents write them. */

const frenchWeekdays = /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2}(er)? /
const englishWeekdays = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), /

test.describe('collections by address: example, suggestions, dates, times, punctuation', () => {
  test('should give an example address that exists in the registry', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    for (const [path, prefix] of [
      ['/fr/collectes', /^Par exemple : /],
      ['/en/collections', /^For example: /],
    ] as const) {
      await page.goto(path)
      const hint = (await page.locator('#adresse-aide').textContent())!.trim()
      expect(hint).toMatch(prefix)
      const example = hint
        .replace(prefix, '')
        .replace(/[.«»“”]/g, '')
        .trim()
      await page.getByRole('textbox').first().fill(example)
      await page.getByRole('button', { name: /^(Trouver|Find)$/ }).click()
      // The example is one address: its own page, not "no address matches".
      await expect(page).toHaveURL(/\/(collectes\/adresse|collections\/address)\/\d+$/)
    }
    await context.close()
  })

  test('should sort suggestions by civic number and street, and show more than ten', async ({
    page,
  }) => {
    await page.goto('/fr/collectes?adresse=rue%20des%20erables')
    const choices = page
      .getByRole('region', { name: 'Choisissez votre adresse' })
      .getByRole('listitem')
    const first = await choices.allTextContents()
    expect(first.length).toBeGreaterThan(10)
    const numbers = first.map((label) => Number(/^(\d+)/.exec(label.trim())?.[1]))
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    // The rest of the street is one link away.
    await page.getByRole('link', { name: /Voir (les )?\d+ autres adresses|Afficher plus/ }).click()
    const next = await page
      .getByRole('region', { name: 'Choisissez votre adresse' })
      .getByRole('listitem')
      .allTextContents()
    expect(next.length).toBeGreaterThan(first.length)
    const all = next.map((label) => Number(/^(\d+)/.exec(label.trim())?.[1]))
    expect(all).toEqual([...all].sort((a, b) => a - b))

    // The same civic number on several streets: by number, then by street.
    await page.goto('/fr/collectes?adresse=61')
    const streets = await page
      .getByRole('region', { name: 'Choisissez votre adresse' })
      .getByRole('listitem')
      .allTextContents()
    expect(streets.length).toBeGreaterThan(1)
    const keys = streets.map((label) => label.trim())
    expect(keys.every((k) => k.startsWith('61'))).toBe(true)
    const byStreet = keys.map((k) =>
      k
        .replace(/^61[A-Z]?, /, '')
        .replace(/ \(.*\)$/, '')
        .replace(/^(rue|avenue|boulevard|chemin) (de la |des |du |de l’|de )?/, ''),
    )
    expect(byStreet).toEqual([...byStreet].sort((a, b) => a.localeCompare(b, 'fr')))
    await expectNoAxeViolations(page)
  })

  test('should write dates with their weekday, French times as “20 h” and “1er mai”, and English punctuation in English', async ({
    page,
  }) => {
    await page.goto('/fr/collectes?adresse=61%20rue%20des%20erables')
    await expect(page).toHaveURL(/\/fr\/collectes\/adresse\/\d+$/)
    const addressPath = new URL(page.url()).pathname
    const days = await page
      .locator(
        '#prochaines ~ ul.item-list > li h3, section[aria-labelledby="prochaines"] ul.item-list > li h3',
      )
      .allTextContents()
    expect(days.length).toBeGreaterThanOrEqual(8)
    for (const day of days) expect(day.trim()).toMatch(frenchWeekdays)
    const main = await page.getByRole('main').innerText()
    // The watering rule runs 20:00 to 23:00 from May 1: in French, "de 20 h à 23 h", "1er mai".
    expect(main).toMatch(/de 20 h à 23 h/)
    expect(main).toMatch(/1er mai 2027/)
    expect(main).not.toMatch(/\b\d{1,2}:\d{2}\b/)
    expect(main).not.toMatch(/\d h 00\b/)
    expect(main).not.toMatch(
      /(^|\s)1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/,
    )

    await page.goto(addressPath.replace('/fr/collectes/adresse/', '/en/collections/address/'))
    const englishDays = await page
      .locator('section[aria-labelledby="prochaines"] ul.item-list > li h3')
      .allTextContents()
    for (const day of englishDays) expect(day.trim()).toMatch(englishWeekdays)
    const english = await page.getByRole('main').innerText()
    expect(english).toMatch(/from 8(:00)? p\.?m\.? to 11(:00)? p\.?m\.?/i)
    // English punctuation: no space before a colon, semicolon or question mark, no French quotes.
    expect(english).not.toMatch(/ [:;?!]/)
    expect(english).not.toMatch(/[«»]/)
    await expectNoAxeViolations(page)
  })
})
