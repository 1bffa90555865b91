/**
 * `npm test`: every test, in order — Vitest (unit, then integration on real Postgres), then
 * Playwright (the production build in Chromium). Uses TEST_DATABASE_URL when set, otherwise one
 * throwaway embedded PostgreSQL for the whole run. Each test file and the e2e run create their own
 * uniquely named database and drop it. Ends with one line: "N passed, N failed".
 *   --only=unit|dom|int|e2e   run one part
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startThrowawayPostgres } from './lib/embeddedPostgres'

const root = path.resolve(import.meta.dirname, '..')
const only = process.argv.find((a) => a.startsWith('--only='))?.split('=')[1]
const wants = (part: string) => !only || only === part || (only === 'vitest' && part !== 'e2e')
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ville-test-report-'))

const run = (command: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<number>((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin', command), args, {
      cwd: root,
      stdio: 'inherit',
      env,
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })

type Count = { passed: number; failed: number; skipped: number }
const counts: Count = { passed: 0, failed: 0, skipped: 0 }

const readVitest = (file: string) => {
  if (!fs.existsSync(file)) return false
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
  }
  counts.passed += report.numPassedTests
  counts.failed += report.numFailedTests
  counts.skipped += report.numPendingTests + report.numTodoTests
  return true
}

const readPlaywright = (file: string) => {
  if (!fs.existsSync(file)) return false
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number }
  }
  counts.passed += report.stats.expected + report.stats.flaky
  counts.failed += report.stats.unexpected
  counts.skipped += report.stats.skipped
  return true
}

const main = async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  let stopCluster = async () => {}
  const needsDatabase = wants('int') || wants('e2e')
  if (needsDatabase && !env.TEST_DATABASE_URL) {
    console.log(
      '[test] TEST_DATABASE_URL is not set: starting a throwaway embedded PostgreSQL for this run.',
    )
    const cluster = await startThrowawayPostgres()
    env.TEST_DATABASE_URL = cluster.urlFor('postgres')
    stopCluster = cluster.stop
  }
  let exitCode = 0
  let isMissingReport = false
  try {
    const projects = ['unit', 'dom', 'int'].filter(wants)
    if (projects.length) {
      const file = path.join(reportDir, 'vitest.json')
      const code = await run(
        'vitest',
        [
          'run',
          ...projects.flatMap((p) => ['--project', p]),
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${file}`,
        ],
        env,
      )
      if (code !== 0) exitCode = code
      if (!readVitest(file)) isMissingReport = true
    }
    if (wants('e2e')) {
      const chrome = env.CHROME_PATH || '/usr/bin/chromium'
      if (!fs.existsSync(chrome)) {
        throw new Error(
          `Chromium was not found at ${chrome}. Install it (apt-get install -y chromium) or set CHROME_PATH.`,
        )
      }
      const file = path.join(reportDir, 'playwright.json')
      const code = await run('playwright', ['test', '--reporter=list,json'], {
        ...env,
        PLAYWRIGHT_JSON_OUTPUT_NAME: file,
      })
      if (code !== 0) exitCode = code
      if (!readPlaywright(file)) isMissingReport = true
    }
  } finally {
    await stopCluster()
    fs.rmSync(reportDir, { recursive: true, force: true })
  }
  if (isMissingReport && exitCode === 0) exitCode = 1
  if (counts.passed + counts.failed === 0 && exitCode === 0) {
    console.error('[test] No test ran.')
    exitCode = 1
  }
  console.log(
    `\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
  )
  process.exit(exitCode)
}

main().catch((err) => {
  console.error(`[test] ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
