import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { importAddresses } from '@/lib/place/importAddresses'
import { parseAddressCsv } from '@engines/place'

/** A city's whole registry fits (Montréal has about 500,000 addresses, some 40 MB). */
export const maxImportBytes = 64 * 1024 * 1024

const answer = (status: number, fr: string, en: string, extra: Record<string, unknown> = {}) =>
  Response.json({ message: { fr, en }, ...extra }, { status })

/** The CSV text of the request: a multipart upload (field `file`) or a text/csv body. */
const readCsv = async (req: PayloadRequest): Promise<string | Response> => {
  const declared = Number(req.headers.get('content-length') || 0)
  if (declared > maxImportBytes) {
    return answer(413, 'Le fichier dépasse 64 Mo.', 'The file is larger than 64 MB.')
  }
  const type = req.headers.get('content-type') || ''
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData?.().catch(() => null)
    const file = form?.get('file')
    if (!file || typeof file === 'string') {
      return answer(400, 'Choisissez un fichier CSV.', 'Choose a CSV file.')
    }
    if (file.size > maxImportBytes)
      return answer(413, 'Le fichier dépasse 64 Mo.', 'The file is larger than 64 MB.')
    return file.text()
  }
  if (type.startsWith('text/csv') || type.startsWith('text/plain')) {
    const text = (await req.text?.()) ?? ''
    if (Buffer.byteLength(text) > maxImportBytes)
      return answer(413, 'Le fichier dépasse 64 Mo.', 'The file is larger than 64 MB.')
    return text
  }
  return answer(415, 'Envoyez un fichier CSV.', 'Send a CSV file.')
}

/**
 * POST /api/addresses/import — adds the addresses of a CSV file (Adresses Québec layout) to the
 * registry, all or nothing: any invalid line rejects the file with the list of problems.
 */
export const importCsvEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) {
      return answer(403, 'Réservé aux administrateurs.', 'Administrators only.')
    }
    const csv = await readCsv(req)
    if (csv instanceof Response) return csv
    const { rows, problems } = parseAddressCsv(csv)
    if (problems.length) {
      return answer(
        422,
        'Aucune adresse importée : corrigez les lignes indiquées, puis réessayez.',
        'No address imported: fix the lines listed, then try again.',
        { problems },
      )
    }
    try {
      const { inserted, skipped } = await importAddresses(req.payload, rows)
      req.payload.logger.info({ msg: 'addresses imported', inserted, skipped, user: req.user?.id })
      return answer(
        200,
        `${inserted} adresse(s) ajoutée(s), ${skipped} déjà présente(s).`,
        `${inserted} address(es) added, ${skipped} already present.`,
        { inserted, skipped },
      )
    } catch (err) {
      req.payload.logger.error({ err, msg: 'address import failed' })
      return answer(
        503,
        'L’importation a échoué; rien n’a été modifié. Réessayez dans un instant.',
        'The import failed; nothing was changed. Try again in a moment.',
      )
    }
  },
}
