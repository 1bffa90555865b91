import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const inputs = [
  'src',
  'engines',
  'collections',
  'plugins',
  'public',
  'payload.config.ts',
  'next.config.ts',
  'package-lock.json',
  'tsconfig.json',
]
const hashFile = path.join(root, '.next', 'source-hash')

const walk = (entry: string, files: string[]) => {
  const full = path.join(root, entry)
  if (!fs.existsSync(full)) return
  if (fs.statSync(full).isDirectory()) {
    for (const child of fs.readdirSync(full).sort()) {
      if (child === 'node_modules' || child === 'tests') continue
      walk(path.join(entry, child), files)
    }
  } else files.push(entry)
}

/** A fingerprint of everything the production build is made from. */
export const sourceHash = (): string => {
  const files: string[] = []
  for (const input of inputs) walk(input, files)
  const hash = createHash('sha256')
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(root, file)))
  return hash.digest('hex')
}

export const isBuildCurrent = (): boolean =>
  fs.existsSync(path.join(root, '.next', 'BUILD_ID')) &&
  fs.existsSync(hashFile) &&
  fs.readFileSync(hashFile, 'utf8').trim() === sourceHash()

export const runNext = (args: string[], env: Record<string, string> = {}) =>
  spawn(path.join(root, 'node_modules', '.bin', 'next'), args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  })

/**
 * The web server's memory settings. Left to itself V8 lets the heap grow to several times what it
 * holds (500 MB used of a 140 MB live set after a minute of full load, kept afterwards as RSS):
 * a 320 MB old generation (SERVER_HEAP_MB) and 8 MB semi-spaces make it collect sooner, at no
 * measured cost in throughput, and two malloc arenas instead of one per thread keep native memory
 * from fragmenting (README, "Benchmarks": RSS under load with and without).
 */
export const serverNodeFlags = () => [
  `--max-old-space-size=${Number(process.env.SERVER_HEAP_MB) || 320}`,
  '--max-semi-space-size=8',
]
const serverEnv = () => ({ MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX || '2' })

/** Starts the production server (scripts/serve.ts: Next behind the page micro-cache). */
export const runServer = ({
  port,
  host,
  env = {},
  isDetached = false,
}: {
  port: number
  host?: string
  env?: Record<string, string>
  isDetached?: boolean
}) =>
  // `node --import tsx` rather than the tsx CLI: one process, no wrapper between signals and server.
  spawn(
    process.execPath,
    [
      ...serverNodeFlags(),
      '--import',
      'tsx',
      'scripts/serve.ts',
      '--port',
      String(port),
      ...(host ? ['--host', host] : []),
    ],
    {
      cwd: root,
      stdio: isDetached ? ['ignore', 'inherit', 'inherit'] : 'inherit',
      detached: isDetached,
      env: {
        ...process.env,
        ...serverEnv(),
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
        ...env,
      },
    },
  )

/** Runs `next build` when the sources changed since the last build (or there is none). */
export const buildIfNeeded = async (log: (m: string) => void): Promise<void> => {
  if (isBuildCurrent()) return
  log('Building the site (next build)…')
  const code = await new Promise<number | null>((resolve) => {
    runNext(['build'], { NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' }).on(
      'exit',
      resolve,
    )
  })
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`)
  // Hashed after the build: `next build` may normalise tsconfig.json on its first run.
  fs.writeFileSync(hashFile, sourceHash())
}
