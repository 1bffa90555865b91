import { accountTranslator } from '../../i18n/translate'
import type { FormContext } from './load'
import { actionUrl, EmailField, HiddenFields } from './parts'

export const ForgotPasswordPage = ({ form }: { form: FormContext }) => {
  const t = accountTranslator(form.locale)
  return (
    <>
      <p className="lead">{t('intro.forgot')}</p>
      <form method="post" action={actionUrl(form, 'forgot-password')} className="account-form">
        <HiddenFields form={form} />
        <EmailField t={t} />
        <button type="submit" className="account-button">
          {t('actions.forgot')}
        </button>
      </form>
    </>
  )
}
