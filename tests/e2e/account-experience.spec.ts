import type { APIRequestContext, Page } from '@playwright/test'

import { expect, expectNoAxeViolations, lastMailTo, test } from './fixtures'

/** Issue 12, point 8: Mon dossier from a first visit to the first alert. */

const staffToken = async (
  request: APIRequestContext,
  account: { email: string; password: string },
) => {
  const login = await request.post('/api/users/login', { data: account })
  return ((await login.json()) as { token: string }).token
}

/** Nothing on the page is drawn as an error (the site's red alert box). */
const expectNoRedError = async (page: Page) => {
  const reds = await page
    .locator('main [role="alert"], main .account-message-error')
    .evaluateAll((nodes) =>
      nodes
        .filter((n) => {
          const style = getComputedStyle(n)
          return (
            style.backgroundColor === 'rgb(253, 236, 236)' ||
            style.borderLeftColor === 'rgb(163, 0, 0)' ||
            style.color === 'rgb(92, 0, 0)'
          )
        })
        .map((n) => n.textContent),
    )
  expect(reds).toEqual([])
}

test.describe('Mon dossier: first visit, registration, confirmation, first alert', () => {
  let noticeId: number | null = null
  test.afterEach(async ({ request, accounts }) => {
    if (noticeId === null) return
    const token = await staffToken(request, accounts.admin)
    await request.delete(`/api/notices/${noticeId}`, { headers: { Authorization: `JWT ${token}` } })
    noticeId = null
  })

  test('should open without an error when signed out, register once with the terms and privacy policy linked, confirm into a sign-in with the email filled, invite the resident to choose alerts, and send the notice’s instructions by email and SMS', async ({
    page,
    request,
    accounts,
  }) => {
    test.setTimeout(180_000)
    // "Mon dossier" from the header, signed out: a sign-in page, not a red error.
    await page.goto('/fr/mon-dossier')
    await expect(page.getByRole('heading', { level: 1, name: 'Ouvrir une session' })).toBeVisible()
    await expectNoRedError(page)
    await expect(page.getByRole('link', { name: /Créez-en un/ })).toBeVisible()

    await page.goto('/fr/mon-dossier/inscription')
    // The terms and the privacy policy are one click away, and both pages exist.
    const consent = page.locator('label[for="consent"], label:has(#consent)').first()
    const terms = consent.getByRole('link', { name: /conditions d’utilisation/i })
    const privacy = page
      .getByRole('main')
      .getByRole('link', { name: /politique de confidentialité/i })
    for (const link of [terms, privacy]) {
      const href = await link.getAttribute('href')
      expect(href).toMatch(/^\/fr\//)
      expect((await request.get(href!)).status()).toBe(200)
    }

    const email = `premiere-${Date.now()}@example.test`
    const since = Date.now()
    await page.getByLabel('Nom').fill('Alix Nouvelle')
    await page.getByLabel('Adresse courriel').fill(email)
    await page.getByLabel('Mot de passe').fill('un-mot-de-passe-solide')
    await page.getByLabel(/J’accepte les conditions/).check()
    await page.getByRole('button', { name: 'Créer mon dossier' }).click()
    await expect(page.getByRole('status')).toContainText('Merci')
    // Under "Merci", the form is not offered a second time.
    await expect(page.getByRole('button', { name: 'Créer mon dossier' })).toHaveCount(0)
    await expect(page.getByLabel('Mot de passe')).toHaveCount(0)
    await expectNoAxeViolations(page)

    const mail = await lastMailTo(email, { since })
    const link = /\/fr\/mon-dossier\/confirmation\?token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0]
    expect(link).toBeTruthy()
    await page.goto(link!)
    await page.getByRole('button', { name: 'Confirmer mon adresse' }).click()
    // Straight to sign-in, the address already filled in.
    await expect(page.getByRole('status')).toContainText('est confirmée')
    await expect(page.getByLabel('Adresse courriel')).toHaveValue(email)
    await page.getByLabel('Mot de passe').fill('un-mot-de-passe-solide')
    await page.getByRole('button', { name: 'Ouvrir une session' }).click()

    // Nothing is on by default, and the dashboard says so with a way to choose.
    await expect(page.getByRole('heading', { level: 1, name: 'Mon dossier' })).toBeVisible()
    const invite = page.getByRole('region', { name: /Choisissez vos alertes/ })
    await expect(invite).toContainText('Aucune alerte')
    await expectNoAxeViolations(page)
    await invite.getByRole('link').click()
    await expect(page.getByRole('heading', { level: 1, name: 'Mes alertes' })).toBeVisible()

    // Address, phone, then the alerts by email and SMS.
    await page.goto('/fr/mon-dossier/profil')
    await page.getByLabel('Téléphone (facultatif)').fill('819 555-0142')
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await page.getByRole('textbox', { name: 'Adresse civique' }).fill('61 rue des erables')
    await page.getByRole('button', { name: 'Chercher l’adresse' }).click()
    await page.getByRole('button', { name: 'Choisir cette adresse' }).click()
    await expect(page.getByText('Secteur : Les Berges').first()).toBeVisible()
    await page.goto('/fr/mon-dossier/alertes')
    await page.getByLabel('Interruption d’eau').check()
    await page.getByLabel('Par courriel').check()
    await page.getByLabel('Par texto (SMS)').check()
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(page.getByRole('status')).toContainText('sont enregistrés')

    // An editor publishes a water outage for Les Berges with its instructions.
    const token = await staffToken(request, accounts.editor)
    const auth = { Authorization: `JWT ${token}` }
    const sectors = (await (
      await request.get('/api/sectors?limit=10&depth=0', { headers: auth })
    ).json()) as { docs: { id: number; code: string }[] }
    const berges = sectors.docs.find((s) => s.code === 'les-berges')!
    const title = `Interruption d’eau rue des Érables ${Date.now()}`
    const instruction = 'Remplissez quelques bouteilles avant 9 h.'
    const created = await request.post('/api/notices', {
      headers: auth,
      data: {
        title,
        kind: 'water-outage',
        severity: 'warning',
        summary: 'Travaux sur la conduite principale.',
        instruction,
        sectors: [berges.id],
        _status: 'published',
      },
    })
    expect(created.status()).toBe(201)
    noticeId = ((await created.json()) as { doc: { id: number } }).doc.id

    await expect
      .poll(async () => (await lastMailTo(email, { since, timeoutMs: 0 })).subject, {
        timeout: 120_000,
        intervals: [2_000],
      })
      .toBe(`Avis de la Ville : ${title}`)
    const alert = await lastMailTo(email, { since })
    expect(alert.text).toContain('Consignes')
    expect(alert.text).toContain(instruction)
    expect(alert.html).toContain(instruction)

    // The SMS (recorded in the outbox without a provider) carries them too.
    const admin = { Authorization: `JWT ${await staffToken(request, accounts.admin)}` }
    await expect
      .poll(
        async () => {
          const outbox = (await (
            await request.get(
              '/api/mail-outbox?where[subject][equals]=SMS&sort=-createdAt&limit=20&depth=0',
              { headers: admin },
            )
          ).json()) as { docs: { to: string; maskedText?: string; text?: string }[] }
          const sms = outbox.docs.find(
            (d) =>
              d.to.replace(/\D/g, '').endsWith('8195550142') &&
              (d.maskedText ?? d.text ?? '').includes(title.slice(0, 30)),
          )
          return sms ? (sms.maskedText ?? sms.text ?? '') : ''
        },
        { timeout: 60_000, intervals: [2_000] },
      )
      .toContain(instruction)
  })
})
