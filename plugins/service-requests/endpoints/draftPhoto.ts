import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Endpoint, PayloadRequest } from 'payload'

import { signedInCitizen } from '../residents/citizen'
import { readDraft } from '../form/drafts'
import type { ResolvedOptions } from '../types'

/**
 * The file from the collection's storage adapter when it has one (S3-compatible storage: the
 * adapter's handler streams the object), as Payload's own file route reads it; null on local disk.
 */
const readThroughStorage = async (
  req: PayloadRequest,
  slug: string,
  doc: unknown,
  filename: string,
) => {
  const upload = req.payload.collections[slug as 'request-photos']?.config.upload
  for (const handler of (typeof upload === 'object' && upload.handlers) || []) {
    const response = await handler(req, {
      doc: doc as never,
      headers: new Headers(),
      params: { collection: slug, filename },
    })
    if (response instanceof Response) {
      if (!response.ok) throw new Error(`storage answered ${response.status} for ${filename}`)
      return Buffer.from(await response.arrayBuffer())
    }
  }
  return null
}

/**
 * A photo of the visitor's own draft, for the photo step's preview: an anonymous resident cannot
 * read it through Payload's file route (private photos are for staff and signed-in submitters),
 * but the holder of the draft may see what they just added.
 */
export const draftPhotoEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: `${options.endpointPath}/photo`,
  method: 'get',
  handler: async (req) => {
    const payload = req.payload
    const notFound = () =>
      new Response('Not found / Introuvable', {
        status: 404,
        headers: { 'Cache-Control': 'private, no-store' },
      })
    try {
      const url = new URL(req.url ?? '', 'http://localhost')
      const id = Number(url.searchParams.get('id'))
      if (!Number.isSafeInteger(id) || id <= 0) return notFound()
      const citizen = await signedInCitizen(payload, req.headers, options.citizensCollection)
      const draft = await readDraft(
        payload,
        options,
        url.searchParams.get('draft'),
        citizen?.id ?? null,
      )
      if (!draft) return notFound()
      const { docs } = await payload.find({
        collection: options.photosCollection as 'request-photos',
        where: { and: [{ id: { equals: id } }, { draftKey: { equals: draft.key } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      const filename = (docs[0] as { filename?: string | null } | undefined)?.filename
      if (!filename || filename !== path.basename(filename)) return notFound()
      const data =
        (await readThroughStorage(req, options.photosCollection, docs[0], filename)) ??
        (await readFile(path.join(options.photosDir, filename)))
      return new Response(new Uint8Array(data), {
        headers: {
          'Content-Type': 'image/jpeg',
          'Cache-Control': 'private, no-store',
          'X-Content-Type-Options': 'nosniff',
        },
      })
    } catch (err) {
      payload.logger.error({ err, msg: 'service-requests: draft photo failed' })
      return notFound()
    }
  },
})
