import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { AddressForm } from '@/components/waste-collection/AddressForm'
import { isLocale } from '@/i18n/config'
import { addressScheduleHref, sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import { type AddressMatch, getExampleAddress, searchAddresses } from '@/lib/data/addresses'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { sectionMetadata } from '@/lib/seo/metadata'

// Reads the typed address from the query string: rendered per request. A single match is sent to
// that address's own page, which is cached (./adresse/[id]).
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ address?: string; id?: string; page?: string }>
}

/** Suggestions shown at once; "see the others" adds as many again. */
const pageSize = 25

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale)
    ? sectionMetadata(locale, 'collections', getTranslator(locale)('collections.title'))
    : {}
}

export default async function CollectionsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: sectionHref('fr', 'collections') })
  const t = getTranslator(locale)
  const query = await searchParams
  const typed = typeof query.address === 'string' ? query.address.trim().slice(0, 100) : ''
  const id = Number(query.id)
  // Older links (?id=123) and a single match go to the address's own, cacheable page.
  if (Number.isInteger(id) && id > 0) redirect(addressScheduleHref(locale, id))
  const shownPages = /^[1-9]\d?$/.test(query.page ?? '') ? Number(query.page) : 1
  const { matches: choices, total }: { matches: AddressMatch[]; total: number } = typed
    ? await searchAddresses(typed, { limit: pageSize * shownPages })
    : { matches: [], total: 0 }
  if (choices.length === 1 && choices[0]) redirect(addressScheduleHref(locale, choices[0].id))
  const example = await getExampleAddress()
  const moreHref = `${sectionHref(locale, 'collections')}?${new URLSearchParams({ address: typed, page: String(shownPages + 1) }).toString()}`
  return (
    <div className="container stack">
      <h1>{t('collections.title')}</h1>
      <p className="lead">{t('collections.intro')}</p>
      <AddressForm locale={locale} defaultValue={typed} example={example} />
      {typed && choices.length === 0 ? (
        <p role="status">{t('collections.noMatch', { query: typed })}</p>
      ) : null}
      {choices.length > 1 ? (
        <section aria-labelledby="choix">
          <h2 id="choix">{t('collections.chooseTitle')}</h2>
          <ul className="address-choices">
            {choices.map((choice) => (
              <li key={choice.id}>
                <Link href={addressScheduleHref(locale, choice.id)}>
                  {choice.label} ({choice.postalCode})
                </Link>
              </li>
            ))}
          </ul>
          {total > choices.length ? (
            <p>
              <Link href={moreHref}>
                {t('collections.more', { count: Math.min(pageSize, total - choices.length) })}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
