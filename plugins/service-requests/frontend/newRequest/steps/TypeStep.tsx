import { requestTranslator } from '../../../i18n/translate'
import { newRequestHref } from '../../../requests/routes'
import type { RequestTypeChoice, StepFrame } from '../types'
import { Buttons, HiddenFields } from './StepForm'

export type TypeStepProps = {
  frame: StepFrame
  /** The types the search left (all of them without a search). */
  types: RequestTypeChoice[]
  /** The search words, as typed. */
  query: string
  isSignedIn: boolean
  /** The draft's type, once chosen. */
  selectedTypeId: number | null
  /** A type's code from the address (`?type=pothole`), used when there is no draft yet. */
  preselected: string
  /** The sign-in link that comes back to this step (undefined when signed in or without accounts). */
  signInHref?: string
}

/**
 * The first step. `preselected` is a type's code from the address (`?type=pothole`): a service page's
 * "Faire la demande" opens the form with its type chosen, the resident only confirms.
 */
export const TypeStep = ({
  frame,
  types,
  query,
  isSignedIn,
  selectedTypeId,
  preselected,
  signInHref,
}: TypeStepProps) => {
  const { locale, draftKey } = frame
  const t = requestTranslator(locale)
  const groups = [...new Set(types.map((type) => type.group ?? ''))]
  return (
    <>
      <p className="lead">{t('form.intro')}</p>
      <p>
        <strong>{t('form.emergency')}</strong>
      </p>
      {!isSignedIn && signInHref ? (
        <p>
          {t('form.signInHint')} <a href={signInHref}>{t('form.signIn')}</a>
        </p>
      ) : null}
      <form method="get" action={newRequestHref(locale)} role="search" className="filters">
        {draftKey ? <input type="hidden" name="draft" value={draftKey} /> : null}
        <div>
          <label htmlFor="q">{t('form.searchType')}</label>
          <input id="q" name="q" type="search" defaultValue={query} maxLength={60} />
        </div>
        <button type="submit">{t('form.searchTypeButton')}</button>
      </form>
      {types.length === 0 ? <p role="status">{t('form.noTypeMatch', { query })}</p> : null}
      {types.length > 0 ? (
        <form method="post" action={frame.action} className="stack">
          <HiddenFields frame={frame} />
          <fieldset className="stack">
            <legend>{t('form.chooseType')}</legend>
            {groups.map((group) => (
              <div key={group} className="stack">
                {group ? <h2>{group}</h2> : null}
                {types
                  .filter((type) => (type.group ?? '') === group)
                  .map((type) => {
                    // Said at the first step, before anything is written: this type needs an account.
                    const needsAccount = !type.allowAnonymous && !isSignedIn
                    return (
                      <div key={type.id} className="request-choice">
                        <input
                          type="radio"
                          id={`type-${type.id}`}
                          name="typeId"
                          value={type.id}
                          required
                          defaultChecked={
                            draftKey
                              ? selectedTypeId === type.id
                              : Boolean(preselected) && preselected === type.code
                          }
                          aria-describedby={
                            type.description || needsAccount ? `type-${type.id}-aide` : undefined
                          }
                        />{' '}
                        <label htmlFor={`type-${type.id}`}>{type.name}</label>
                        {type.description || needsAccount ? (
                          <p id={`type-${type.id}-aide`} className="meta">
                            {type.description}
                            {needsAccount ? (
                              <>
                                {type.description ? ' ' : ''}
                                <strong>{t('form.anonymousNotAllowed')}</strong>
                              </>
                            ) : null}
                          </p>
                        ) : null}
                      </div>
                    )
                  })}
              </div>
            ))}
          </fieldset>
          <Buttons frame={frame} isFirst />
        </form>
      ) : null}
    </>
  )
}
