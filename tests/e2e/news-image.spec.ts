import type { APIRequestContext } from '@playwright/test'
import sharp from 'sharp'

import { expect, expectNoAxeViolations, test } from './fixtures'

/** Issue 12, point 11: the image an editor adds to a news item reaches the site, described and sized. */

const staffToken = async (
  request: APIRequestContext,
  account: { email: string; password: string },
) => {
  const login = await request.post('/api/users/login', { data: account })
  return ((await login.json()) as { token: string }).token
}

const slug = 'un-nouveau-site-web-pour-lac-azur'
const summary = 'Plus simple, plus rapide et pensé d’abord pour le téléphone.'

test.describe('news: hero image and summary', () => {
  let cleanup: (() => Promise<void>) | null = null
  test.afterEach(async () => {
    await cleanup?.()
    cleanup = null
  })

  test('should require alt text in the admin, show the image on the news page in responsive sizes with that text, and print the summary once', async ({
    browser,
    baseURL,
    page,
    request,
    accounts,
  }) => {
    test.setTimeout(120_000)
    const token = await staffToken(request, accounts.editor)
    const auth = { Authorization: `JWT ${token}` }
    const news = (
      (await (
        await request.get(`/api/news?where[slug][equals]=${slug}&depth=0&locale=fr`, {
          headers: auth,
        })
      ).json()) as { docs: { id: number }[] }
    ).docs[0]
    expect(news).toBeTruthy()

    const staff = await browser.newContext({ baseURL, locale: 'fr-CA' })
    const admin = await staff.newPage()
    await admin.goto('/admin/login')
    await admin.getByLabel(/e-mail|courriel/i).fill(accounts.editor.email)
    await admin.getByLabel(/mot de passe/i).fill(accounts.editor.password)
    await admin.getByRole('button', { name: /connexion|se connecter/i }).click()
    await expect(admin).toHaveURL(/\/admin\/?$/)

    // The editor uploads a photo: without its alternative text the admin refuses to save it.
    const photo = await sharp({
      create: { width: 2000, height: 1200, channels: 3, background: '#2a6f97' },
    })
      .jpeg()
      .toBuffer()
    await admin.goto('/admin/collections/media/create')
    await admin
      .locator('input[type="file"]')
      .setInputFiles({ name: 'site-web.jpg', mimeType: 'image/jpeg', buffer: photo })
    await expect(admin.locator('input[value="site-web.jpg"]')).toBeVisible()
    // Refused, saying which field is missing (the server's answer, shown as the admin's alert).
    await admin.getByRole('button', { name: 'Sauvegarder' }).click()
    await expect(
      admin
        .locator('[data-sonner-toast], .field-type.error')
        .filter({ hasText: /Texte de remplacement/ })
        .first(),
    ).toBeVisible()
    await expect(admin).toHaveURL(/\/admin\/collections\/media\/create/)
    const alt = 'Le nouveau site de la Ville affiché sur un téléphone'
    await admin.locator('#field-alt').fill(alt)
    await admin.getByRole('button', { name: 'Sauvegarder' }).click()
    await expect(admin).toHaveURL(/\/admin\/collections\/media\/\d+/)
    const mediaId = Number(/\/media\/(\d+)/.exec(admin.url())![1])
    cleanup = async () => {
      await request.patch(`/api/news/${news.id}?locale=fr`, {
        headers: auth,
        data: { heroImage: null, _status: 'published' },
      })
      await request.delete(`/api/media/${mediaId}`, { headers: auth })
    }

    // It becomes the news item's main image, published.
    await admin.goto(`/admin/collections/news/${news.id}`)
    await admin
      .locator('#field-heroImage')
      .getByRole('button', { name: /Choisir parmi les existant/ })
      .click()
    const drawer = admin.locator('.drawer__content, [role="dialog"]').last()
    await drawer
      .getByRole('button', { name: /site-web/ })
      .or(drawer.getByRole('link', { name: /site-web/ }))
      .first()
      .click()
    await admin.getByRole('button', { name: /^Publier/ }).click()
    await expect(admin.getByText(/publié|Mis à jour|succès/i).first()).toBeVisible()
    await staff.close()
    await expect
      .poll(
        async () =>
          (
            (await (
              await request.get(`/api/news/${news.id}?depth=0&locale=fr`, { headers: auth })
            ).json()) as { heroImage?: number | null }
          ).heroImage,
      )
      .toBe(mediaId)

    await expect
      .poll(
        async () =>
          (await page.goto(`/fr/actualites/${slug}`))?.status() === 200 &&
          (await page.locator('article img').count()) > 0,
        { timeout: 20_000, intervals: [1_000] },
      )
      .toBe(true)
    const img = page.locator('article img').first()
    await expect(img).toHaveAttribute('alt', alt)
    const srcset = (await img.getAttribute('srcset')) ?? ''
    // sharp made the sizes: 400, 768 and 1600 px wide, WebP, and the browser picks one.
    for (const width of ['400w', '768w', '1600w']) expect(srcset).toContain(width)
    expect(srcset).toMatch(/\.webp/)
    expect(await img.getAttribute('sizes')).toBeTruthy()
    expect(await img.getAttribute('width')).toBeTruthy()
    expect(await img.getAttribute('height')).toBeTruthy()
    expect(
      await img.evaluate(
        (el: HTMLImageElement) => el.complete && el.naturalWidth > 0 && el.naturalWidth < 2000,
      ),
    ).toBe(true)

    // The summary is the lead, not printed again as the body's first paragraph.
    const article = await page.locator('article').innerText()
    expect(article.split(summary).length - 1).toBe(1)
    await expectNoAxeViolations(page)

    // The English page shows it too, with the alt text (French until an English one is written).
    await page.goto('/en/news/a-new-website-for-lac-azur')
    await expect(page.locator('article img').first()).toHaveAttribute('alt', /.+/)
  })
})
