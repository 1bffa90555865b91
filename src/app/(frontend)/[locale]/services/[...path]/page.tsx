import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { RichText } from '@/components/RichText'
import { isLocale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import { getServiceByPath, serviceHref } from '@/lib/data/services'
import { telHref } from '@/utilities/telHref'
import { getServicePaths } from '@/lib/data/bySlug'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'
import { PhoneAndEmail } from '@/components/PhoneAndEmail'
import { newRequestHref } from '@plugins/service-requests/frontend'

type Props = { params: Promise<{ locale: string; path: string[] }> }

export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, path } = await params
  if (!isLocale(locale)) return {}
  const data = await getServiceByPath(locale, path)
  if (!data) return {}
  const { id, title, summary } = data.service
  return pageMetadata({
    locale,
    title,
    description: summary,
    type: 'article',
    paths: await getServicePaths(id),
  })
}

export default async function ServicePage({ params }: Props) {
  const { locale, path } = await params
  if (!isLocale(locale)) notFound()
  const data = await getServiceByPath(locale, path)
  if (!data) notFound()
  await requirePublishedLocale(locale, {
    frenchPath: (await getServicePaths(data.service.id)).fr ?? '/fr/services',
  })
  const t = getTranslator(locale)
  const { service, breadcrumbs, children } = data
  const contact = service.contact ?? {}
  const hasContact = Boolean(contact.phone || contact.email || contact.place)
  const faq = service.faq ?? []
  // The online step this service describes, done by the 311 form with its type chosen.
  const requestType =
    service.requestType &&
    typeof service.requestType === 'object' &&
    service.requestType.active !== false
      ? service.requestType
      : null
  return (
    <article className="container stack">
      <nav aria-label={t('services.breadcrumb')} className="breadcrumbs">
        <ol>
          <li>
            <Link href={`/${locale}`}>{t('services.home')}</Link>
          </li>
          <li>
            <Link href={sectionHref(locale, 'services')}>{t('services.title')}</Link>
          </li>
          {breadcrumbs.map((crumb, index) =>
            index === breadcrumbs.length - 1 ? (
              <li key={crumb.url}>
                <Link href={serviceHref(locale, crumb.url)} aria-current="page">
                  {crumb.label}
                </Link>
              </li>
            ) : (
              <li key={crumb.url}>
                <Link href={serviceHref(locale, crumb.url)}>{crumb.label}</Link>
              </li>
            ),
          )}
        </ol>
      </nav>
      <div className="prose stack">
        <h1>{service.title}</h1>
        <p className="lead">{service.summary}</p>
        {service.body ? <RichText data={service.body} stepsLabel={t('services.steps')} /> : null}
        {requestType ? (
          <p className="service-cta">
            {/* A plain link: the form reads the visitor's session. */}
            <a className="call-to-action" href={newRequestHref(locale, { type: requestType.code })}>
              {t('services.cta')}
            </a>{' '}
            <span className="meta">{t('services.ctaIntro', { type: requestType.name })}</span>
          </p>
        ) : null}
      </div>
      {faq.length > 0 ? (
        <section aria-labelledby="faq" className="prose faq">
          <h2 id="faq">{t('services.faq')}</h2>
          {faq.map((item, index) => (
            <details key={item.id ?? index}>
              <summary>{item.question}</summary>
              <p>{item.answer}</p>
            </details>
          ))}
        </section>
      ) : null}
      {service.documents.length > 0 ? (
        <section aria-labelledby="documents" className="prose">
          <h2 id="documents">{t('services.documents')}</h2>
          <ul>
            {service.documents.map((doc) =>
              doc.url ? (
                <li key={doc.id}>
                  <a href={doc.url}>{doc.alt || doc.filename}</a>
                </li>
              ) : null,
            )}
          </ul>
        </section>
      ) : null}
      {service.hours || hasContact || service.department ? (
        <section aria-labelledby="joindre" className="card prose">
          <h2 id="joindre">{t('services.contact')}</h2>
          <dl className="contact">
            {service.department ? (
              <>
                <dt>{t('services.department')}</dt>
                <dd>{service.department.name}</dd>
              </>
            ) : null}
            <PhoneAndEmail
              phone={contact.phone}
              email={contact.email}
              labels={{ phone: t('services.phone'), email: t('services.email') }}
            />
            {contact.place ? (
              <>
                <dt>{t('services.place')}</dt>
                <dd>{contact.place}</dd>
              </>
            ) : null}
            {service.hours ? (
              <>
                <dt>{t('services.hours')}</dt>
                <dd className="pre-line">{service.hours}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}
      {children.length > 0 ? (
        <section aria-labelledby="sous-services" className="stack">
          <h2 id="sous-services">{t('services.inSection')}</h2>
          <ul className="item-list">
            {children.map((child) => (
              <li key={child.id} className="card">
                <h3>
                  <Link href={serviceHref(locale, child.path)}>{child.title}</Link>
                </h3>
                <p>{child.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
