import { createHash } from 'node:crypto'

import type { APIRequestContext, APIResponse, Page } from '@playwright/test'
import sharp from 'sharp'

import { expect, test } from './fixtures'

/**
 * Browser security headers (src/server/securityHeaders.ts): a strict Content-Security-Policy on
 * public pages (the inline scripts allowed by their hashes, no 'unsafe-inline'), no framing by
 * another site, nosniff everywhere, no Referer from a page whose address holds a secret, uploaded
 * documents downloaded rather than opened on the site's origin.
 */

const month = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Toronto',
  year: 'numeric',
  month: '2-digit',
})
  .format(new Date())
  .slice(0, 7)

/** Every public template, in French and in English (the secret-link pages are below). */
const publicPages = [
  ['/fr', '/en'],
  ['/fr/actualites', '/en/news'],
  [
    '/fr/actualites/budget-2027-le-compte-de-taxes-augmente-de-2-1',
    '/en/news/2027-budget-tax-bills-rise-2-1',
  ],
  ['/fr/avis', '/en/notices'],
  [
    '/fr/avis/avis-d-ebullition-preventif-secteur-les-berges',
    '/en/notices/precautionary-boil-water-advisory-lakeshore-sector',
  ],
  ['/fr/evenements', '/en/events'],
  ['/fr/evenements/heure-du-conte', '/en/events/story-time'],
  [`/fr/evenements/mois/${month}`, `/en/events/month/${month}`],
  ['/fr/collectes', '/en/collections'],
  [
    '/fr/collectes?adresse=61%20rue%20des%20erables',
    '/en/collections?adresse=61%20rue%20des%20erables',
  ],
  ['/fr/services', '/en/services'],
  [
    '/fr/services/permis/permis-renovation/piscine',
    '/en/services/permits/renovation-permits/pool-permit',
  ],
  ['/fr/recherche?q=neige', '/en/search?q=snow'],
  ['/fr/declaration-accessibilite', '/en/accessibility-statement'],
  ['/fr/requetes', '/en/requests'],
  ['/fr/sondages', '/en/surveys'],
  ['/fr/sondages/parc-de-la-riviere', '/en/surveys/parc-de-la-riviere'],
  ['/fr/sondages/horaire-bibliotheque/resultats', '/en/surveys/horaire-bibliotheque/results'],
  ['/fr/mon-dossier/connexion', '/en/my-account/sign-in'],
  ['/fr/mon-dossier/inscription', '/en/my-account/register'],
  ['/fr/mon-dossier/mot-de-passe-oublie', '/en/my-account/forgot-password'],
  ['/fr/mon-dossier/alertes-secteur', '/en/my-account/sector-alerts'],
  ['/fr/cette-page-nexiste-pas', '/en/this-page-does-not-exist'],
].flat()

/** Pages whose address holds a secret (a token, a follow-up key, a draft key): they send no Referer at all. */
const secretLinkPages = [
  [
    '/fr/mon-dossier/confirmation?token=jeton-invalide',
    '/en/my-account/verify?token=invalid-token',
  ],
  [
    '/fr/mon-dossier/nouveau-mot-de-passe?token=jeton-invalide',
    '/en/my-account/reset-password?token=invalid-token',
  ],
  [
    '/fr/mon-dossier/confirmer-alertes?token=jeton-invalide',
    '/en/my-account/confirm-alerts?token=invalid-token',
  ],
  // The new request form: its draft key joins the address at the second step (with JavaScript, by pushState).
  ['/fr/requetes/nouvelle', '/en/requests/new'],
].flat()

const directive = (policy: string | undefined, name: string) =>
  (policy ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part === name || part.startsWith(`${name} `))
    ?.slice(name.length)
    .trim()

const sha256 = (source: string) =>
  `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`

/** The headers of a public page delivered without the runtime, and every inline script in it allowed by its hash. */
const expectStrictPage = async (response: APIResponse, { isSecretLink = false } = {}) => {
  const headers = response.headers()
  const policy = headers['content-security-policy']
  const scriptSrc = directive(policy, 'script-src')
  expect(scriptSrc, `script-src of ${response.url()}`).toBeTruthy()
  expect(scriptSrc).not.toContain("'unsafe-inline'")
  expect(scriptSrc).not.toContain("'unsafe-eval'")
  expect(directive(policy, 'default-src')).toBe("'self'")
  expect(directive(policy, 'object-src')).toBe("'none'")
  expect(directive(policy, 'base-uri')).toBe("'none'")
  expect(directive(policy, 'form-action')).toBe("'self'")
  expect(directive(policy, 'frame-ancestors')).toBe("'none'")
  expect(directive(policy, 'style-src')).toBe("'self'")
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy'], `Referrer-Policy of ${response.url()}`).toBe(
    isSecretLink ? 'no-referrer' : 'strict-origin-when-cross-origin',
  )
  const html = await response.text()
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
    ([, attributes]) => !/\bsrc=/.test(attributes),
  )
  expect(inline.length, `inline scripts of ${response.url()}`).toBeGreaterThanOrEqual(2)
  for (const [, , body] of inline)
    expect(
      scriptSrc,
      `a script of ${response.url()} is not allowed: ${body.slice(0, 60)}`,
    ).toContain(sha256(body))
}

