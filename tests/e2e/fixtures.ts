import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

import type { SeedAccounts } from '../../src/seed'

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
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary).toEqual([])
}

export { expect }
