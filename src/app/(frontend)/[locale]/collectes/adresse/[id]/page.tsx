import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { AddressForm } from '@/components/waste-collection/AddressForm'
import { AddressSchedule } from '@/components/waste-collection/AddressSchedule'
import { isLocale } from '@/i18n/config'
import { addressScheduleHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import { getAddress, getExampleAddress } from '@/lib/data/addresses'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ locale: string; id: string }> }

// One page per civic address, rendered on first visit and then served from the page cache until
// a schedule or notice changes (their tags) or the layout's one-minute bound passes.
export const generateStaticParams = () => []

const addressId = (value: string) => (/^[1-9]\d{0,9}$/.test(value) ? Number(value) : null)

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, id } = await params
  const numeric = addressId(id)
  if (!isLocale(locale) || !numeric) return {}
  const address = await getAddress(numeric)
  if (!address) return {}
  const metadata = await pageMetadata({
    locale,
    title: getTranslator(locale)('collections.upcomingTitle', { address: address.label }),
    paths: { fr: addressScheduleHref('fr', numeric), en: addressScheduleHref('en', numeric) },
  })
  // Thousands of near-identical pages: for residents, not for search engines.
  return { ...metadata, robots: { index: false } }
}

export default async function AddressCollectionsPage({ params }: Props) {
  const { locale, id } = await params
  const numeric = addressId(id)
  if (!isLocale(locale) || !numeric) notFound()
  await requirePublishedLocale(locale, { frenchPath: addressScheduleHref('fr', numeric) })
  const address = await getAddress(numeric)
  if (!address) notFound()
  const t = getTranslator(locale)
  const example = await getExampleAddress()
  return (
    <div className="container stack">
      <h1>{t('collections.title')}</h1>
      <AddressForm locale={locale} defaultValue={address.label} example={example} />
      <AddressSchedule locale={locale} address={address} />
    </div>
  )
}
