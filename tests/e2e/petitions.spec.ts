import type { Browser } from '@playwright/test'

import { expect, expectNoAxeViolations, lastMailTo, test } from './fixtures'

/** The first http(s) link of an email's text that points under `path`. */
const linkIn = (text: string, path: string) => {
  const match = text.match(new RegExp(`https?://[^\\s>)"]*${path}[^\\s>)"]*`))
  expect(match, `a link to ${path} in:\n${text}`).toBeTruthy()
  return new URL(match![0])
}

test.describe('Petitions (petitions plugin)', () => {
  test('should go from filing to the outcome email: file, support by link, moderate in the admin, sign signed in and by email, reach the threshold', async ({
    browser,
    baseURL,
    accounts,
  }) => {
    // Jobs (threshold and outcome emails) run on the server's queue once a minute.
    test.setTimeout(300_000)
    const [filer, supporter] = accounts.citizens ?? []
    expect(filer && supporter).toBeTruthy()
    const title = `Des bancs au parc du Lac ${Date.now().toString(36)}`

    const residentPage = async (who: { email: string; password: string }, b: Browser) => {
      const context = await b.newContext({ baseURL })
      const page = await context.newPage()
      await page.goto('/fr/mon-dossier/connexion')
      await page.getByLabel('Adresse courriel').fill(who.email)
      await page.getByLabel('Mot de passe').fill(who.password)
      await page.getByRole('button', { name: 'Ouvrir une session' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Mon dossier' })).toBeVisible()
      return page
    }

    // The greffe (administrators here) keeps the rules as data: a small type for this test,
    // one support to file, two signatures for a written response, visitors allowed.
    const adminContext = await browser.newContext({ baseURL })
    const admin = await adminContext.newPage()
    await admin.goto('/admin/login')
    await admin.getByLabel(/e-mail|courriel/i).fill(accounts.admin.email)
    await admin.getByLabel(/mot de passe/i).fill(accounts.admin.password)
    await admin.getByRole('button', { name: /connexion|se connecter/i }).click()
    await expect(admin).toHaveURL(/\/admin\/?$/)
    // The REST calls carry the administrator's token (a cookie alone is not trusted without an Origin).
    const login = await admin.request.post('/api/users/login', { data: accounts.admin })
    const auth = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const created = await admin.request.post('/api/petition-types?locale=fr', {
      headers: auth,
      data: {
        name: 'Pétition d’essai (navigateur)',
        minimumAge: 15,
        areaRule: 'cityOrSector',
        draftQuorum: 1,
        contacts: 1,
        signingDays: 30,
        thresholds: [{ area: 'city', signatures: 2, triggers: 'written-response' }],
        channel: 'online',
        allowsVisitors: true,
        retentionDays: 90,
      },
    })
    expect(created.status()).toBe(201)
    const typeId = ((await created.json()) as { doc: { id: number } }).doc.id

    // 1. A resident files a draft, sees the similar petitions, submits it for its supports.
    const filing = await residentPage(filer!, browser)
    await filing.goto('/fr')
    await filing.getByText('Menu', { exact: true }).click()
    await filing
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Pétitions' })
      .click()
    await expect(filing.getByRole('heading', { level: 1, name: 'Pétitions' })).toBeVisible()
    await filing.getByRole('link', { name: 'Déposer une pétition' }).first().click()
    await filing.getByLabel('Pétition d’essai (navigateur)').check()
    await filing.getByLabel('Titre').fill(title)
    await filing
      .getByLabel('Ce qui est demandé à la Ville')
      .fill('Installer dix bancs au parc du Lac')
    await filing
      .getByLabel('Texte de la pétition')
      .fill(
        'Les aînés du quartier demandent des bancs à l’ombre le long du sentier du parc du Lac.',
      )
    await filing.getByLabel('Toute la ville').check()
    await filing.getByLabel('Votre nom tel qu’il sera publié').fill('Résidente Promotrice')
    await filing.getByLabel('J’accepte que ce nom soit publié avec la pétition.').check()
    await filing.getByLabel('Nom de la personne-ressource 1').fill('Paul Contact')
    await filing.getByLabel(/Je déclare avoir l’âge minimum/).check()
    await filing.getByRole('button', { name: 'Enregistrer le projet' }).click()
    await expect(filing.getByRole('heading', { name: `Votre projet : ${title}` })).toBeVisible()
    await expect(
      filing.getByRole('heading', { name: 'Des pétitions semblables existent peut-être déjà' }),
    ).toBeVisible()
    await expectNoAxeViolations(filing)
    await filing
      .getByRole('button', { name: 'Soumettre le projet pour recueillir ses appuis' })
      .click()
    const shareLink = await filing.getByLabel('Lien d’appui à partager').inputValue()
    expect(shareLink).toContain('appui=')
    await expectNoAxeViolations(filing)

    // 2. A second resident supports it through the shared link: one support files it.
    const supporting = await residentPage(supporter!, browser)
    // The link names the site's public address; the test's server answers on its own port.
    const share = new URL(shareLink, baseURL)
    await supporting.goto(`${share.pathname}${share.search}`)
    await expect(supporting.getByRole('button', { name: 'Appuyer le projet' })).toBeVisible()
    await expect(
      supporting.getByRole('heading', { name: 'Appuyer ce projet de pétition' }),
    ).toBeVisible()
    await expectNoAxeViolations(supporting)
    await supporting.getByLabel(/Je déclare avoir 15 ans ou plus/).check()
    await supporting.getByRole('button', { name: 'Appuyer le projet' }).click()
    await expect(supporting.getByText('Merci : votre appui est enregistré.')).toBeVisible()

    // 3. The greffe finds it in the moderation queue, finds it admissible, opens signing.
    await admin.goto('/admin/collections/petitions')
    await admin.getByRole('link', { name: title }).first().click()
    await expect(admin).toHaveURL(/\/admin\/collections\/petitions\/\d+$/)
    const petitionId = /(\d+)$/.exec(new URL(admin.url()).pathname)![1]
    const setStatus = async (label: string) => {
      await admin.locator('#field-status .rs__control').click()
      await admin.locator('.rs__option', { hasText: new RegExp(`^${label}$`) }).click()
      const saved = admin.waitForResponse(
        (r) => r.url().includes(`/api/petitions/${petitionId}`) && r.request().method() === 'PATCH',
      )
      await admin.getByRole('button', { name: 'Sauvegarder' }).click()
      expect((await saved).status()).toBe(200)
      await admin.reload()
    }
    await setStatus('Recevable')
    await setStatus('Signature en cours')

    // 4. The filer signs, signed in, and asks for the outcome.
    const slug = (
      (await (
        await admin.request.get(`/api/petitions/${petitionId}?depth=0`, { headers: auth })
      ).json()) as {
        slug: string
      }
    ).slug
    await filing.goto(`/fr/petitions/${slug}`)
    await expect(filing.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await filing.getByLabel(/Je déclare que la personne qui signe/).check()
    await filing.getByRole('button', { name: 'Signer', exact: true }).click()
    await expect(filing.getByText('Merci : votre signature est enregistrée.')).toBeVisible()
    await expectNoAxeViolations(filing)

    // 5. A visitor without an account signs by email, without JavaScript; the link opens a page
    // whose button signs (a mail scanner following the link signs nothing).
    const visitorContext = await browser.newContext({ baseURL, javaScriptEnabled: false })
    const visitor = await visitorContext.newPage()
    const visitorEmail = `visiteur-${Date.now()}@exemple.test`
    await visitor.goto(`/fr/petitions/${slug}`)
    await visitor.getByLabel('Nom complet').fill('Marie Visiteuse')
    await visitor.getByLabel('Adresse civique').fill('121 rue des Érables')
    await visitor.getByLabel('Courriel', { exact: true }).fill(visitorEmail)
    await visitor.getByLabel(/Je déclare avoir 15 ans ou plus et habiter à cette adresse/).check()
    await visitor.getByLabel(/Recevoir le résultat par courriel/).check()
    const askedAt = Date.now()
    await visitor.getByRole('button', { name: 'Recevoir le lien de confirmation' }).click()
    await expect(visitor.getByText(/Presque fini/)).toBeVisible()
    const confirmation = await lastMailTo(visitorEmail, { since: askedAt })
    expect(confirmation.subject).toBe(`Confirmez votre signature : ${title}`)
    const link = linkIn(confirmation.text, '/petitions/confirmer')
    await visitor.goto(`${link.pathname}${link.search}`)
    await expect(visitor.getByRole('heading', { name: 'Confirmer votre signature' })).toBeVisible()
    const shown = async () =>
      Number(await filing.locator('[data-count]').first().getAttribute('data-count'))
    await filing.reload()
    expect(await shown()).toBe(1)
    await visitor.getByRole('button', { name: 'Confirmer ma signature' }).click()
    await expect(visitor.getByText('Merci : votre signature est enregistrée.')).toBeVisible()
    await expect
      .poll(async () => (await filing.reload(), await shown()), { timeout: 10_000 })
      .toBe(2)

    // 6. Two signatures: the threshold is reached once, the promoter is told by email.
    const threshold = await lastMailTo(filer!.email, { since: askedAt, timeoutMs: 150_000 })
    expect(threshold.subject).toBe(`Seuil atteint : « ${title} » (2 signatures)`)

    // 7. The greffe publishes the City's response: signers who asked get it by email, once.
    const publishedAt = Date.now()
    await admin.goto(`/admin/collections/petitions/${petitionId}`)
    await admin.locator('#field-outcomeSummary').fill('La Ville installera dix bancs au printemps.')
    const saved = admin.waitForResponse(
      (r) => r.url().includes(`/api/petitions/${petitionId}`) && r.request().method() === 'PATCH',
    )
    await admin.getByRole('button', { name: 'Sauvegarder' }).click()
    expect((await saved).status()).toBe(200)
    const outcome = await lastMailTo(visitorEmail, { since: publishedAt, timeoutMs: 150_000 })
    expect(outcome.subject).toBe(`Réponse de la Ville à la pétition « ${title} »`)
    expect(outcome.text).toContain('Ne plus recevoir ces courriels')

    // The test's type and petition go, with their signatures: other specs count petitions.
    expect(
      (await admin.request.delete(`/api/petitions/${petitionId}`, { headers: auth })).status(),
    ).toBe(200)
    expect(
      (await admin.request.delete(`/api/petition-types/${typeId}`, { headers: auth })).status(),
    ).toBe(200)
    await visitorContext.close()
    await adminContext.close()
  })
})
