import type { AccountTranslate } from '../../i18n/translate'
import type { AccountLocale } from '../../types'
import type { FormContext } from './load'

/** Where a form of the pages posts: one of the plugin's form endpoints. */
export const actionUrl = (form: FormContext, name: string) => `${form.endpointBase}/${name}`

/** The hidden fields every form of the pages sends: the CSRF token and the page's language. */
export const HiddenFields = ({ form }: { form: FormContext }) => (
  <>
    <input type="hidden" name="csrf" value={form.csrf} />
    <input type="hidden" name="locale" value={form.locale} />
  </>
)

/**
 * A translated sentence with links in it: the message holds `{terms}`-style placeholders, each
 * replaced by a link (or by its plain words when the site gave no address for it).
 */
export const withLinks = (
  text: (values: Record<string, string>) => string,
  links: Record<string, { label: string; href?: string }>,
) => {
  const marks = Object.fromEntries(Object.keys(links).map((name) => [name, `\u0000${name}\u0000`]))
  return text(marks)
    .split('\u0000')
    .map((part, i) => {
      const link = i % 2 === 1 ? links[part] : undefined
      if (!link) return part
      return link.href ? (
        <a key={part} href={link.href}>
          {link.label}
        </a>
      ) : (
        link.label
      )
    })
}

export const EmailField = ({ t, defaultValue }: { t: AccountTranslate; defaultValue?: string }) => (
  <div>
    <label htmlFor="email">{t('fields.email')}</label>
    <input
      id="email"
      name="email"
      type="email"
      autoComplete="email"
      required
      maxLength={254}
      defaultValue={defaultValue || undefined}
    />
  </div>
)

/** The password the resident has now (sign-in, changing it, deleting the account). */
export const CurrentPasswordField = ({
  id,
  name,
  label,
}: {
  id: string
  name: string
  label: string
}) => (
  <div>
    <label htmlFor={id}>{label}</label>
    <input
      id={id}
      name={name}
      type="password"
      autoComplete="current-password"
      required
      maxLength={200}
    />
  </div>
)

export const NewPasswordField = ({
  t,
  id = 'password',
  label,
}: {
  t: AccountTranslate
  id?: string
  label?: string
}) => (
  <div>
    <label htmlFor={id}>{label ?? t('fields.password')}</label>
    <input
      id={id}
      name={id}
      type="password"
      autoComplete="new-password"
      required
      minLength={10}
      maxLength={200}
      aria-describedby={`${id}-hint`}
    />
    <p id={`${id}-hint`} className="hint">
      {t('fields.passwordHint')}
    </p>
  </div>
)

export const LanguageField = ({ t, value }: { t: AccountTranslate; value: AccountLocale }) => (
  <div>
    <label htmlFor="preferredLanguage">{t('fields.preferredLanguage')}</label>
    <select id="preferredLanguage" name="preferredLanguage" defaultValue={value}>
      <option value="fr">{t('fields.languages.fr')}</option>
      <option value="en">{t('fields.languages.en')}</option>
    </select>
  </div>
)
