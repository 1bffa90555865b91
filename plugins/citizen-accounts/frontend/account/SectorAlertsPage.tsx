import { accountTranslator } from '../../i18n/translate'
import type { FormContext } from './load'
import { actionUrl, EmailField, HiddenFields } from './parts'

export type SectorAlertsPageProps = {
  form: FormContext
  /** The city's sectors, by name, in the page's language. */
  sectors: { id: number; name: string }[]
}

/** Sector alerts by email for residents without an account (double opt-in). */
export const SectorAlertsPage = ({ form, sectors }: SectorAlertsPageProps) => {
  const t = accountTranslator(form.locale)
  return (
    <>
      <p className="lead">{t('intro.sectorAlerts')}</p>
      <form method="post" action={actionUrl(form, 'alert-signup')} className="account-form">
        <HiddenFields form={form} />
        <EmailField t={t} />
        <div>
          <label htmlFor="sectorId">{t('fields.sectorChoice')}</label>
          <select id="sectorId" name="sectorId" required defaultValue="">
            <option value="" disabled>
              —
            </option>
            {sectors.map((sector) => (
              <option key={sector.id} value={sector.id}>
                {sector.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="account-button">
          {t('actions.subscribe')}
        </button>
      </form>
    </>
  )
}
