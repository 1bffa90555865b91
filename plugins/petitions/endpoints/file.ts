import type { Endpoint, PayloadRequest } from 'payload'

import { relationId } from '../../kit/ids'
import { parseForm, readBodyText } from '../../kit/body'
import { handleFormPost, seeOther } from '../../kit/forms'
import { petitionsSlug } from '../defaults'
import { asLocale } from '../i18n/translate'
import { csrfBinding, isValidCsrfToken, trustedHeaders } from '../lib/csrf'
import { readFiling, saveDraft } from '../lib/file'
import { sectorOfAddress } from '../lib/readPetition'
import { filingHref } from '../lib/routes'
import type { ResolvedPetitionsOptions } from '../types'

/** A filing form's body at most: the text and its fields. */
export const maxFilingBytes = 64 * 1024

/** What was typed, carried back to the form after an error (no JavaScript, nothing lost), when short enough. */
const draftOf = (form: URLSearchParams) => {
  const kept = new URLSearchParams(
    [...form.entries()].filter(([key]) => key !== 'csrf' && key !== 'locale'),
  )
  const encoded = Buffer.from(kept.toString()).toString('base64url')
  return encoded.length <= 6000 ? encoded : ''
}

/**
 * POST /api/petitions/file — a resident files a draft (plain HTML form, the kit's frame): a
 * signed-in, verified resident with a civic address in the city, the age declared, the type's
 * contacts named. The draft is saved and the resident sent to its page, which shows the similar
 * open or recent petitions before they submit it (POST /api/petitions/:id/submit-draft).
 */
export const filingEndpoints = (options: ResolvedPetitionsOptions): Endpoint[] => [
  {
    path: '/file',
    method: 'post',
    handler: (req: PayloadRequest) => {
      const { payload } = req
      let locale = asLocale(null)
      const back = (query: Record<string, string>) =>
        seeOther(filingHref(locale, { query, base: options.basePath }))
      return handleFormPost({
        headers: req.headers,
        url: req.url ?? payload.config.serverURL,
        serverURL: payload.config.serverURL,
        logger: payload.logger,
        label: 'petitions: file',
        readForm: async () => parseForm(await readBodyText(req, { limit: maxFilingBytes })),
        onUnexpected: () => back({ error: 'unexpected' }),
        run: async (form) => {
          locale = asLocale(form.get('locale'))
          const citizen = await options.identifyCitizen({
            payload,
            headers: trustedHeaders(req.headers),
          })
          if (!isValidCsrfToken(payload.secret, csrfBinding(citizen), form.get('csrf')))
            return back({ error: 'csrf', typed: draftOf(form) })
          if (!citizen) return back({ error: 'signInRequired' })
          const sectorId = await sectorOfAddress(payload, options, citizen.addressId)
          if (!citizen.addressId) return back({ error: 'noAddress' })
          if (sectorId === null) return back({ error: 'outsideArea' })
          const read = await readFiling({ payload, form, addressSectorId: sectorId })
          if ('errors' in read)
            return back({ error: 'invalid', fields: read.errors.join(','), typed: draftOf(form) })
          const draft = await saveDraft({ payload, citizen, input: read.input, locale })
          return back({ draft: String(draft.id), status: 'filed' })
        },
      })
    },
  },
  {
    path: '/:id/submit-draft',
    method: 'post',
    handler: (req: PayloadRequest) => {
      const { payload } = req
      const id = relationId(req.routeParams?.id)
      let locale = asLocale(null)
      const back = (query: Record<string, string>) =>
        seeOther(
          filingHref(locale, {
            query: { draft: String(id ?? ''), ...query },
            base: options.basePath,
          }),
        )
      return handleFormPost({
        headers: req.headers,
        url: req.url ?? payload.config.serverURL,
        serverURL: payload.config.serverURL,
        logger: payload.logger,
        label: 'petitions: submit draft',
        readForm: async () => parseForm(await readBodyText(req, { limit: 8 * 1024 })),
        onUnexpected: () => back({ error: 'unexpected' }),
        run: async (form) => {
          locale = asLocale(form.get('locale'))
          const citizen = await options.identifyCitizen({
            payload,
            headers: trustedHeaders(req.headers),
          })
          if (!isValidCsrfToken(payload.secret, csrfBinding(citizen), form.get('csrf')))
            return back({ error: 'csrf' })
          if (!citizen || !id) return back({ error: 'signInRequired' })
          // Only the filer's own draft moves, and only from draft.
          const { docs } = await payload.update({
            collection: petitionsSlug as 'users',
            where: {
              and: [
                { id: { equals: id } },
                { filedBy: { equals: citizen.id } },
                { status: { equals: 'draft' } },
              ],
            },
            data: { status: 'supporting' } as never,
            overrideAccess: true,
            context: { disableRevalidate: true },
          })
          return back(docs.length ? { status: 'submitted' } : { error: 'notDraft' })
        },
      })
    },
  },
]
