import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { formatDate, formatDateTime } from '@/i18n/format'
import { sectionHref } from '@/i18n/routes'
import { getTranslator, type MessageKey } from '@/i18n/translate'
import { instantToLocalDate } from '@engines/calendar'
import { getDepartments, getSectors } from '@/lib/data/directory'
import { getEventOccurrences } from '@/lib/data/events'
import { getFeaturedServices } from '@/lib/data/home'
import { getNewsPage } from '@/lib/data/news'
import { getSiteSettings } from '@/lib/data/siteSettings'
import { telHref } from '@/utilities/telHref'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'
import { PhoneAndEmail } from '@/components/PhoneAndEmail'
import { SearchBox } from '@/components/SearchBox'
import { toolLink, topTasks } from '@/lib/tools'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const settings = await getSiteSettings(locale)
  return pageMetadata({
    locale,
    description: getTranslator(locale)('meta.description', { city: settings.cityName }),
    paths: { fr: '/fr', en: '/en' },
  })
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale)
  const t = getTranslator(locale)
  const now = new Date()
  // Only cached reads: the home page is itself served from the cache (the layout's bound).
  // The next events come from the same cached expansion as the events page's default view.
  const [settings, departments, sectors, featured, newsPage, occurrences] = await Promise.all([
    getSiteSettings(locale),
    getDepartments(locale),
    getSectors(locale),
    getFeaturedServices(locale),
    getNewsPage(locale, 1),
    getEventOccurrences(locale, { day: instantToLocalDate(now), days: 92 }),
  ])
  const latestNews = newsPage.items.slice(0, 3)
  const nextEvents = occurrences.filter((o) => new Date(o.end) > now).slice(0, 3)
  const { contact } = settings
  return (
    <div className="container stack">
      <section className="hero" aria-labelledby="titre-accueil">
        <h1 id="titre-accueil">{t('home.title', { city: settings.cityName })}</h1>
        {settings.tagline ? <p className="lead">{settings.tagline}</p> : null}
        <SearchBox locale={locale} id="accueil-recherche" />
      </section>

      <section aria-labelledby="titre-taches">
        <h2 id="titre-taches">{t('home.topTasksTitle')}</h2>
        <ul className="top-task-list">
          {topTasks
            .filter((tool) => tool !== 'search')
            .map((tool) => {
              const link = toolLink(locale, tool)
              return (
                <li key={tool}>
                  {/* Plain links: the form and the account read the visitor's session. */}
                  <a href={link.href}>
                    {link.label}
                    <span>{link.description}</span>
                  </a>
                </li>
              )
            })}
        </ul>
        <p>
          {t('home.welcome')} {t('home.intro')}
        </p>
      </section>

      <section aria-labelledby="titre-adresse" className="card">
        <h2 id="titre-adresse">{t('collections.title')}</h2>
        <p>{t('home.addressIntro')}</p>
        <form
          method="get"
          action={sectionHref(locale, 'collections')}
          className="filters"
          role="search"
        >
          <div>
            <label htmlFor="accueil-adresse">{t('collections.addressLabel')}</label>
            <input
              id="accueil-adresse"
              name="address"
              type="text"
              autoComplete="street-address"
              maxLength={100}
              required
            />
          </div>
          <button type="submit">{t('collections.find')}</button>
        </form>
      </section>

      {featured.length > 0 ? (
        <section aria-labelledby="titre-vedette">
          <h2 id="titre-vedette">{t('home.featuredTitle')}</h2>
          <ul className="home-list">
            {featured.map((service) => (
              <li key={service.id} className="card">
                <h3>
                  {/* No prefetch: a list of links the visitor may never follow. */}
                  <Link href={service.href} prefetch={false}>
                    {service.title}
                  </Link>
                </h3>
                <p>{service.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {latestNews.length > 0 ? (
        <section aria-labelledby="titre-actualites">
          <h2 id="titre-actualites">{t('home.newsTitle')}</h2>
          <ul className="home-list">
            {latestNews.map((item) => (
              <li key={item.id} className="card">
                <h3>
                  <Link href={sectionHref(locale, 'news', item.slug)} prefetch={false}>
                    {item.title}
                  </Link>
                </h3>
                {item.publishedAt ? (
                  <p className="meta">
                    <time dateTime={item.publishedAt}>{formatDate(locale, item.publishedAt)}</time>
                  </p>
                ) : null}
                <p>{item.summary}</p>
              </li>
            ))}
          </ul>
          <p>
            <Link href={sectionHref(locale, 'news')}>{t('home.allNews')}</Link>
          </p>
        </section>
      ) : null}

      {nextEvents.length > 0 ? (
        <section aria-labelledby="titre-evenements">
          <h2 id="titre-evenements">{t('home.eventsTitle')}</h2>
          <ul className="home-list">
            {nextEvents.map((o) => (
              <li key={`${o.id}-${o.start}`} className="card">
                <h3>
                  <Link href={sectionHref(locale, 'events', o.slug)} prefetch={false}>
                    {o.title}
                  </Link>
                </h3>
                <p className="meta">
                  <time dateTime={o.start}>
                    {o.isAllDay ? formatDate(locale, o.start) : formatDateTime(locale, o.start)}
                  </time>{' '}
                  ·{' '}
                  <span className="tag">{t(`events.categories.${o.category}` as MessageKey)}</span>
                </p>
                {o.placeName ? (
                  <p className="meta">{t('events.place', { place: o.placeName })}</p>
                ) : null}
              </li>
            ))}
          </ul>
          <p>
            <Link href={sectionHref(locale, 'events')}>{t('home.allEvents')}</Link>
          </p>
        </section>
      ) : null}

      <div className="grid">
        <section aria-labelledby="titre-contact" className="card">
          <h2 id="titre-contact">{t('home.contactTitle')}</h2>
          <dl className="contact">
            <PhoneAndEmail
              phone={contact.phone}
              email={contact.email}
              labels={{ phone: t('home.phone'), email: t('home.email') }}
            />
            {contact.address ? (
              <>
                <dt>{t('home.address')}</dt>
                <dd className="pre-line">{contact.address}</dd>
              </>
            ) : null}
            {contact.hours ? (
              <>
                <dt>{t('home.hours')}</dt>
                <dd className="pre-line">{contact.hours}</dd>
              </>
            ) : null}
          </dl>
        </section>

        <section aria-labelledby="titre-secteurs" className="card">
          <h2 id="titre-secteurs">{t('home.sectorsTitle')}</h2>
          <p>{t('home.sectorsIntro', { count: sectors.length })}</p>
          <ul>
            {sectors.map((sector) => (
              <li key={sector.id}>{sector.name}</li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="titre-services">
        <h2 id="titre-services">{t('home.departmentsTitle')}</h2>
        <ul className="department-list">
          {departments.map((department) => (
            <li key={department.id} className="card">
              <h3>{department.name}</h3>
              {department.phone ? (
                <p>
                  {t('home.phone')} : <a href={telHref(department.phone)}>{department.phone}</a>
                </p>
              ) : null}
              {department.email ? (
                <p>
                  {t('home.email')} : <a href={`mailto:${department.email}`}>{department.email}</a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
