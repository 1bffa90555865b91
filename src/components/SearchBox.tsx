import type { Locale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import { maxQueryLength } from '@/lib/search/query'
import { city } from '@engines/city'

type Props = { locale: Locale; id: string }

/** The prominent site search of the home page and the 404 page: a GET form, no JavaScript. */
export const SearchBox = ({ locale, id }: Props) => {
  const t = getTranslator(locale)
  return (
    <form
      method="get"
      action={sectionHref(locale, 'search')}
      role="search"
      className="search-hero"
      lang={city.languageTags[locale]}
    >
      <label htmlFor={id}>{t('search.heroLabel')}</label>
      <input
        id={id}
        type="search"
        name="q"
        maxLength={maxQueryLength}
        autoComplete="off"
        aria-describedby={`${id}-aide`}
      />
      <button type="submit">{t('search.submit')}</button>
      <p id={`${id}-aide`} className="meta">
        {t('search.heroHint')}
      </p>
    </form>
  )
}
