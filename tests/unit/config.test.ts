import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { resolveDatabaseUrl, resolveSecret } from '../../src/lib/config/env'

describe('configuration checked at boot', () => {
  let dir: string

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ville-config-'))
    vi.stubEnv('DATA_DIR', dir)
    vi.stubEnv('NEXT_PHASE', '')
    vi.stubEnv('PAYLOAD_SECRET', '')
  })

  afterEach(() => {
    vi.unstubAllEnvs()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('should refuse to start in production without PAYLOAD_SECRET, saying how to fix it', () => {
    vi.stubEnv('NODE_ENV', 'production')
    expect(() => resolveSecret()).toThrow(
      /PAYLOAD_SECRET must be set in production.*openssl rand -hex 32/,
    )
  })

  it('should refuse a short secret in production', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('PAYLOAD_SECRET', 'short')
    expect(() => resolveSecret()).toThrow(/too short/)
  })

  it('should generate a development secret once and keep it under the data folder', () => {
    vi.stubEnv('NODE_ENV', 'development')
    const first = resolveSecret()
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.readFileSync(path.join(dir, 'secret'), 'utf8').trim()).toBe(first)
    expect(resolveSecret()).toBe(first)
  })

  it('should not need a secret or a database while `next build` runs', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('NEXT_PHASE', 'phase-production-build')
    vi.stubEnv('DATABASE_URL', '')
    expect(resolveSecret()).toBeTypeOf('string')
    expect(resolveDatabaseUrl()).toBe('')
  })

  it('should explain a missing or malformed DATABASE_URL', () => {
    vi.stubEnv('DATABASE_URL', '')
    expect(() => resolveDatabaseUrl()).toThrow(/DATABASE_URL is not set.*npm start/)
    vi.stubEnv('DATABASE_URL', 'mysql://x@y/z')
    expect(() => resolveDatabaseUrl()).toThrow(/must start with postgres/)
    vi.stubEnv('DATABASE_URL', 'not a url')
    expect(() => resolveDatabaseUrl()).toThrow(/not a valid URL/)
  })
})
