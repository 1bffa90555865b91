import { accountTranslator } from '../../i18n/translate'
import { accountHref } from '../../lib/routes'
import type { FormContext } from './load'
import { actionUrl, HiddenFields, NewPasswordField } from './parts'

/** The page the new-password email's link opens. Without a token, the way to ask for one. */
export const ResetPasswordPage = ({ form, token }: { form: FormContext; token: string }) => {
  const t = accountTranslator(form.locale)
  if (!token) {
    return (
      <p>
        <a href={accountHref(form.locale, 'forgot')}>{t('links.toForgot')}</a>
      </p>
    )
  }
  return (
    <>
      <p className="lead">{t('intro.reset')}</p>
      <form method="post" action={actionUrl(form, 'reset-password')} className="account-form">
        <HiddenFields form={form} />
        <input type="hidden" name="token" value={token} />
        <NewPasswordField t={t} />
        <button type="submit" className="account-button">
          {t('actions.reset')}
        </button>
      </form>
    </>
  )
}
