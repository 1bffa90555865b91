import { accountTranslator } from '../../i18n/translate'
import type { FormContext } from './load'
import { actionUrl, HiddenFields, NewPasswordField, CurrentPasswordField } from './parts'

export const SecurityPage = ({ form }: { form: FormContext }) => {
  const t = accountTranslator(form.locale)
  return (
    <>
      <p className="lead">{t('intro.security')}</p>
      <form method="post" action={actionUrl(form, 'change-password')} className="account-form">
        <HiddenFields form={form} />
        <CurrentPasswordField
          id="currentPassword"
          name="currentPassword"
          label={t('fields.currentPassword')}
        />
        <NewPasswordField t={t} id="newPassword" label={t('fields.newPassword')} />
        <button type="submit" className="account-button">
          {t('actions.changePassword')}
        </button>
      </form>
      <form method="post" action={actionUrl(form, 'logout-everywhere')} className="account-form">
        <HiddenFields form={form} />
        <button type="submit" className="account-button account-button-secondary">
          {t('actions.logoutEverywhere')}
        </button>
      </form>
    </>
  )
}
