/**
 * Runs once when a server starts: refuse to boot with incomplete configuration, with a message
 * that says what to set, instead of answering every request with a 500.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { ConfigError, resolveDatabaseUrl, resolveSecret, resolveServerUrl } =
    await import('./lib/config/env')
  try {
    resolveSecret()
    resolveDatabaseUrl()
    resolveServerUrl()
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    console.error(`\nConfiguration error: ${err.message}\n`)
    process.exit(1)
  }
}
