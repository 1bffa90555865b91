import { accountTranslator } from '../../i18n/translate'
import { accountHref } from '../../lib/routes'
import type { CitizenSummary } from '../../types'
import type { AddressChoice, FormContext } from './load'
import { actionUrl, HiddenFields, LanguageField } from './parts'
import { queryKeys } from './query'

export type ProfilePageProps = {
  form: FormContext
  summary: Pick<CitizenSummary, 'name' | 'phone' | 'preferredLanguage' | 'addressLabel'>
  sectorName: string | null
  /** The address typed in the search, '' before any search. */
  query: string
  /** The registry's addresses matching it. */
  choices: AddressChoice[]
}

/**
 * Name, phone and language in one form; the address in two steps without script: a search (a GET
 * form, so the page comes back with its matches), then the choice among them.
 */
export const ProfilePage = ({ form, summary, sectorName, query, choices }: ProfilePageProps) => {
  const { locale } = form
  const t = accountTranslator(locale)
  return (
    <>
      <form method="post" action={actionUrl(form, 'profile')} className="account-form">
        <HiddenFields form={form} />
        <div>
          <label htmlFor="name">{t('fields.name')}</label>
          <input
            id="name"
            name="name"
            type="text"
            autoComplete="name"
            required
            maxLength={120}
            defaultValue={summary.name}
          />
        </div>
        <div>
          <label htmlFor="phone">{t('fields.phone')}</label>
          <input
            id="phone"
            name="phone"
            type="tel"
            autoComplete="tel"
            maxLength={30}
            defaultValue={summary.phone ?? ''}
          />
        </div>
        <LanguageField t={t} value={summary.preferredLanguage} />
        <button type="submit" className="account-button">
          {t('actions.save')}
        </button>
      </form>
      <section aria-labelledby="adresse-titre" className="stack">
        <h2 id="adresse-titre">{t('fields.address')}</h2>
        <p>
          {summary.addressLabel
            ? t('fields.currentAddress', { address: summary.addressLabel })
            : t('fields.noAddress')}
          {sectorName ? <> · {t('fields.sector', { sector: sectorName })}</> : null}
        </p>
        <form
          method="get"
          action={accountHref(locale, 'profile')}
          className="account-form"
          role="search"
        >
          <div>
            <label htmlFor="adresse">{t('fields.address')}</label>
            <input
              id="adresse"
              name={queryKeys.address[0]}
              type="text"
              autoComplete="street-address"
              required
              maxLength={100}
              defaultValue={query}
              aria-describedby="adresse-aide"
            />
            <p id="adresse-aide" className="hint">
              {t('fields.addressHint')}
            </p>
          </div>
          <button type="submit" className="account-button account-button-secondary">
            {t('actions.searchAddress')}
          </button>
        </form>
        {query && choices.length === 0 ? <p role="status">{t('errors.addressNotFound')}</p> : null}
        {choices.length ? (
          <form method="post" action={actionUrl(form, 'address')} className="account-form">
            <HiddenFields form={form} />
            <fieldset>
              <legend>{t('fields.chooseAddress')}</legend>
              {choices.map((choice, index) => (
                <label key={choice.id} className="check" htmlFor={`adresse-${choice.id}`}>
                  <input
                    id={`adresse-${choice.id}`}
                    type="radio"
                    name="addressId"
                    value={choice.id}
                    defaultChecked={index === 0}
                    required
                  />
                  <span>
                    {choice.label}
                    {choice.postalCode ? ` (${choice.postalCode})` : ''}
                  </span>
                </label>
              ))}
            </fieldset>
            <button type="submit" className="account-button">
              {t('actions.useAddress')}
            </button>
          </form>
        ) : null}
      </section>
    </>
  )
}
