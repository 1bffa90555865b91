import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import { getDepartments, getSectors } from '@/lib/data/directory'
import { getSiteSettings } from '@/lib/data/siteSettings'
import { telHref } from '@/utilities/telHref'

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getTranslator(locale)
  const [settings, departments, sectors] = await Promise.all([
    getSiteSettings(locale),
    getDepartments(locale),
    getSectors(locale),
  ])
  const { contact } = settings
  return (
    <div className="container stack">
      <section className="hero" aria-labelledby="titre-accueil">
        <h1 id="titre-accueil">{t('home.title', { city: settings.cityName })}</h1>
        {settings.tagline ? <p className="lead">{settings.tagline}</p> : null}
        <p>
          {t('home.welcome')} {t('home.intro')}
        </p>
      </section>

      <section aria-labelledby="titre-adresse" className="card">
        <h2 id="titre-adresse">{t('collections.title')}</h2>
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
              name="adresse"
              type="text"
              autoComplete="street-address"
              maxLength={100}
              required
            />
          </div>
          <button type="submit">{t('collections.find')}</button>
        </form>
      </section>

      <div className="grid">
        <section aria-labelledby="titre-contact" className="card">
          <h2 id="titre-contact">{t('home.contactTitle')}</h2>
          <dl className="contact">
            {contact.phone ? (
              <>
                <dt>{t('home.phone')}</dt>
                <dd>
                  <a href={telHref(contact.phone)}>{contact.phone}</a>
                </dd>
              </>
            ) : null}
            {contact.email ? (
              <>
                <dt>{t('home.email')}</dt>
                <dd>
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </dd>
              </>
            ) : null}
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
