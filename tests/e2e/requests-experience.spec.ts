import type { APIRequestContext, Page } from '@playwright/test'
import sharp from 'sharp'

import { expect, expectNoAxeViolations, lastMailTo, test } from './fixtures'

/** Issue 12, point 7: what a resident meets reporting a problem, from the first step to the follow-up. */

const staffToken = async (
  request: APIRequestContext,
  account: { email: string; password: string },
) => {
  const login = await request.post('/api/users/login', { data: account })
  return ((await login.json()) as { token: string }).token
}

const stepHeading = (page: Page) => page.locator('[data-step-heading]')
/** "Étape 2 sur 6 — Description" → 6; null when the heading gives no total. */
const totalOf = async (page: Page) => {
  const match = /sur (\d+)/.exec((await stepHeading(page).textContent()) ?? '')
  return match ? Number(match[1]) : null
}

const signInCitizen = async (page: Page, account: { email: string; password: string }) => {
  await page.getByLabel('Adresse courriel').fill(account.email)
  await page.getByLabel('Mot de passe').fill(account.password)
  await page.getByRole('button', { name: 'Ouvrir une session' }).click()
}

/** Sends an anonymous request placed by a click in the middle of the city map; returns its number and follow-up link. */
const sendMapRequest = async (page: Page, type: string, description: string) => {
  await page.goto('/fr/requetes/nouvelle')
  await page.getByLabel(type, { exact: true }).check()
  await page.getByRole('button', { name: 'Continuer' }).click()
  await page.getByLabel(/Décrivez le problème/).fill(description)
  await page.getByRole('button', { name: 'Continuer' }).click()
  await page
    .getByRole('button', { name: /Carte de la ville et de ses secteurs/ })
    .click({ position: { x: 300, y: 220 } })
  await expect(page.getByText(/Point enregistré dans le secteur/)).toBeVisible()
  // The chosen point reads as a place, never as raw coordinates.
  await expect(page.getByLabel(/Le point choisi sur la carte/)).toBeChecked()
  // It reads as an address first ("près du 61, rue des Érables"); the exact position may follow it.
  const label = (await page.locator('label[for="lieu-choisi"]').textContent()) ?? ''
  expect(label).toMatch(
    /^Le point choisi sur la carte près du \d+[A-Z]?, (rue|avenue|boulevard|chemin) /,
  )
  await page.getByRole('button', { name: 'Continuer' }).click()
  while (!(await page.getByRole('button', { name: 'Envoyer la requête' }).count())) {
    const radio = page.getByRole('radio').first()
    if (await radio.count()) await radio.check()
    await page.getByRole('button', { name: 'Continuer' }).click()
  }
  await expect(page.getByText(/Point sur la carte, secteur .+, près d(u|e) /)).toBeVisible()
  await page.getByRole('button', { name: 'Envoyer la requête' }).click()
  await expect(page.getByRole('status').first()).toContainText('Merci')
  const number = /(\d{4}-\d{6})/.exec(
    (await page.locator('.request-number').textContent()) ?? '',
  )![1]
  const follow = new URL((await page.locator('.request-link a').getAttribute('href'))!)
  return { number, followPath: follow.pathname + follow.search }
}

