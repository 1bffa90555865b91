import { notFound, redirect } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { eventMonthHref } from '@/i18n/routes'
import { currentLocalMonth } from '@engines/calendar'

// The month changes with the clock: answered per request, a redirect with no database read.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

/** /fr/evenements/mois sends visitors to this month's calendar. */
export default async function CurrentMonthPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  redirect(eventMonthHref(locale, currentLocalMonth()))
}
