import { accountTranslator, type AccountMessageKey } from '../../i18n/translate'
import type { CitizenSummary } from '../../types'
import type { FormContext } from './load'
import { actionUrl, HiddenFields } from './parts'

export type HouseholdPageProps = {
  form: FormContext
  household: CitizenSummary['household']
  /** The relationships one may choose (the citizens collection's list). */
  relationships: readonly string[]
}

export const HouseholdPage = ({ form, household, relationships }: HouseholdPageProps) => {
  const t = accountTranslator(form.locale)
  return (
    <>
      <p className="lead">{t('intro.household')}</p>
      {household.length ? (
        <ul className="account-household">
          {household.map((member) => (
            <li key={member.id ?? member.firstName}>
              <span>
                {member.firstName} —{' '}
                {t(`fields.relationships.${member.relationship}` as AccountMessageKey)}
              </span>
              <form
                method="post"
                action={actionUrl(form, 'household-remove')}
                className="account-inline"
              >
                <HiddenFields form={form} />
                <input type="hidden" name="memberId" value={member.id ?? ''} />
                <button type="submit" className="account-button account-button-secondary">
                  {t('actions.removeMember', { name: member.firstName })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : null}
      <form method="post" action={actionUrl(form, 'household-add')} className="account-form">
        <HiddenFields form={form} />
        <div>
          <label htmlFor="firstName">{t('fields.firstName')}</label>
          <input
            id="firstName"
            name="firstName"
            type="text"
            autoComplete="off"
            required
            maxLength={50}
          />
        </div>
        <div>
          <label htmlFor="relationship">{t('fields.relationship')}</label>
          <select id="relationship" name="relationship" required defaultValue="child">
            {relationships.map((r) => (
              <option key={r} value={r}>
                {t(`fields.relationships.${r}` as AccountMessageKey)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="account-button">
          {t('actions.addMember')}
        </button>
      </form>
    </>
  )
}