test.describe('Reporting a problem: acknowledgement, steps, account, "me too", places', () => {
  test('should keep one step count from start to end, show the photos on the review step without saying “sent”, and acknowledge receipt by email with the number and link', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    const totals: (number | null)[] = []
    await page.goto('/fr/requetes/nouvelle')
    totals.push(await totalOf(page))
    await page.getByLabel('Nid-de-poule').check()
    await page.getByRole('button', { name: 'Continuer' }).click()
    totals.push(await totalOf(page))
    await page.getByLabel(/Décrivez le problème/).fill('Un nid-de-poule devant l’école.')
    await page.getByRole('button', { name: 'Continuer' }).click()
    totals.push(await totalOf(page))
    await page.getByLabel('Adresse la plus proche').fill('61 rue des erables')
    await page.getByRole('button', { name: 'Chercher l’adresse' }).click()
    await page.getByRole('button', { name: 'Continuer' }).click()
    totals.push(await totalOf(page))
    const photo = await sharp({
      create: { width: 800, height: 600, channels: 3, background: '#777' },
    })
      .jpeg()
      .toBuffer()
    await page
      .getByLabel('Ajouter des photos (facultatif)')
      .setInputFiles({ name: 'trou.jpg', mimeType: 'image/jpeg', buffer: photo })
    await page.getByRole('button', { name: 'Ajouter ces photos' }).click()
    await page.getByRole('button', { name: 'Continuer' }).click()
    totals.push(await totalOf(page))
    await page.getByLabel('De 30 cm à 1 m').check()
    await page.getByRole('button', { name: 'Continuer' }).click()
    totals.push(await totalOf(page))
    // Every step that gives a total gives the same one (none may say 5 and then 6).
    const given = totals.filter((t): t is number => t !== null)
    expect(given.length).toBeGreaterThanOrEqual(5)
    expect(new Set(given).size, `step totals ${JSON.stringify(totals)}`).toBe(1)

    // Review: the photo is there to check, and nothing says the request was sent before it is.
    const main = page.getByRole('main')
    const reviewPhoto = main.getByRole('img', { name: 'Photo 1 de votre signalement' })
    await expect(reviewPhoto).toBeVisible()
    expect(
      await reviewPhoto.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true)
    expect(await main.innerText()).not.toMatch(/envoyée/i)

    const email = `accuse-${Date.now()}@example.test`
    const before = Date.now()
    await page.getByLabel('Courriel').fill(email)
    await page.getByRole('button', { name: 'Envoyer la requête' }).click()
    await expect(page.getByRole('status').first()).toContainText('Merci')
    const number = /(\d{4}-\d{6})/.exec(
      (await page.locator('.request-number').textContent()) ?? '',
    )![1]
    const follow = (await page.locator('.request-link a').getAttribute('href'))!
    await context.close()

    // The acknowledgement: number, type and the follow-up link (with its secret: no account).
    const mail = await lastMailTo(email, { since: before })
    expect(mail.subject).toContain(number)
    expect(mail.text).toContain(number)
    expect(mail.text).toContain('Nid-de-poule')
    expect(mail.text).toContain(new URL(follow).pathname + new URL(follow).search)
  })

  test('should email the agent’s public note when the request is assigned and resolved in one save', async ({
    browser,
    baseURL,
    accounts,
  }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false })
    const page = await context.newPage()
    const email = `note-${Date.now()}@example.test`
    await page.goto('/fr/requetes/nouvelle')
    await page.getByLabel('Nid-de-poule').check()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByLabel(/Décrivez le problème/).fill('Trou au coin de la rue.')
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByLabel('Adresse la plus proche').fill('61 rue des erables')
    await page.getByRole('button', { name: 'Chercher l’adresse' }).click()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByLabel('Moins de 30 cm').check()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByLabel('Courriel').fill(email)
    await page.getByRole('button', { name: 'Envoyer la requête' }).click()
    const number = /(\d{4}-\d{6})/.exec(
      (await page.locator('.request-number').textContent()) ?? '',
    )![1]
    await context.close()

    const staff = await browser.newPage({ baseURL, locale: 'fr-CA' })
    await staff.goto('/admin/login')
    await staff.getByLabel(/e-mail|courriel/i).fill(accounts.agent.email)
    await staff.getByLabel(/mot de passe/i).fill(accounts.agent.password)
    await staff.getByRole('button', { name: /connexion|se connecter/i }).click()
    await expect(staff).toHaveURL(/\/admin\/?$/)
    await staff.goto(`/admin/collections/service-requests?where[trackingNumber][equals]=${number}`)
    // Opened by its address: a click made before the list's client router is ready can be lost.
    const href = await staff.getByRole('link', { name: number }).first().getAttribute('href')
    await staff.goto(href!)
    await expect(staff).toHaveURL(/\/admin\/collections\/service-requests\/\d+$/)
    const docId = /(\d+)$/.exec(new URL(staff.url()).pathname)![1]
    // One save: the agent takes it, marks it resolved and writes a note for the resident.
    await staff.locator('#field-assignee .rs__control').click()
    await staff.locator('.rs__option').first().click()
    await staff.locator('#field-status').click()
    await staff.getByRole('option', { name: 'Résolue', exact: true }).click()
    await staff.locator('#field-note').fill('Colmaté cet après-midi.')
    await staff.locator('#field-isNotePublic').check()
    const since = Date.now()
    const saved = staff.waitForResponse(
      (r) => r.url().includes(`/api/service-requests/${docId}`) && r.request().method() === 'PATCH',
    )
    await staff.getByRole('button', { name: 'Sauvegarder' }).click()
    expect((await saved).status()).toBe(200)
    await staff.close()

    await expect
      .poll(async () => (await lastMailTo(email, { since, timeoutMs: 0 })).subject, {
        timeout: 20_000,
      })
      .toBe(`Requête ${number} : Résolue`)
    const mail = await lastMailTo(email, { since })
    expect(mail.text).toContain('Colmaté cet après-midi.')
  })

  test('should say at the first step that a type needs an account, and keep the draft through signing in', async ({
    browser,
    baseURL,
    accounts,
  }) => {
    const resident = accounts.citizens![0]
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    await page.goto('/fr/requetes/nouvelle')
    await page.getByLabel('Collecte manquée').check()
    await page.getByRole('button', { name: 'Continuer' }).click()
    // Said before the resident writes anything: still the first step, with a way to sign in.
    await expect(stepHeading(page)).toHaveText(/^Étape 1/)
    await expect(page.getByRole('alert')).toContainText('demande un dossier citoyen')
    await expect(page.getByRole('alert')).toContainText('conservé')
    await page.getByRole('alert').getByRole('link', { name: 'Se connecter' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Ouvrir une session' })).toBeVisible()
    await signInCitizen(page, resident)
    // Back in the form, the type kept, at the next step.
    await expect(stepHeading(page)).toHaveText(/Description/)
    await expect(page.getByText('Type : Collecte manquée')).toBeVisible()
    await context.close()

    // An anonymous type, nearly finished: signing in at the review keeps what was written (with
    // JavaScript this time: the one-page form, and axe runs inside the page).
    const later = await browser.newContext({ baseURL })
    const anonymous = await later.newPage()
    await anonymous.goto('/fr/requetes/nouvelle')
    await anonymous.getByLabel('Suggestion').check()
    await anonymous.getByRole('button', { name: 'Continuer' }).click()
    await expect(stepHeading(anonymous)).toHaveText(/Description/)
    await anonymous.getByLabel(/Décrivez le problème/).fill('Une fontaine d’eau au parc du Lac.')
    await anonymous.getByRole('button', { name: 'Continuer' }).click()
    for (const next of [/Photos/, /Vérification/]) {
      await expect(anonymous.getByRole('button', { name: 'Continuer' })).toBeEnabled()
      await anonymous.getByRole('button', { name: 'Continuer' }).click()
      await expect(stepHeading(anonymous)).toHaveText(next)
    }
    await anonymous.getByRole('main').getByRole('link', { name: 'Se connecter' }).click()
    await signInCitizen(anonymous, resident)
    await expect(stepHeading(anonymous)).toHaveText(/Vérification/)
    await expect(anonymous.getByText('Une fontaine d’eau au parc du Lac.')).toBeVisible()
    await expect(
      anonymous.getByText(new RegExp(resident.email.replace(/[.]/g, '\\.'))),
    ).toBeVisible()
    await expectNoAxeViolations(anonymous)
    await later.close()
  })

  test('should not offer “Moi aussi” on a resolved request, tell an anonymous follower how they will hear back, count only open requests, and show places as streets', async ({
    browser,
    baseURL,
    request,
    accounts,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    const resolved = await sendMapRequest(
      page,
      'Mobilier urbain endommagé',
      'Banc brisé près des balançoires.',
    )
    const open = await sendMapRequest(
      page,
      'Mobilier urbain endommagé',
      'Table brisée près du chalet.',
    )

    // The follow-up page names the place, not its coordinates.
    await page.goto(open.followPath)
    const place = page.locator('dt', { hasText: 'Lieu' }).locator('xpath=following-sibling::dd[1]')
    await expect(place).toContainText(/rue|avenue|boulevard|chemin/)
    expect(await place.textContent()).not.toMatch(/\d{1,3}\.\d{3,}/)

    // Staff resolve the first one (set up through the API: the admin's form is tested elsewhere).
    const token = await staffToken(request, accounts.admin)
    const found = await request.get(
      `/api/service-requests?where[trackingNumber][equals]=${resolved.number}&depth=0`,
      { headers: { Authorization: `JWT ${token}` } },
    )
    const id = ((await found.json()) as { docs: { id: number }[] }).docs[0].id
    const patched = await request.patch(`/api/service-requests/${id}`, {
      headers: { Authorization: `JWT ${token}` },
      data: { status: 'resolved' },
    })
    expect(patched.status()).toBe(200)

    // Resolved: listed, but nobody is offered to "follow" a problem already fixed.
    await page.goto(`/fr/requetes?numero=${resolved.number}`)
    const entry = page.locator(`#requete-${resolved.number}`)
    await expect(entry).toContainText('Résolue')
    await expect(entry.getByRole('button', { name: /Moi aussi/ })).toHaveCount(0)
    // The heading counts open requests only.
    await expect(page.getByRole('status').first()).toHaveText(/^Aucune requête ouverte/)
    // The place reads as a street, never as coordinates.
    const facts = await entry.locator('.request-public-facts').innerText()
    expect(facts).not.toMatch(/\d{1,3}\.\d{3}/)
    expect(facts).toMatch(/rue|avenue|boulevard|chemin/)
    // "Moi aussi" on a resolved request is refused even when posted by hand.
    await page.goto(`/fr/requetes?numero=${open.number}`)
    await expect(page.getByRole('status').first()).toHaveText(/^1 requête ouverte/)
    // The list is a cached page, the same for everyone: its forms carry no session token.
    await expect(page.locator(`#requete-${open.number} input[name="csrf"]`)).toHaveCount(0)
    const forged = await page.request.post('/api/service-requests-form/me-too', {
      form: { locale: 'fr', numero: resolved.number, returnTo: '/fr/requetes' },
      headers: { Origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    })
    expect(forged.status()).toBeGreaterThanOrEqual(400)
    expect(forged.status()).toBeLessThan(500)
    // The same by the English field the form now posts.
    const forgedEnglish = await page.request.post('/api/service-requests-form/me-too', {
      form: { locale: 'fr', number: resolved.number, returnTo: '/fr/requetes' },
      headers: { Origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    })
    expect(forgedEnglish.status()).toBeGreaterThanOrEqual(400)
    expect(forgedEnglish.status()).toBeLessThan(500)
    await page.getByRole('button', { name: `Moi aussi : suivre la requête ${open.number}` }).click()
    const confirmation = page.locator('#moi-aussi-confirmation')
    await expect(confirmation).toContainText('Vous suivez maintenant')
    // Without an account: no email, and the page says where to look instead.
    await expect(confirmation).toContainText('courriel')
    await expect(confirmation).toContainText(/ne recevrez pas/)
    await context.close()

    // A signed-in resident is told the status emails will come.
    const signedIn = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const citizen = await signedIn.newPage()
    await citizen.goto('/fr/mon-dossier/connexion')
    await signInCitizen(citizen, accounts.citizens![1])
    await citizen.goto(`/fr/requetes?numero=${open.number}`)
    await citizen
      .getByRole('button', { name: `Moi aussi : suivre la requête ${open.number}` })
      .click()
    await expect(citizen.locator('#moi-aussi-confirmation')).toContainText(/recevrez un courriel/)
    await signedIn.close()
  })
})
