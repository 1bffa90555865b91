import type { Endpoint } from 'payload'

import { readScript } from '../frontend/inlineScripts'
import type { ResolvedOptions } from '../types'

/** Read once, on the first request: the file does not change while the server runs. */
let script: string | null = null

/**
 * GET /api/service-requests-form/request-form.js — the form's progressive enhancement
 * (`frontend/scripts/request-form.js`: one page with JavaScript, the same posts sent with fetch),
 * served by the plugin itself so that a city copying the folder has nothing to put in its own
 * `public/`. A same-origin script, which the public pages' Content-Security-Policy allows
 * (`script-src 'self'`); browsers keep it a few minutes.
 */
export const formScriptEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: `${options.endpointPath}/request-form.js`,
  method: 'get',
  handler: async () => {
    script ??= readScript('request-form.js')
    return new Response(script, {
      headers: {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'public, max-age=300',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
})
