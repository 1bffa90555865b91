import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { AddressForm } from '@/components/collections/AddressForm'
import { isLocale } from '@/i18n/config'
import { addressScheduleHref, sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import { type AddressMatch, findAddresses } from '@/lib/data/addresses'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { sectionMetadata } from '@/lib/seo/metadata'

// Reads the typed address from the query string: rendered per request. A single match is sent to
// that address's own page, which is cached (./adresse/[id]).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ adresse?: string; id?: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale) ? sectionMetadata(locale, 'collections', getTranslator(locale)('collections.title')) : {}
}

export default async function CollectionsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: sectionHref('fr', 'collections') })
  const t = getTranslator(locale)
  const query = await searchParams
  const typed = typeof query.adresse === 'string' ? query.adresse.trim().slice(0, 100) : ''
  const id = Number(query.id)
  // Older links (?id=123) and a single match go to the address's own, cacheable page.
  if (Number.isInteger(id) && id > 0) redirect(addressScheduleHref(locale, id))
  const choices: AddressMatch[] = typed ? await findAddresses(typed) : []
  if (choices.length === 1 && choices[0]) redirect(addressScheduleHref(locale, choices[0].id))
  return (
    <div className="container stack">
      <h1>{t('collections.title')}</h1>
      <p className="lead">{t('collections.intro')}</p>
      <AddressForm locale={locale} defaultValue={typed} />
      {typed && choices.length === 0 ? <p role="status">{t('collections.noMatch', { query: typed })}</p> : null}
      {choices.length > 1 ? (
        <section aria-labelledby="choix">
          <h2 id="choix">{t('collections.chooseTitle')}</h2>
          <ul>
            {choices.map((choice) => (
              <li key={choice.id}>
                <Link href={addressScheduleHref(locale, choice.id)}>
                  {choice.label} ({choice.postalCode})
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
