import path from 'node:path'

import { expect, test } from './fixtures'

/**
 * Screenshots of the pages residents open most, on a 390 px phone in both languages: the home page,
 * the 311 form and Mon dossier (signed in as a demo resident). Written to test-results/screenshots/
 * (kept as CI artefacts; see the README), full page, so a reviewer sees the whole phone layout.
 */

const folder = path.resolve(import.meta.dirname, '../../test-results/screenshots')
const phone = { width: 390, height: 844 }

test('should write phone screenshots of the home page, the 311 form and Mon dossier in French and English', async ({
  browser,
  baseURL,
  accounts,
}) => {
  test.setTimeout(120_000)
  const context = await browser.newContext({
    baseURL,
    viewport: phone,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  })
  const page = await context.newPage()
  const shoot = async (name: string, url: string, heading: RegExp) => {
    await page.goto(url)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    await page.screenshot({ path: path.join(folder, `${name}.png`), fullPage: true })
  }
  await shoot('fr-accueil', '/fr', /Lac-Azur/)
  await shoot('en-home', '/en', /Lac-Azur/)
  await shoot('fr-requete-nouvelle', '/fr/requetes/nouvelle', /./)
  await shoot('en-request-new', '/en/requests/new', /./)
  const resident = accounts.citizens![3] ?? accounts.citizens![0]
  await page.goto('/fr/mon-dossier/connexion')
  await page.getByLabel('Adresse courriel').fill(resident.email)
  await page.getByLabel('Mot de passe').fill(resident.password)
  await page.getByRole('button', { name: 'Ouvrir une session' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mon dossier' })).toBeVisible()
  await shoot('fr-mon-dossier', '/fr/mon-dossier', /Mon dossier/)
  await shoot('en-my-account', '/en/my-account', /My account/)
  await context.close()
})
