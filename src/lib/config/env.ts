import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Raised when the server cannot start because its configuration is incomplete. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

/** Folder for local state: the embedded Postgres cluster, the development secret, uploads. */
export const dataDir = (): string =>
  path.resolve(process.env.DATA_DIR || path.join(process.cwd(), '.data'))

const isBuildPhase = (): boolean => process.env.NEXT_PHASE === 'phase-production-build'

/**
 * Reads (or creates on first use) the secret kept under `.data/secret` for development and the
 * demo. Never used when PAYLOAD_SECRET is set.
 */
export const developmentSecret = (): string => {
  const file = path.join(dataDir(), 'secret')
  try {
    const existing = fs.readFileSync(file, 'utf8').trim()
    if (existing.length >= 32) return existing
  } catch {
    // first run: created below
  }
  const secret = randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

/**
 * The secret that signs sessions. Production refuses to start without PAYLOAD_SECRET, because a
 * secret generated per server would log everybody out and break a multi-server deployment.
 */
export const resolveSecret = (): string => {
  const fromEnv = process.env.PAYLOAD_SECRET?.trim()
  if (fromEnv) {
    if (fromEnv.length < 32 && process.env.NODE_ENV === 'production' && !isBuildPhase()) {
      throw new ConfigError(
        'PAYLOAD_SECRET is too short: use at least 32 random characters (for example `openssl rand -hex 32`).',
      )
    }
    return fromEnv
  }
  // The build never signs anything; the real secret is read when the server starts.
  if (isBuildPhase()) return 'build-phase-secret-is-never-used-to-sign-anything'
  if (process.env.NODE_ENV === 'production') {
    throw new ConfigError(
      'PAYLOAD_SECRET must be set in production. Generate one with `openssl rand -hex 32` and set it in the environment of every server (the same value on each). For a local demo, run `npm start` without NODE_ENV=production and a secret is stored under .data/.',
    )
  }
  return developmentSecret()
}

/** Connection string of the Postgres database, validated so a typo fails at boot, not on the first query. */
export const resolveDatabaseUrl = (): string => {
  const url = process.env.DATABASE_URL?.trim()
  if (!url) {
    if (isBuildPhase()) return ''
    throw new ConfigError(
      'DATABASE_URL is not set. Run `npm start` to use the embedded Postgres, or set DATABASE_URL=postgres://user:password@host:5432/database.',
    )
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ConfigError(
      'DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/database).',
    )
  }
  if (!['postgres:', 'postgresql:'].includes(parsed.protocol)) {
    throw new ConfigError(`DATABASE_URL must start with postgres:// (got ${parsed.protocol}//).`)
  }
  return url
}

/** Public address of the site, used in links sent by email and in feeds. */
export const resolveServerUrl = (): string => {
  const url = (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(
    /\/$/,
    '',
  )
  try {
    new URL(url)
  } catch {
    throw new ConfigError(`SERVER_URL is not a valid URL: ${url}`)
  }
  return url
}

/**
 * Origins whose cookie-authenticated writes Payload accepts (its CSRF check). SERVER_URL when it is
 * set; otherwise this machine's own addresses on PORT, so the admin works at both
 * http://localhost:3000 and http://127.0.0.1:3000 on a newcomer's machine.
 */
export const resolveTrustedOrigins = (): string[] => {
  if (process.env.SERVER_URL) return [resolveServerUrl()]
  const port = process.env.PORT || 3000
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`]
}
