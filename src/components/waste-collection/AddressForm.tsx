import type { Locale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'

/**
 * "Your address" — a GET form to the collections lookup, which works without JavaScript. The
 * example under the field is an address of the registry (`getExampleAddress`), so it always works.
 */
export const AddressForm = ({
  locale,
  defaultValue = '',
  example,
}: {
  locale: Locale
  defaultValue?: string
  example?: string | null
}) => {
  const t = getTranslator(locale)
  return (
    <form
      method="get"
      action={sectionHref(locale, 'collections')}
      className="filters"
      role="search"
    >
      <div>
        <label htmlFor="adresse">{t('collections.addressLabel')}</label>
        <input
          id="adresse"
          name="address"
          type="text"
          autoComplete="street-address"
          defaultValue={defaultValue}
          maxLength={100}
          aria-describedby="adresse-aide"
          required
        />
        <p id="adresse-aide" className="meta">
          {example ? t('collections.addressExample', { example }) : t('collections.addressHint')}
        </p>
      </div>
      <button type="submit">{t('collections.find')}</button>
    </form>
  )
}
