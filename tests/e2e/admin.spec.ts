import { expect, test } from './fixtures'

test.describe('admin', () => {
  test('should show the French sign-in page at /admin with no console error', async ({
    page,
    consoleErrors,
  }, testInfo) => {
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/login/)
    await expect(page.getByLabel(/e-mail|courriel/i)).toBeVisible()
    await expect(page.getByLabel(/mot de passe/i)).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath('admin-login.png'), fullPage: true })
    expect(consoleErrors).toEqual([])
  })

  test('should let an editor sign in and reach the dashboard', async ({
    page,
    accounts,
    consoleErrors,
  }, testInfo) => {
    await page.goto('/admin/login')
    await page.getByLabel(/e-mail|courriel/i).fill(accounts.editor.email)
    await page.getByLabel(/mot de passe/i).fill(accounts.editor.password)
    await page.getByRole('button', { name: /connexion|se connecter/i }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    await expect(page.getByRole('link', { name: /Paramètres du site/ }).first()).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath('admin-dashboard.png'), fullPage: true })
    expect(consoleErrors).toEqual([])
  })
})
