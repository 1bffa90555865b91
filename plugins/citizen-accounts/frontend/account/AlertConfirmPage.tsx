import { accountTranslator } from '../../i18n/translate'
import { accountHref } from '../../lib/routes'
import type { FormContext } from './load'
import { actionUrl, HiddenFields } from './parts'

/** The page a sector alert sign-up's emailed link opens: a button confirms it. */
export const AlertConfirmPage = ({ form, token }: { form: FormContext; token: string }) => {
  const t = accountTranslator(form.locale)
  if (!token) {
    return (
      <p>
        <a href={accountHref(form.locale, 'sectorAlerts')}>{t('links.toSectorAlerts')}</a>
      </p>
    )
  }
  return (
    <>
      <p className="lead">{t('intro.alertConfirm')}</p>
      <form method="post" action={actionUrl(form, 'alert-confirm')} className="account-form">
        <HiddenFields form={form} />
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="account-button">
          {t('actions.confirmAlerts')}
        </button>
      </form>
    </>
  )
}
