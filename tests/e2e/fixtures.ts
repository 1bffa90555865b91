import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

import type { SeedAccounts } from '../../src/seed'
import { mailsTo } from './mailSink'

type Fixtures = {
  /** Errors the page printed to its console or threw: a test fails if any appear. */
  consoleErrors: string[]
  accounts: SeedAccounts
}

export const test = base.extend<Fixtures>({
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL)
  },
  accounts: async ({}, use) => {
    await use(JSON.parse(process.env.E2E_CREDENTIALS || 'null') as SeedAccounts)
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    // The console says "404" without the address: record which resource failed.
    page.on('response', (response) => {
      if (response.status() >= 400 && response.request().resourceType() !== 'document') {
        errors.push(`${response.status()} ${response.url()}`)
      }
    })
    await use(errors)
  },
})

/** Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A/AA rules and fails on any violation. */
export const expectNoAxeViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}

export type TextSize = 'normal' | 'large' | 'xlarge'

/**
 * Makes every next page of this tab open at a text size, as the site's own control does: it keeps
 * the choice in localStorage and applies it before the first paint (src/components/textSizeScripts.ts).
 */
export const useTextSize = (page: Page, size: TextSize) =>
  page.addInitScript((value) => window.localStorage.setItem('taille-texte', value), size)

/** Axe at a text size and a viewport: the page is loaded with both, then checked. */
export const expectNoAxeViolationsAt = async (
  page: Page,
  url: string,
  { size, viewport }: { size: TextSize; viewport?: { width: number; height: number } },
) => {
  if (viewport) await page.setViewportSize(viewport)
  await page.goto(url)
  if (size !== 'normal')
    await expect(page.locator('html'), url).toHaveAttribute('data-text-size', size)
  return axeViolations(page, `${url} at ${size}${viewport ? ` ${viewport.width} px` : ''}`)
}

/** The page's WCAG 2.0–2.2 A/AA violations as it is now, each named after `label`. */
export const axeViolations = async (page: Page, label: string) => {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  return results.violations.map(
    (v) => `${label}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

export { expect }

/**
 * The last email the site sent to an address over SMTP (tests/e2e/mailSink.ts), waiting for it to
 * arrive: the first one received after `since` (ms), when given.
 */
export const lastMailTo = async (
  to: string,
  { since = 0, timeoutMs = 20_000 }: { since?: number; timeoutMs?: number } = {},
) => {
  const dir = process.env.E2E_MAIL_DIR
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: the global setup starts the SMTP sink.')
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const mail = mailsTo(dir, to)
      .filter((m) => m.receivedAt >= since)
      .at(-1)
    if (mail) return mail
    if (Date.now() > deadline) return { to: [to], subject: '', text: '', html: '', receivedAt: 0 }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
