import { draftMode } from 'next/headers'

import { isStaffUser } from '@/access/roles'
import { isLocale } from '@/i18n/config'
import { getPayloadClient } from '@/lib/data/payload'
import { isPreviewCollection, previewTarget } from '@/lib/preview'

const text = (status: number, fr: string, en: string) =>
  new Response(`${fr}\n${en}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' },
  })

/**
 * GET /fr/apercu?collection=news&slug=… — the admin's live preview: a signed-in staff member gets
 * draft mode (a cookie for this browser only) and is sent to the page, which then shows the draft.
 * Anyone else gets a 401 and nothing changes.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const url = new URL(request.url)
  const collection = url.searchParams.get('collection')
  const slug = url.searchParams.get('slug') ?? ''
  if (
    !isLocale(locale) ||
    !isPreviewCollection(collection) ||
    !/^[a-z0-9][a-z0-9-]{0,199}$/.test(slug)
  ) {
    return text(400, 'Adresse d’aperçu invalide.', 'Invalid preview address.')
  }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaffUser(user)) {
    return text(
      401,
      'Connectez-vous à l’administration pour voir un aperçu.',
      'Sign in to the admin to see a preview.',
    )
  }
  ;(await draftMode()).enable()
  return new Response(null, {
    status: 307,
    headers: {
      location: previewTarget(locale, collection, slug),
      'cache-control': 'private, no-store',
    },
  })
}
