import { accountTranslator } from '../../i18n/translate'
import { accountHref } from '../../lib/routes'
import type { FormContext } from './load'
import { actionUrl, HiddenFields } from './parts'

/**
 * The page the confirmation email's link opens: a button, so a mail scanner following links does
 * not confirm the account. Without a token, the way to the sign-in page.
 */
export const VerifyPage = ({ form, token }: { form: FormContext; token: string }) => {
  const t = accountTranslator(form.locale)
  if (!token) {
    return (
      <p>
        <a href={accountHref(form.locale, 'login')}>{t('links.toLogin')}</a>
      </p>
    )
  }
  return (
    <>
      <p className="lead">{t('intro.verify')}</p>
      <form method="post" action={actionUrl(form, 'verify')} className="account-form">
        <HiddenFields form={form} />
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="account-button">
          {t('actions.verify')}
        </button>
      </form>
    </>
  )
}
