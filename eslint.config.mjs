// @ts-check
/**
 * ESLint holds the import direction of ARCHITECTURE (README, "Architecture in one screen"):
 *   src → plugins (public entry points only) → kit, engines;  src → engines;  collections → engines.
 * A plugin imports only its own files, the kit, the engines, Payload and Next, never the app or
 * another plugin; an engine imports only npm packages. `import-x/no-restricted-paths` resolves
 * every import (aliases of tsconfig.json included) before comparing paths, so `@/…`, `../../src/…`
 * and `@plugins/x/lib/…` are all seen for what they are. Formatting is Prettier's (`prettier --check .`).
 */
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

const plugins = ['citizen-accounts', 'service-requests', 'surveys', 'petitions', 'activities']
/** What the app may import from a plugin: its entry points, nothing behind them. */
const entryPoints = [
  './index.ts',
  './frontend/index.ts',
  './open311/index.ts',
  './seed/index.ts',
  './seed.ts',
  './headers.ts',
  './routes.ts',
]
const app = ['./src', './collections', './payload.config.ts', './scripts', './plugins/index.ts']

/** One zone per forbidden source, for the files of `target`. */
const zones = (target, from, message) => from.map((source) => ({ target, from: source, message }))

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      '.data/**',
      'test-results/**',
      'playwright-report/**',
      'src/payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
    ],
  },
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // Engines: npm packages only.
            ...zones(
              './engines',
              [...app, './plugins'],
              'An engine imports only npm packages (engines/README.md).',
            ),
            // Each plugin: its own files, the kit and the engines; its tests may use the repository's test helpers.
            ...plugins.flatMap((name) =>
              zones(
                `./plugins/${name}/!(tests)/**`,
                [
                  ...app,
                  ...plugins.filter((other) => other !== name).map((other) => `./plugins/${other}`),
                ],
                `A plugin imports only its own files, plugins/kit, engines/, Payload and Next (plugins/README.md): pass what it needs through its options.`,
              ),
            ),
            ...plugins.flatMap((name) =>
              zones(
                `./plugins/${name}/*.{ts,tsx}`,
                [
                  ...app,
                  ...plugins.filter((other) => other !== name).map((other) => `./plugins/${other}`),
                ],
                'A plugin imports only its own files, plugins/kit, engines/, Payload and Next.',
              ),
            ),
            ...zones(
              './plugins/kit',
              [...app, ...plugins.map((name) => `./plugins/${name}`)],
              'The kit is a library: it imports no plugin and no app code.',
            ),
            // The app: a plugin's entry points only.
            ...app.flatMap((target) =>
              plugins.map((name) => ({
                target,
                from: `./plugins/${name}`,
                except: entryPoints,
                message: `The app imports a plugin through its entry points only (${entryPoints.join(', ')}): export what it needs there.`,
              })),
            ),
          ],
        },
      ],
    },
  },
  {
    // An engine knows nothing of Payload, Next or React.
    files: ['engines/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'payload',
                'payload/*',
                '@payloadcms/*',
                'next',
                'next/*',
                'react',
                'react-dom',
                'react-dom/*',
              ],
              message: 'An engine imports only npm packages that are not Payload, Next or React.',
            },
          ],
        },
      ],
    },
  },
)