/** The frame, content-type and referrer headers every answer of the site carries. */
const expectBaseHeaders = (response: APIResponse, { frameAncestors = "'none'" } = {}) => {
  const headers = response.headers()
  expect(
    directive(headers['content-security-policy'], 'frame-ancestors'),
    `frame-ancestors of ${response.url()}`,
  ).toBe(frameAncestors)
  expect(headers['x-frame-options']).toBe(frameAncestors === "'self'" ? 'SAMEORIGIN' : 'DENY')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/)
}

/** Collects the Content-Security-Policy violations the page reports (the event fires before the console message). */
const watchViolations = async (page: Page) => {
  await page.addInitScript(() => {
    const store = window as unknown as { __cspViolations: string[] }
    store.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      store.__cspViolations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`)
    })
  })
  return () =>
    page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
}

/** A one-page PDF with its cross-reference table (Payload checks for one). */
const tinyPdf = () => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

const staffToken = async (
  request: APIRequestContext,
  account: { email: string; password: string },
) => {
  const response = await request.post('/api/users/login', { data: account })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

test.describe('browser security headers', () => {
  test('should send the strict policy, nosniff, no framing and the referrer policy on every public template, from Next and from the micro-cache', async ({
    request,
  }) => {
    test.setTimeout(120_000)
    for (const path of publicPages) {
      const first = await request.get(path)
      expect([200, 404], path).toContain(first.status())
      await expectStrictPage(first)
      // The micro-cache answers a repeat within a second with the headers it stored.
      const again = await request.get(path)
      await expectStrictPage(again)
    }
    for (const path of secretLinkPages)
      await expectStrictPage(await request.get(path), { isSecretLink: true })
  })

  test('should refuse an inline script the page did not ship, and report no violation for its own scripts', async ({
    page,
    consoleErrors,
  }) => {
    const violations = await watchViolations(page)
    await page.goto('/fr')
    // The text-size control ran (its inline script is allowed): the group is shown, the choice applies.
    await page.getByRole('button', { name: 'Texte très grand' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge')
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge')
    expect(await violations()).toEqual([])
    expect(consoleErrors).toEqual([])
    // What an injected script would be: refused, and reported.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.body.append(script)
      await new Promise((resolve) => setTimeout(resolve, 50))
      return (window as unknown as { __injected?: boolean }).__injected === true
    })
    expect(ran).toBe(false)
    expect((await violations()).join('\n')).toMatch(/script-src/)
    // Chromium names the hash that would have allowed it: computed as the site computes its own.
    await expect.poll(() => consoleErrors.join('\n')).toContain(sha256('window.__injected = true'))
  })

  test('should report no violation on any public page, with JavaScript and without', async ({
    page,
    browser,
    baseURL,
    consoleErrors,
  }) => {
    test.setTimeout(180_000)
    const violations = await watchViolations(page)
    for (const path of [...publicPages, ...secretLinkPages]) {
      await page.goto(path)
      expect(await violations(), path).toEqual([])
    }
    expect(
      consoleErrors.filter((message) => !/^404 /.test(message) && !/status of 404/.test(message)),
    ).toEqual([])
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const noJs = await context.newPage()
    const messages: string[] = []
    noJs.on('console', (message) => messages.push(message.text()))
    for (const path of publicPages) await noJs.goto(path)
    expect(messages.filter((text) => /Content Security Policy/i.test(text))).toEqual([])
    await context.close()
  })

  test('should report no violation while the request form runs its scripts (steps by fetch, map, "use my location"), and send a follow-up page without Referer', async ({
    browser,
    baseURL,
    request,
  }) => {
    const context = await browser.newContext({
      baseURL,
      locale: 'fr-CA',
      permissions: ['geolocation'],
      geolocation: { latitude: 46.03, longitude: -71.99 },
    })
    const page = await context.newPage()
    const violations = await watchViolations(page)
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.goto('/fr/requetes/nouvelle')
    await page.getByLabel('Éclairage de rue').check()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect(page).toHaveURL(/draft=/)
    await page.getByLabel(/Décrivez le problème/).fill('Lampadaire éteint devant le parc.')
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect(page.locator('[data-step-heading]')).toHaveText(/Étape 3 sur 6/)
    // The map's script (re-run after the swap) and the location script, both inline.
    await page
      .getByRole('button', { name: /Carte de la ville et de ses secteurs/ })
      .click({ position: { x: 320, y: 240 } })
    await expect(page.getByRole('status').filter({ hasText: 'Point enregistré' })).toBeVisible()
    await page.getByRole('button', { name: 'Utiliser ma position' }).click()
    await expect(
      page.getByLabel(/Le point choisi sur la carte .*46\.03000, -71\.99000/),
    ).toBeChecked()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect(page.locator('[data-step-heading]')).toHaveText(/Étape 4 sur 6/)
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect(page.locator('[data-step-heading]')).toHaveText(/Étape 5 sur 6/)
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect(page.locator('[data-step-heading]')).toHaveText(/Étape 6 sur 6/)
    await page.getByRole('button', { name: 'Envoyer la requête' }).click()
    await expect(page.getByRole('status')).toContainText('Merci')
    expect(await violations()).toEqual([])
    expect(errors.filter((text) => /Content Security Policy/i.test(text))).toEqual([])

    // The follow-up page holds its secret key in the address: no-referrer, and still the strict policy.
    const followLink = (await page.locator('.request-link a').getAttribute('href')) ?? ''
    expect(followLink).toMatch(/\?token=/)
    await expectStrictPage(await request.get(followLink), { isSecretLink: true })
    await context.close()
  })

  test('should still accept a form posted from a page that sends no Referer (Origin: null)', async ({
    page,
  }) => {
    // Chromium sends `Origin: null` for a form posted from a no-referrer page: the site's origin
    // check reads Sec-Fetch-Site then. The invalid token is refused as such, not as a cross-site post.
    const answer = page.waitForResponse((response) => response.request().method() === 'POST')
    await page.goto('/fr/mon-dossier/confirmation?token=jeton-invalide')
    await page.getByRole('button', { name: 'Confirmer mon adresse' }).click()
    expect((await answer).status()).toBe(303)
    await expect(page.getByRole('alert')).toBeVisible()
    await expect(page.getByText('Cross-site form submission refused')).toHaveCount(0)
  })

  test('should send nosniff and no framing on API answers, and serve an uploaded PDF as an attachment', async ({
    request,
    accounts,
  }) => {
    const api = await request.get('/api/news?limit=1')
    expect(api.status()).toBe(200)
    expectBaseHeaders(api)
    expect(directive(api.headers()['content-security-policy'], 'default-src')).toBe("'none'")
    expect(api.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin')

    const token = await staffToken(request, accounts.editor)
    const headers = { Authorization: `JWT ${token}` }
    const png = await sharp({
      create: { width: 40, height: 30, channels: 3, background: '#0b3d6b' },
    })
      .png()
      .toBuffer()
    const pdf = tinyPdf()
    const created: number[] = []
    try {
      for (const file of [
        { name: `entete-${Date.now()}.png`, mimeType: 'image/png', buffer: png },
        { name: `reglement-${Date.now()}.pdf`, mimeType: 'application/pdf', buffer: pdf },
      ]) {
        const upload = await request.post('/api/media', {
          headers,
          multipart: { file, _payload: JSON.stringify({ alt: 'Fichier de test' }) },
        })
        expect(upload.status(), await upload.text()).toBe(201)
        created.push(((await upload.json()) as { doc: { id: number } }).doc.id)
      }
      const [image, document] = await Promise.all(
        created.map(
          async (id) =>
            ((await (await request.get(`/api/media/${id}`, { headers })).json()) as { url: string })
              .url,
        ),
      )
      const imageFile = await request.get(image)
      expect(imageFile.status()).toBe(200)
      expect(imageFile.headers()['content-type']).toBe('image/png')
      expectBaseHeaders(imageFile)
      expect(imageFile.headers()['content-security-policy']).toMatch(/\bsandbox\b/)
      expect(imageFile.headers()['content-disposition'] ?? '').not.toMatch(/attachment/)

      const documentFile = await request.get(document)
      expect(documentFile.status()).toBe(200)
      expect(documentFile.headers()['content-type']).toBe('application/pdf')
      expectBaseHeaders(documentFile)
      expect(documentFile.headers()['content-disposition']).toMatch(/^attachment\b/)
      expect(documentFile.headers()['content-security-policy']).toMatch(/\bsandbox\b/)
    } finally {
      for (const id of created)
        expect((await request.delete(`/api/media/${id}`, { headers })).status()).toBe(200)
    }
  })

  test('should keep the admin unframeable, with nosniff and the referrer policy', async ({
    request,
  }) => {
    for (const path of ['/admin', '/admin/login']) {
      const response = await request.get(path)
      expect(response.status()).toBe(200)
      expectBaseHeaders(response)
      expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin')
    }
    // Payload's own password reset page holds its token in the path.
    expect((await request.get('/admin/reset/jeton-invalide')).headers()['referrer-policy']).toBe(
      'no-referrer',
    )
  })

  test('should not let another site frame the admin or Mon dossier', async ({ page, baseURL }) => {
    const targets = [
      `${baseURL}/admin/login`,
      `${baseURL}/fr/mon-dossier/connexion`,
      `${baseURL}/fr`,
    ]
    await page.route('http://tiers.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Tiers</title>${targets.map((src) => `<iframe src="${src}" width="400" height="300"></iframe>`).join('')}`,
      }),
    )
    await page.goto('http://tiers.example/')
    // Chromium refuses each frame and shows its own error page in its place.
    await expect
      .poll(
        () =>
          page
            .frames()
            .slice(1)
            .map((frame) => frame.url()),
        { timeout: 10_000 },
      )
      .toEqual(targets.map(() => 'chrome-error://chromewebdata/'))
    for (const frame of page.frames().slice(1))
      await expect(frame.getByText('Ville de Lac-Azur')).toHaveCount(0)
  })

  test('should let the admin show its live preview of a draft (framed by the site itself)', async ({
    page,
    request,
    accounts,
  }) => {
    const token = await staffToken(request, accounts.editor)
    const slug = `apercu-en-direct-${Date.now()}`
    const created = await request.post('/api/news?draft=true&locale=fr', {
      headers: { Authorization: `JWT ${token}` },
      data: {
        title: 'Brouillon en aperçu direct',
        summary: 'Vu dans l’administration.',
        slug,
        _status: 'draft',
      },
    })
    expect(created.status()).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    try {
      await page.goto('/admin/login')
      await page.getByLabel(/e-mail|courriel/i).fill(accounts.editor.email)
      await page.getByLabel(/mot de passe/i).fill(accounts.editor.password)
      await page.getByRole('button', { name: /connexion|se connecter/i }).click()
      await expect(page).toHaveURL(/\/admin\/?$/)
      const preview = page.waitForResponse((response) =>
        response.url().includes(`/fr/actualites/${slug}`),
      )
      await page.goto(`/admin/collections/news/${id}`)
      // The admin remembers the toggle as a preference of the user: open the preview only if it is closed.
      // Another spec may have left it open: click only when it is off (a click on an open one
      // closes it), then wait for the frame however long the admin takes to mount it.
      const toggler = page.locator('#live-preview-toggler')
      await expect(toggler).toBeVisible()
      if (!/live-preview-toggler--active/.test((await toggler.getAttribute('class')) ?? ''))
        await toggler.click()
      await expect(toggler).toHaveClass(/live-preview-toggler--active/)
      await expect(
        page
          .frameLocator('#live-preview-iframe')
          .getByRole('heading', { level: 1, name: 'Brouillon en aperçu direct' }),
      ).toBeVisible({
        timeout: 20_000,
      })
      const framed = await preview
      // Draft mode keeps the runtime (no strict script policy) and may be framed by the site only.
      const policy = (await framed.allHeaders())['content-security-policy']
      expect(directive(policy, 'frame-ancestors')).toBe("'self'")
      expect((await framed.allHeaders())['x-frame-options']).toBe('SAMEORIGIN')
      // Closed again, as the other specs found it.
      await toggler.click()
      await expect(toggler).not.toHaveClass(/live-preview-toggler--active/)
    } finally {
      await request.delete(`/api/news/${id}`, { headers: { Authorization: `JWT ${token}` } })
    }
  })

  test('should send the headers on the signed-in Mon dossier pages, with no violation', async ({
    page,
    accounts,
    consoleErrors,
  }) => {
    const violations = await watchViolations(page)
    const resident = accounts.citizens![2]
    await page.goto('/fr/mon-dossier/connexion')
    await page.getByLabel('Adresse courriel').fill(resident.email)
    await page.getByLabel('Mot de passe').fill(resident.password)
    await page.getByRole('button', { name: 'Ouvrir une session' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Mon dossier' })).toBeVisible()
    for (const path of [
      '/fr/mon-dossier',
      '/fr/mon-dossier/profil',
      '/fr/mon-dossier/menage',
      '/fr/mon-dossier/alertes',
      '/fr/mon-dossier/confidentialite',
      '/fr/mon-dossier/securite',
      '/en/my-account',
      '/en/my-account/profile',
    ]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      const headers = await response!.allHeaders()
      expect(directive(headers['content-security-policy'], 'script-src')).not.toContain(
        "'unsafe-inline'",
      )
      expect(directive(headers['content-security-policy'], 'frame-ancestors')).toBe("'none'")
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(await violations(), path).toEqual([])
    }
    expect(consoleErrors).toEqual([])
  })
})
