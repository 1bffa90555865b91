import type { Browser, Page } from '@playwright/test'

import { expect, test } from './fixtures'

/**
 * WCAG 2.2 target size (2.5.8, AA): every control a resident taps is at least 24 × 24 CSS px,
 * follows the site's control style (it takes the page's font, so it grows with the text-size
 * setting), on every template, at each of the three text sizes. Links inside a sentence are the
 * criterion's own exception ("inline"), and so are the browser's own hidden or off-screen parts.
 */

const sizes = [
  { name: 'normal', factor: 1 },
  { name: 'large', factor: 1.125 },
  { name: 'xlarge', factor: 1.25 },
] as const

type Measured = {
  what: string
  width: number
  height: number
  fontSize: number | null
  isInline: boolean
}

/** Every visible interactive element of the page, its box and, for form controls, its font size. */
const measure = (page: Page) =>
  page.evaluate((): Measured[] => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])'
    const out: Measured[] = []
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.closest('[hidden], .visually-hidden')) continue
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden' || style.display === 'none') continue
      const rect = el.getBoundingClientRect()
      // Not rendered (closed <details>, display: none above it) or moved off-screen until focused (the skip link).
      if (
        rect.width < 2 ||
        rect.height < 2 ||
        rect.bottom + window.scrollY <= 0 ||
        rect.right + window.scrollX <= 0
      )
        continue
      // 2.5.8's inline exception: a link in running text, its height set by the sentence's line.
      let isInline = false
      if (el.tagName === 'A' && style.display === 'inline') {
        let block: HTMLElement | null = el.parentElement
        while (block && getComputedStyle(block).display === 'inline') block = block.parentElement
        const own = (el.textContent ?? '').trim().length
        const around = (block?.textContent ?? '').trim().length
        isInline = around > own + 2
      }
      const isControl = ['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)
      const label =
        el.getAttribute('aria-label') ||
        (el as HTMLInputElement).labels?.[0]?.textContent ||
        el.textContent ||
        el.getAttribute('name') ||
        el.getAttribute('href') ||
        ''
      const name = `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''} “${label.trim().replace(/\s+/g, ' ').slice(0, 50)}”`
      out.push({
        what: name,
        width: Math.round(rect.width * 10) / 10,
        height: Math.round(rect.height * 10) / 10,
        fontSize:
          isControl &&
          !['radio', 'checkbox', 'image', 'file'].includes((el as HTMLInputElement).type)
            ? parseFloat(style.fontSize)
            : null,
        isInline,
      })
    }
    return out
  })

/** What fails on one page at one text size: targets under 24 px, controls that do not take the page's font. */
const problemsOf = (measured: Measured[], factor: number) =>
  measured.flatMap((m) => {
    const found: string[] = []
    if (!m.isInline && (m.width < 24 || m.height < 24))
      found.push(`${m.what} is ${m.width} × ${m.height} px`)
    // The page's font is 16 px × the text-size factor; a control stuck at the browser's 13.3 px does not grow.
    if (m.fontSize !== null && m.fontSize < 16 * factor * 0.93)
      found.push(`${m.what} has a ${m.fontSize} px font at ${factor * 100} %`)
    return found
  })

/** A draft of the 311 form at each of its steps (pothole: every step), and a sent request's follow-up page. */
const formPages = async (browser: Browser, baseURL: string | undefined) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/fr/requetes/nouvelle')
  await page.getByLabel('Nid-de-poule').check()
  await page.getByRole('button', { name: 'Continuer' }).click()
  const draft = new URL(page.url()).searchParams.get('draft')!
  await page.getByLabel(/Décrivez le problème/).fill('Un trou dans la chaussée.')
  await page.getByRole('button', { name: 'Continuer' }).click()
  await page.getByLabel('Adresse la plus proche').fill('61 rue des erables')
  await page.getByRole('button', { name: 'Chercher l’adresse' }).click()
  await page.getByRole('button', { name: 'Continuer' }).click()
  await page.getByRole('button', { name: 'Continuer' }).click()
  await page.getByLabel('Plus de 1 m').check()
  await page.getByRole('button', { name: 'Continuer' }).click()
  const steps = ['type', 'details', 'location', 'photos', 'questions', 'review'].map(
    (etape) => `/fr/requetes/nouvelle?brouillon=${draft}&etape=${etape}`,
  )
  // A second form, sent, for the follow-up page with its rating form.
  await page.goto('/fr/requetes/nouvelle')
  await page.getByLabel('Suggestion').check()
  await page.getByRole('button', { name: 'Continuer' }).click()
  await page.getByLabel(/Décrivez le problème/).fill('Plus de bancs au parc.')
  await page.getByRole('button', { name: 'Continuer' }).click()
  while (!(await page.getByRole('button', { name: 'Envoyer la requête' }).count()))
    await page.getByRole('button', { name: 'Continuer' }).click()
  await page.getByRole('button', { name: 'Envoyer la requête' }).click()
  const follow = await page.locator('.request-link a').getAttribute('href')
  await context.close()
  return [
    ...steps,
    new URL(follow!).pathname + new URL(follow!).search,
    '/fr/requetes/nouvelle?adresse=rue&brouillon=' + draft + '&etape=location',
  ]
}

