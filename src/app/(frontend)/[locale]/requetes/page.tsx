import { notFound, redirect } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { newRequestHref } from '@plugins/service-requests/frontend'

/** /fr/requetes has no page of its own yet (the public list of open requests will live here): the form. */
export default async function RequestsIndex({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  redirect(newRequestHref(locale))
}
