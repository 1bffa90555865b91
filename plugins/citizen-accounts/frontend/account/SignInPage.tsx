import { accountTranslator } from '../../i18n/translate'
import { accountHref } from '../../lib/routes'
import type { FormContext } from './load'
import { actionUrl, EmailField, HiddenFields, CurrentPasswordField } from './parts'
import { queryKeys } from './query'

export type SignInPageProps = {
  form: FormContext
  /** Where a successful sign-in leads (already checked), kept across failed tries. */
  returnTo: string | null
  /** The email just confirmed (from a short-lived cookie, never the address), or ''. */
  email: string
}

export const SignInPage = ({ form, returnTo, email }: SignInPageProps) => {
  const { locale } = form
  const t = accountTranslator(locale)
  return (
    <>
      <p className="lead">{t('intro.login')}</p>
      <form method="post" action={actionUrl(form, 'login')} className="account-form">
        <HiddenFields form={form} />
        {returnTo ? <input type="hidden" name={queryKeys.returnTo[0]} value={returnTo} /> : null}
        <EmailField t={t} defaultValue={email} />
        <CurrentPasswordField id="password" name="password" label={t('fields.password')} />
        <button type="submit" className="account-button">
          {t('actions.login')}
        </button>
      </form>
      <p>
        <a href={accountHref(locale, 'forgot')}>{t('links.toForgot')}</a>
      </p>
      <p>
        <a href={accountHref(locale, 'register')}>{t('links.toRegister')}</a>
      </p>
      <p>
        <a href={accountHref(locale, 'sectorAlerts')}>{t('links.toSectorAlerts')}</a>
      </p>
    </>
  )
}
