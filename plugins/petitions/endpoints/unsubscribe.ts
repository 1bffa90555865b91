import type { Endpoint, PayloadRequest } from 'payload'

import { parseForm, readBodyText } from '../../kit/body'
import { handleFormPost, seeOther } from '../../kit/forms'
import { asLocale } from '../i18n/translate'
import { unsubscribeHref } from '../lib/routes'
import { unsubscribeSignature, verifiedSignatureId } from '../lib/unsubscribe'
import type { ResolvedPetitionsOptions } from '../types'

/**
 * GET and POST /api/petitions/unsubscribe — the POST is the button of the unsubscribe page (plain HTML form, the kit's
 * frame: a post from another site is refused, never a 500). No sign-in and no CSRF token: the
 * link's HMAC (lib/unsubscribe.ts) is the proof, and a forged one changes nothing. Then 303 to the
 * page with `?status=unsubscribed` or `?error=invalid`.
 */
export const unsubscribeEndpoints = (options: ResolvedPetitionsOptions): Endpoint[] => [
  {
    // A GET here (an old link, a scanner) changes nothing: it goes to the page with the button.
    path: '/unsubscribe',
    method: 'get',
    handler: (req: PayloadRequest) => {
      const url = new URL(req.url ?? '/', req.payload.config.serverURL || 'http://localhost')
      const query = Object.fromEntries(
        ['signature', 's']
          .map((key) => [key, url.searchParams.get(key) ?? ''] as const)
          .filter(([, value]) => value && value.length < 200),
      )
      const locale = asLocale(url.searchParams.get('locale'))
      return seeOther(unsubscribeHref(locale, { query, base: options.basePath }))
    },
  },
  {
    path: '/unsubscribe',
    method: 'post',
    handler: (req: PayloadRequest) => {
      const { payload } = req
      let locale = asLocale(null)
      const back = (query: Record<string, string>) =>
        seeOther(unsubscribeHref(locale, { query, base: options.basePath }))
      return handleFormPost({
        headers: req.headers,
        url: req.url ?? payload.config.serverURL,
        serverURL: payload.config.serverURL,
        logger: payload.logger,
        label: 'petitions: unsubscribe',
        readForm: async () => parseForm(await readBodyText(req, { limit: 4 * 1024 })),
        onUnexpected: () => back({ error: 'unexpected' }),
        run: async (form) => {
          locale = asLocale(form.get('locale'))
          const id = verifiedSignatureId(payload.secret, form.get('signature'), form.get('s'))
          if (id === null) return back({ error: 'invalid' })
          await unsubscribeSignature(payload, id)
          return back({ status: 'unsubscribed' })
        },
      })
    },
  },
]
