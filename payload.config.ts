import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections, globals } from './collections'
import { guardQueries } from './src/access/guardQueries'
import { adminDateFormat, adminTimezones } from './src/admin/dates'
import { quebecAdmin } from './src/admin/quebecAdmin'
import { adminTranslations } from './src/admin/translations'
import { plugins } from './plugins'
import {
  resolveDatabaseUrl,
  resolveSecret,
  resolveServerUrl,
  resolveTrustedOrigins,
} from './src/lib/config/env'
import { onInit } from './src/lib/config/onInit'
import { storagePlugin } from './src/lib/config/storage'
import { previewSections, previewUrl } from './src/lib/preview'
import { migrations } from './src/migrations'
import { badInputAfterError } from './src/server/badInput'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: resolveServerUrl(),
  secret: resolveSecret(),
  csrf: resolveTrustedOrigins(),
  telemetry: false,
  admin: {
    user: 'users',
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Administration municipale' },
    // Dates as written in Quebec ("10 décembre 2026, 23 h 59"), the city's time zone preselected
    // where one is asked (scheduling a publication). src/admin/dates.ts.
    dateFormat: adminDateFormat,
    timezones: adminTimezones,
    // Editors see a draft as residents will, phone size first, refreshed on every save.
    livePreview: {
      collections: Object.keys(previewSections),
      breakpoints: [
        { name: 'phone', label: 'Téléphone / Phone', width: 390, height: 844 },
        { name: 'desktop', label: 'Ordinateur / Desktop', width: 1280, height: 900 },
      ],
      url: ({ collectionConfig, data, locale, req }) => {
        const path = previewUrl({
          collection: collectionConfig?.slug ?? '',
          locale: locale.code,
          slug: data?.slug,
        })
        if (!path) return null
        // Absolute, on the origin the editor is using: the admin posts messages to this origin.
        const host = req.headers.get('x-forwarded-host') || req.headers.get('host')
        const proto =
          req.headers.get('x-forwarded-proto') ||
          new URL(resolveServerUrl()).protocol.replace(':', '')
        return `${host ? `${proto}://${host}` : resolveServerUrl()}${path}`
      },
    },
  },
  collections,
  globals,
  editor: lexicalEditor(),
  localization: {
    locales: [
      { code: 'fr', label: 'Français' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'fr',
    fallback: true,
  },
  // The admin speaks French unless a staff member chooses English in their account (src/proxy.ts
  // keeps the browser's language out of it); Payload's French, corrected where it reads wrong.
  i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'fr', translations: adminTranslations },
  db: postgresAdapter({
    pool: {
      connectionString: resolveDatabaseUrl(),
      max: Number(process.env.DATABASE_POOL_MAX || 10),
    },
    // Committed migrations are the truth: never let the adapter change the schema behind our back.
    push: false,
    migrationDir: path.resolve(dirname, 'src/migrations'),
    prodMigrations: migrations,
  }),
  sharp,
  // Uploads (images, PDFs, residents' photos) stop at 20 MB with a clear 413, before any of it is saved.
  upload: {
    limits: { fileSize: 20 * 1024 * 1024 },
    abortOnLimit: true,
    responseOnLimit: 'Fichier trop volumineux : 20 Mo au plus. / File too large: 20 MB at most.',
  },
  onInit,
  // A value the database refuses (Postgres class 22) or JSON that does not parse is the client's
  // input: a 400 in French and English, not a 500 (src/server/badInput.ts).
  hooks: { afterError: [badInputAfterError] },
  // The Quebec-style admin (dates, scheduling) and the query guard go last: they apply to every
  // collection, the plugins' included.
  // Uploads go to S3-compatible storage when S3_BUCKET is set (src/lib/config/storage.ts): after
  // the plugins, which add the request photos collection.
  plugins: [...plugins, storagePlugin(), quebecAdmin(), guardQueries()],
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  jobs: {
    // Scheduled publishing (and later notification fan-out) runs on Payload's jobs queue. A small
    // city runs it inside the web server (scripts/serve.ts sets JOBS_AUTORUN=1); a large one sets
    // JOBS_AUTORUN=0 there and runs `npm run worker` processes instead (scripts/worker.ts).
    // Scripts, tests and builds never run jobs by accident.
    // JOBS_CRON may carry seconds ('*/5 * * * * *'): the browser tests use it so an alert does not
    // wait for the next minute.
    autoRun: [{ cron: process.env.JOBS_CRON || '* * * * *', limit: 50, queue: 'default' }],
    shouldAutoRun: () => process.env.JOBS_AUTORUN === '1',
  },
})
