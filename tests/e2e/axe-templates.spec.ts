import type { Browser, Page } from '@playwright/test'

import { axeViolations, expect, expectNoAxeViolationsAt, test, useTextSize } from './fixtures'

/**
 * axe-core finds no WCAG 2.2 A/AA violation on any template, in French and English, also at the
 * largest text size ("Texte très grand") and on a 390 px phone, where the header, the menu and
 * the banner are laid out differently.
 */

const phone = { width: 390, height: 844 }
const month = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Toronto',
  year: 'numeric',
  month: '2-digit',
})
  .format(new Date())
  .slice(0, 7)

const templates = [
  '/fr',
  '/en',
  '/fr/actualites',
  '/fr/actualites/budget-2027-le-compte-de-taxes-augmente-de-2-1',
  '/en/news/2027-budget-tax-bills-rise-2-1',
  '/fr/avis',
  '/fr/avis/avis-d-ebullition-preventif-secteur-les-berges',
  '/fr/evenements',
  '/en/events',
  '/fr/evenements/heure-du-conte',
  `/fr/evenements/mois/${month}`,
  '/fr/collectes',
  '/fr/collectes?adresse=61%20rue%20des%20erables',
  '/fr/services',
  '/fr/services/voirie-deneigement/nids-de-poule',
  '/en/services/permits/renovation-permits/pool-permit',
  '/fr/recherche?q=encombrants%20mardi',
  '/en/search?q=report',
  '/fr/declaration-accessibilite',
  '/fr/plan-du-site',
  '/fr/requetes',
  '/fr/requetes/nouvelle',
  '/en/requests/new',
  '/fr/sondages',
  '/fr/sondages/parc-de-la-riviere',
  '/fr/sondages/horaire-bibliotheque/resultats',
  '/fr/petitions',
  '/en/petitions',
  '/fr/petitions/pistes-cyclables-rue-principale',
  '/fr/petitions/nouvelle',
  '/fr/petitions/confirmer?token=inconnu',
  '/fr/loisirs',
  '/en/activities',
  '/fr/mon-dossier/connexion',
  '/en/my-account/register',
  '/fr/mon-dossier/alertes-secteur',
  '/fr/page-qui-nexiste-pas',
]

/** The address page of the demo address, the one the collections search finds first. */
const addressPage = async (page: Page) => {
  await page.goto('/fr/collectes?adresse=61%20rue%20des%20erables')
  // One match goes straight to its page; several are listed.
  if (new URL(page.url()).pathname.startsWith('/fr/collectes/adresse/'))
    return [new URL(page.url()).pathname]
  const link = page.locator('main a[href^="/fr/collectes/adresse/"]').first()
  return (await link.count()) ? [(await link.getAttribute('href'))!] : []
}

const signedInPage = async (
  browser: Browser,
  baseURL: string | undefined,
  resident: { email: string; password: string },
) => {
  const context = await browser.newContext({ baseURL })
  const page = await context.newPage()
  await page.goto('/fr/mon-dossier/connexion')
  await page.getByLabel('Adresse courriel').fill(resident.email)
  await page.getByLabel('Mot de passe').fill(resident.password)
  await page.getByRole('button', { name: 'Ouvrir une session' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mon dossier' })).toBeVisible()
  return { context, page }
}

for (const [label, options] of [
  ['at “Texte très grand”', { size: 'xlarge' as const }],
  ['at 390 px', { size: 'normal' as const, viewport: phone }],
  ['at “Texte très grand” and 390 px', { size: 'xlarge' as const, viewport: phone }],
] as const) {
  test(`should find no axe violation on any template ${label}`, async ({
    page,
    browser,
    baseURL,
    accounts,
  }) => {
    test.setTimeout(900_000)
    await useTextSize(page, options.size)
    const urls = [...templates, ...(await addressPage(page))]
    const violations: string[] = []
    for (const url of urls) violations.push(...(await expectNoAxeViolationsAt(page, url, options)))
    // The menu opened, and the language page of a French-only page.
    await page.goto('/fr')
    await page.locator('.site-menu summary').click()
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible()
    violations.push(...(await axeViolations(page, `/fr with the menu open ${label}`)))
    violations.push(
      ...(await expectNoAxeViolationsAt(page, '/en/language?page=/fr/page-sans-anglais', options)),
    )
    // Mon dossier, signed in.
    const { context, page: own } = await signedInPage(browser, baseURL, accounts.citizens![1])
    await useTextSize(own, options.size)
    for (const url of ['/fr/mon-dossier', '/en/my-account/alerts'])
      violations.push(...(await expectNoAxeViolationsAt(own, url, options)))
    await context.close()
    expect(violations).toEqual([])
  })
}