/** The first link of a list page whose address starts with `prefix` (a news item, a notice, an event…). */
const firstLink = async (page: Page, list: string, prefix: string) => {
  await page.goto(list)
  const hrefs = await page
    .locator(`main a[href^="${prefix}"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  const href = hrefs.find(
    (h) =>
      h.length > prefix.length && !h.includes('?') && !/\/(mois|rss\.xml|cap\.xml|ics)/.test(h),
  )
  expect(href, `a link under ${prefix} on ${list}`).toBeTruthy()
  return href!
}

test.describe('target size (WCAG 2.5.8) at every text size', () => {
  test('should give every interactive element of every template at least 24 × 24 px and the page’s font, at each text size', async ({
    browser,
    baseURL,
    page,
    accounts,
  }) => {
    test.setTimeout(600_000)
    const publicPages = [
      '/fr',
      '/en',
      '/fr/actualites',
      await firstLink(page, '/fr/actualites', '/fr/actualites/'),
      '/fr/avis',
      await firstLink(page, '/fr/avis', '/fr/avis/'),
      '/fr/evenements',
      await firstLink(page, '/fr/evenements', '/fr/evenements/'),
      '/fr/evenements/mois',
      '/fr/collectes',
      '/fr/collectes?adresse=61%20avenue',
      await firstLink(page, '/fr/collectes?adresse=61%20avenue', '/fr/collectes/adresse/'),
      '/fr/services',
      await firstLink(page, '/fr/services', '/fr/services/'),
      '/fr/services/permis/permis-renovation/piscine',
      '/fr/declaration-accessibilite',
      '/fr/recherche?q=collecte',
      '/fr/requetes',
      '/fr/sondages',
      await firstLink(page, '/fr/sondages', '/fr/sondages/'),
      '/fr/mon-dossier/connexion',
      '/fr/mon-dossier/inscription',
      '/fr/mon-dossier/mot-de-passe-oublie',
      '/fr/mon-dossier/alertes-secteur',
      '/fr/page-qui-nexiste-pas',
      ...(await formPages(browser, baseURL)),
    ]
    const survey = publicPages.find((p) => /^\/fr\/sondages\/[^/]+$/.test(p))
    if (survey) publicPages.push(`${survey}/resultats`)
    // Mon dossier's own pages, signed in as a demo resident.
    const resident = accounts.citizens![2]
    const signedIn = await browser.newContext({ baseURL })
    const own = await signedIn.newPage()
    await own.goto('/fr/mon-dossier/connexion')
    await own.getByLabel('Adresse courriel').fill(resident.email)
    await own.getByLabel('Mot de passe').fill(resident.password)
    await own.getByRole('button', { name: 'Ouvrir une session' }).click()
    await expect(own.getByRole('heading', { level: 1, name: 'Mon dossier' })).toBeVisible()
    const accountPages = [
      '/fr/mon-dossier',
      '/fr/mon-dossier/profil?adresse=61%20avenue',
      '/fr/mon-dossier/alertes',
      '/fr/mon-dossier/menage',
      '/fr/mon-dossier/securite',
      '/fr/mon-dossier/confidentialite',
    ]

    const problems: string[] = []
    for (const size of sizes) {
      for (const [target, urls] of [
        [page, publicPages],
        [own, accountPages],
      ] as const) {
        // The site's own control keeps the choice in localStorage and applies it before the first paint.
        await target.addInitScript(
          (value) => window.localStorage.setItem('taille-texte', value),
          size.name,
        )
        for (const url of urls) {
          await target.goto(url)
          const root = await target.evaluate(() =>
            parseFloat(getComputedStyle(document.documentElement).fontSize),
          )
          expect(root, `root font at ${size.name} on ${url}`).toBeCloseTo(16 * size.factor, 0)
          for (const problem of problemsOf(await measure(target), size.factor))
            problems.push(`${size.name} ${url}: ${problem}`)
        }
      }
    }
    await signedIn.close()
    expect([...new Set(problems)]).toEqual([])
  })
})
