import { accountTranslator } from '../../i18n/translate'
import { accountHref } from '../../lib/routes'
import type { FormContext } from './load'
import {
  actionUrl,
  EmailField,
  HiddenFields,
  LanguageField,
  NewPasswordField,
  withLinks,
} from './parts'

export type SignUpPageProps = {
  form: FormContext
  /** Just registered: "Merci" and what happens next, without the form. */
  isRegistered: boolean
  termsVersion: string
  /** The terms of use: the city's own page, or the plugin's. */
  termsHref: string
  /** The privacy policy, when the site has one: without it, its name is not a link. */
  privacyHref?: string
}

export const SignUpPage = ({ form, isRegistered, ...terms }: SignUpPageProps) =>
  isRegistered ? <Registered form={form} /> : <SignUpForm form={form} {...terms} />

const SignUpForm = ({
  form,
  termsVersion,
  termsHref,
  privacyHref,
}: Omit<SignUpPageProps, 'isRegistered'>) => {
  const { locale } = form
  const t = accountTranslator(locale)
  return (
    <>
      <p className="lead">{t('intro.register')}</p>
      <form method="post" action={actionUrl(form, 'register')} className="account-form">
        <HiddenFields form={form} />
        <div>
          <label htmlFor="name">{t('fields.name')}</label>
          <input id="name" name="name" type="text" autoComplete="name" required maxLength={120} />
        </div>
        <EmailField t={t} />
        <NewPasswordField t={t} />
        <LanguageField t={t} value={locale} />
        <label className="check" htmlFor="consent">
          <input id="consent" name="consent" type="checkbox" required />
          <span>
            {withLinks((values) => t('fields.consentTerms', { version: termsVersion, ...values }), {
              terms: { label: t('fields.termsLink'), href: termsHref },
            })}
          </span>
        </label>
        <p className="hint">
          {withLinks((values) => t('fields.privacyNotice', values), {
            privacy: { label: t('fields.privacyLink'), href: privacyHref },
          })}
        </p>
        <button type="submit" className="account-button">
          {t('actions.register')}
        </button>
      </form>
      <p>
        <a href={accountHref(locale, 'login')}>{t('links.toLogin')}</a>
      </p>
    </>
  )
}

/** Under "Merci": what happens next, and no second form (a second try only sends a confusing "someone tried" email). */
const Registered = ({ form }: { form: FormContext }) => {
  const t = accountTranslator(form.locale)
  return (
    <>
      <p>{t('intro.registered')}</p>
      <p>
        <a href={accountHref(form.locale, 'login')}>{t('links.toLoginAfterRegister')}</a>
      </p>
    </>
  )
}
