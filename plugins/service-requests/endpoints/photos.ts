import { randomBytes } from 'node:crypto'

import type { Endpoint } from 'payload'

import { bodyErrorResponse, isBodyError, readFormData } from '../../kit/body'
import { asLocale } from '../i18n/translate'
import { signedInCitizen } from '../residents/citizen'
import { csrfBinding, isSameOriginPost, isValidCsrfToken } from '../residents/csrf'
import { countDraftPhotos } from '../form/draftPhotos'
import { readDraft } from '../form/drafts'
import { maxPhotoBytes, type PhotoError, processPhoto } from '../form/photos'
import { newRequestHref } from '../requests/routes'
import type { RequestLocale, ResolvedOptions } from '../types'

const see = (location: string) =>
  new Response(null, {
    status: 303,
    headers: { Location: location, 'Cache-Control': 'private, no-store' },
  })

/**
 * The photo step's multipart POST: adds photos to the draft (each checked and re-encoded, see
 * form/photos) or removes one. The body is refused before it is read when it declares more than
 * the photos allowed could weigh; a refused photo is named in the error, nothing of it is kept.
 */
export const photosEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: `${options.endpointPath}/photos`,
  method: 'post',
  handler: async (req) => {
    const payload = req.payload
    const url = new URL(req.url ?? payload.config.serverURL, 'http://localhost')
    let locale: RequestLocale = asLocale(url.searchParams.get('locale'))
    let draftKey: string | undefined
    const back = (error?: string) =>
      see(
        newRequestHref(locale, {
          draft: draftKey,
          step: draftKey ? 'photos' : 'type',
          error,
        }),
      )
    try {
      if (
        !isSameOriginPost(req.headers, {
          requestUrl: req.url ?? payload.config.serverURL,
          serverURL: payload.config.serverURL,
        })
      ) {
        return Response.json(
          { errors: ['Cross-site form submission refused / Envoi intersite refusé'] },
          { status: 403 },
        )
      }
      const declared = Number(req.headers.get('content-length'))
      if (!Number.isFinite(declared) || declared <= 0)
        return Response.json({ errors: ['Length required / Longueur requise'] }, { status: 411 })
      if (declared > options.maxPhotos * maxPhotoBytes + 1024 * 1024) {
        return Response.json(
          { errors: ['Envoi trop volumineux. / Upload too large.'] },
          { status: 413 },
        )
      }
      const form = await readFormData(req, {
        limit: options.maxPhotos * maxPhotoBytes + 1024 * 1024,
      })
      locale = asLocale(form.get('locale'))
      const citizen = await signedInCitizen(payload, req.headers, options.citizensCollection)
      const draft = await readDraft(payload, options, form.get('draft'), citizen?.id ?? null)
      if (!draft) return back('draftExpired')
      draftKey = draft.key
      if (!isValidCsrfToken(payload.secret, csrfBinding(citizen), form.get('csrf')))
        return back('csrf')
      const remove = Number(form.get('remove'))
      if (Number.isSafeInteger(remove) && remove > 0) {
        await payload.delete({
          collection: options.photosCollection as 'request-photos',
          where: {
            and: [
              { id: { equals: remove } },
              { draftKey: { equals: draft.key } },
              { request: { exists: false } },
            ],
          },
          overrideAccess: true,
        })
        return back()
      }
      const files = form
        .getAll('photo')
        .filter(
          (f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f && f.size > 0,
        )
      const already = await countDraftPhotos(payload, options, draft.key)
      if (already + files.length > options.maxPhotos) return back('tooManyPhotos')
      // Check every file before keeping any: a batch is all in or all out.
      const processed: Buffer[] = []
      for (const file of files) {
        if (file.size > maxPhotoBytes) return back('photo_tooLarge')
        const result = await processPhoto(new Uint8Array(await file.arrayBuffer()))
        if (!result.ok) return back(`photo_${result.error satisfies PhotoError}`)
        processed.push(result.photo.data)
      }
      for (const data of processed) {
        await payload.create({
          collection: options.photosCollection as 'request-photos',
          data: { draftKey: draft.key, owner: citizen?.id ?? null, isPublic: false } as never,
          file: {
            data,
            mimetype: 'image/jpeg',
            name: `${randomBytes(12).toString('hex')}.jpg`,
            size: data.length,
          },
          overrideAccess: true,
          // Already checked and re-encoded above: the collection's hook need not decode it twice.
          context: { isPhotoProcessed: true },
          depth: 0,
        })
      }
      return back()
    } catch (err) {
      if (isBodyError(err)) return bodyErrorResponse(err, req.headers)
      payload.logger.error({ err, msg: 'service-requests: photo upload failed' })
      return back('unexpected')
    }
  },
})
