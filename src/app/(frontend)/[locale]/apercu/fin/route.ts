import { draftMode } from 'next/headers'

import { isLocale } from '@/i18n/config'

/** GET /fr/apercu/fin — turns draft mode off in this browser and goes back to the home page. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  ;(await draftMode()).disable()
  return new Response(null, {
    status: 307,
    headers: {
      location: `/${isLocale(locale) ? locale : 'fr'}`,
      'cache-control': 'private, no-store',
    },
  })
}
