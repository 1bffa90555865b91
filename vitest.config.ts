import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = import.meta.dirname
const alias = {
  '@payload-config': path.join(root, 'payload.config.ts'),
  '@/': `${path.join(root, 'src')}/`,
  '@collections/': `${path.join(root, 'collections')}/`,
  '@plugins/': `${path.join(root, 'plugins')}/`,
  '@engines/': `${path.join(root, 'engines')}/`,
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'plugins/*/tests/**/*.unit.test.ts'],
          // Some decode real images (sharp) and run while the integration files load the machine:
          // 5 s is not enough on 2 busy cores. No test asserts on time.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        // The plugins' page components rendered to HTML with plain-data props and read through a
        // DOM (jsdom): no server, no database.
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['plugins/*/tests/**/*.dom.test.tsx', 'tests/dom/**/*.dom.test.tsx'],
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          environment: 'node',
          include: ['tests/int/**/*.int.test.ts', 'plugins/*/tests/**/*.int.test.ts'],
          // One real Postgres server per run (TEST_DATABASE_URL or an embedded one) and one fresh
          // database per test file, dropped when the file ends.
          globalSetup: ['tests/helpers/postgresServer.ts'],
          setupFiles: ['tests/helpers/databasePerFile.ts'],
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
