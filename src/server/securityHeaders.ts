import { createHash } from 'node:crypto'

import { inlineScripts as requestFormInlineScripts } from '../../plugins/service-requests/headers'
import { textSizeInlineScripts } from '../components/textSizeScripts'

/**
 * The browser security headers of the whole site, in one place.
 *
 * Two layers, because the strictest policy only fits pages delivered without Next's client runtime:
 *
 * - `securityHeaderRules()` is next.config's `headers()`: Next sends these on every answer, pages,
 *   API, uploaded files and the admin alike, under `next start` as under scripts/serve.ts. They
 *   forbid framing by another site, MIME sniffing and full Referers leaving the site, and send no
 *   Referer at all from the pages whose address holds a secret. They set no script policy: the
 *   admin, a staff preview in draft mode and `HTML_ONLY=0` run the Next runtime, whose inline
 *   scripts (the RSC payload) differ on every page.
 * - `strictPagePolicy` is the Content-Security-Policy of the public HTML that src/server/htmlOnly.ts
 *   delivers without the runtime: no script but the site's own file and its few inline scripts,
 *   allowed by their SHA-256 hash. Hashes rather than nonces: a public page is rendered once and
 *   served from Next's cache and the micro-cache to every visitor, and a nonce shared by every
 *   visitor protects nothing. The hashes are computed at boot from the very strings the components
 *   render (src/components/textSizeScripts.ts, the service-requests plugin's inlineScripts.ts), so a
 *   changed script changes its hash on the next build and start; a script injected into a page, which
 *   no hash matches, is refused.
 */

/** `'sha256-…'`: a CSP source allowing one inline script with exactly this text. */
export const scriptHash = (source: string) =>
  `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`

/** Every inline script a public page may contain. */
export const publicInlineScripts: readonly string[] = [
  ...textSizeInlineScripts,
  ...requestFormInlineScripts,
]

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`.trim())
    .join('; ')

/**
 * The policy of public pages without the runtime: same-origin files only (scripts, the request
 * form's `/api/service-requests-form/request-form.js`, styles, images, fetches, form posts),
 * inline scripts by hash, no inline style, no plugin, no `<base>`, never framed.
 */
export const strictPolicy = (scripts: readonly string[] = publicInlineScripts) =>
  policy({
    'default-src': "'self'",
    'script-src': ["'self'", ...new Set(scripts.map(scriptHash))].join(' '),
    'style-src': "'self'",
    'img-src': "'self'",
    'font-src': "'self'",
    'connect-src': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
    'base-uri': "'none'",
    'object-src': "'none'",
  })

/** Computed once, at boot: the same bytes for every public page, so cached pages and their headers stay valid. */
export const strictPagePolicy = strictPolicy()

/** Pages that keep the runtime (admin, HTML_ONLY=0): no script policy, but never framed. */
export const basePolicy = policy({
  'frame-ancestors': "'none'",
  'object-src': "'none'",
  'base-uri': "'self'",
})
/** A page in draft mode is shown inside the admin's live preview, an iframe of the site's own origin. */
export const previewPolicy = policy({
  'frame-ancestors': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
})
/** API answers are data, never a document: nothing loads, runs or frames from them. */
export const apiPolicy = policy({
  'default-src': "'none'",
  'frame-ancestors': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
})
/**
 * Uploaded files (Payload's `/api/{collection}/file/…`): opened on their own, a file runs nothing and
 * is sandboxed as if from another origin (GitHub's raw files do the same); `<img>` on the site is
 * unaffected. Inline style stays allowed for the browser's own image and text viewers.
 */
export const uploadPolicy = policy({
  'default-src': "'none'",
  'style-src': "'unsafe-inline'",
  sandbox: '',
  'frame-ancestors': "'none'",
})

/**
 * Query parameters that carry a secret (the follow-up key, the draft key of a request form, the
 * account and alert tokens): a page reached with one sends no Referer at all. A form posted from
 * such a page is sent with `Origin: null` (Fetch standard): the plugins' origin checks then rely on
 * Sec-Fetch-Site.
 */
// `token` is also the request follow-up key and `draft` the form's draft key (`cle` and `brouillon`
// in older links). `returnTo` (and `retour`, the key of older links): the sign-in page's way back,
// which may hold the request form's draft key.
export const secretQueryParams = [
  'cle',
  'brouillon',
  'draft',
  'token',
  'retour',
  'returnTo',
] as const

type Header = { key: string; value: string }
type HeaderRule = {
  source: string
  headers: Header[]
  has?: { type: 'cookie' | 'query' | 'header'; key: string; value?: string }[]
}

const noReferrer: Header[] = [{ key: 'Referrer-Policy', value: 'no-referrer' }]
const sameOriginFrames: Header[] = [
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Content-Security-Policy', value: previewPolicy },
]
const publicPaths = '/:locale(fr|en)/:path*'

/**
 * next.config `headers()`. When rules set the same header, the last one that matches wins (Next's
 * documented order), so the general rule comes first. Next sends these before a route handler's own
 * headers, which then cannot replace them: uploads get their policy here, not from Payload.
 */
export const securityHeaderRules = (): HeaderRule[] => [
  {
    source: '/:path*',
    headers: [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Content-Security-Policy', value: basePolicy },
    ],
  },
  { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiPolicy }] },
  {
    source: '/api/:collection/file/:filename*',
    headers: [{ key: 'Content-Security-Policy', value: uploadPolicy }],
  },
  // Draft mode (a staff preview) and the switch that turns it on: framed by the admin's live preview.
  {
    source: publicPaths,
    has: [{ type: 'cookie', key: '__prerender_bypass' }],
    headers: sameOriginFrames,
  },
  { source: '/:locale(fr|en)/apercu/:path*', headers: sameOriginFrames },
  // Pages whose address holds a secret. The request form's draft key joins its address by
  // pushState, after the page's policy was set: the whole form and the follow-up pages qualify.
  ...secretQueryParams.map((key) => ({
    source: '/:path*',
    has: [{ type: 'query' as const, key }],
    headers: noReferrer,
  })),
  // Not the public list's cached address (`/fr/requetes/_q/…`, src/proxy.ts), whose headers Next
  // matches on the rewritten path: that page holds no secret.
  { source: '/:locale(fr|en)/:section(requetes|requests)/:rest((?!_q/).+)', headers: noReferrer },
  // Payload's own reset and verification links (the token is in the path) and the alerts' unsubscribe link.
  { source: '/admin/reset/:token*', headers: noReferrer },
  { source: '/admin/:collection/verify/:token*', headers: noReferrer },
  { source: '/api/:path*/unsubscribe', headers: noReferrer },
]

const isInlineImage = (contentType: string) =>
  /^image\//.test(contentType) && !/^image\/svg/.test(contentType)

/**
 * An upload collection's `modifyResponseHeaders`: a file that is not an image the site shows inline
 * (a PDF, anything else) is downloaded, never rendered on the site's origin; nosniff for hosts that
 * serve Payload without next.config's headers.
 */
export const uploadResponseHeaders = ({ headers }: { headers: Headers }): Headers => {
  headers.set('X-Content-Type-Options', 'nosniff')
  const type = headers.get('Content-Type')
  if (type && !isInlineImage(type)) headers.set('Content-Disposition', 'attachment')
  return headers
}
