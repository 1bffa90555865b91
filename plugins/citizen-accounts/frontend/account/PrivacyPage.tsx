import { accountTranslator } from '../../i18n/translate'
import type { FormContext } from './load'
import { actionUrl, HiddenFields, CurrentPasswordField } from './parts'

/** Law 25: download one's data (JSON or CSV), delete one's account (password-confirmed). */
export const PrivacyPage = ({ form }: { form: FormContext }) => {
  const t = accountTranslator(form.locale)
  return (
    <>
      <p className="lead">{t('intro.privacy')}</p>
      <section aria-labelledby="exporter" className="stack">
        <h2 id="exporter">{t('privacy.exportTitle')}</h2>
        <form method="post" action={actionUrl(form, 'export')} className="account-form">
          <HiddenFields form={form} />
          <input type="hidden" name="format" value="json" />
          <button type="submit" className="account-button account-button-secondary">
            {t('privacy.exportJson')}
          </button>
        </form>
        <form method="post" action={actionUrl(form, 'export')} className="account-form">
          <HiddenFields form={form} />
          <input type="hidden" name="format" value="csv" />
          <button type="submit" className="account-button account-button-secondary">
            {t('privacy.exportCsv')}
          </button>
        </form>
      </section>
      <section aria-labelledby="supprimer" className="stack">
        <h2 id="supprimer">{t('privacy.deleteTitle')}</h2>
        <p>{t('privacy.deleteWarning')}</p>
        <form method="post" action={actionUrl(form, 'delete-account')} className="account-form">
          <HiddenFields form={form} />
          <CurrentPasswordField
            id="delete-password"
            name="password"
            label={t('privacy.deletePassword')}
          />
          <button type="submit" className="account-button">
            {t('privacy.deleteAction')}
          </button>
        </form>
      </section>
    </>
  )
}
