import fs from 'node:fs'
import path from 'node:path'

/**
 * The form's two inline scripts, written as files in `scripts/` and read once, when this module
 * loads. (`scripts/request-form.js`, the form's progressive enhancement, is not inline: the
 * plugin serves it, endpoints/formScript.ts.) Apart from the page (which imports CSS) so that the app's Content-Security-Policy can
 * allow them by their hash, computed from these very strings (src/server/securityHeaders.ts): the
 * page renders exactly the text hashed. A new inline script on a public page must be added to
 * `inlineScripts`, or the browser refuses it.
 *
 * Where the files are: beside this module under Node, Vitest and next.config (whose loader turns
 * `import.meta.dirname` into `__dirname`); in Next's server bundles a module's path is not its
 * file's, so from the project's root there.
 */
const scriptsDir = [
  typeof import.meta.dirname === 'string' ? path.join(import.meta.dirname, 'scripts') : null,
  path.join(process.cwd(), 'plugins', 'service-requests', 'frontend', 'scripts'),
].find((dir): dir is string => Boolean(dir) && fs.existsSync(path.join(dir!, 'map.js')))

/** A file of `scripts/`, as text (the inline ones below, and the form's enhancement script). */
export const readScript = (name: string) => {
  if (!scriptsDir) throw new Error(`service-requests: frontend/scripts/${name} not found`)
  return fs.readFileSync(path.join(scriptsDir, name), 'utf8').trim()
}

/** The location step's map scaled to a narrow screen, its click posted in the map's own pixels. */
export const mapScript = readScript('map.js')

/** "Utiliser ma position": shown only when the browser can give a position. */
export const geolocationScript = readScript('geolocation.js')

/** Every inline script the plugin's public pages render. */
export const inlineScripts = [mapScript, geolocationScript] as const
