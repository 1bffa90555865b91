import { hasMessage, type PetitionMessageKey, type PetitionTranslate } from '../i18n/translate'
import { normalizeName } from '../lib/model'
import type { PetitionLocale } from '../types'
import type { PetitionDetail, SigningContext } from './load'

/** The block's anchor: the endpoint comes back here with `?status=` or `?error=`. */
export const signAnchor = 'signer'

const known = (prefix: 'done' | 'errors', code: string | undefined) => {
  const key = code ? `${prefix}.${code}` : ''
  return key && hasMessage(key) ? (key as PetitionMessageKey) : null
}

/**
 * Signing, or why one cannot: the form (who signs — the resident or a household member who has
 * not signed yet —, the age declaration, the outcome by email), a withdraw button per signature of
 * the household while signing is open, and the result of the last post. Plain HTML forms posting
 * to the plugin's endpoints; nothing needs JavaScript.
 */
export const SignBlock = ({
  t,
  locale,
  petition,
  context,
  query,
  signInHref,
}: {
  t: PetitionTranslate
  locale: PetitionLocale
  petition: Pick<PetitionDetail, 'id' | 'minimumAge'>
  context: SigningContext
  query: { status?: string; error?: string }
  signInHref: string
}) => {
  const done = known('done', query.status)
  const error = known('errors', query.error)
  const signedMembers = new Set(context.signed.members)
  const people = [
    ...(context.signed.self
      ? []
      : [{ value: '', label: t('sign.self', { name: context.citizenName ?? '' }) }]),
    ...context.household
      .filter((name) => !signedMembers.has(normalizeName(name)))
      .map((name) => ({ value: name, label: t('sign.member', { name }) })),
  ]
  const signers = [
    ...(context.signed.self ? [{ value: '', name: context.citizenName ?? '' }] : []),
    ...context.household
      .filter((name) => signedMembers.has(normalizeName(name)))
      .map((name) => ({ value: name, name })),
  ]
  const isEligible = context.eligibility === 'eligible'
  const hidden = (
    <>
      <input type="hidden" name="csrf" value={context.csrf} />
      <input type="hidden" name="locale" value={locale} />
    </>
  )
  return (
    <section id={signAnchor} aria-labelledby={`${signAnchor}-titre`} className="stack">
      <h2 id={`${signAnchor}-titre`}>{t('sign.title')}</h2>
      {done ? (
        <p role="status" className="petition-message">
          {t(done)}
        </p>
      ) : null}
      {error ? (
        <div role="alert" className="petition-message petition-message-error">
          <p>
            <strong>{t('errors.title')}</strong>
          </p>
          <p>{t(error)}</p>
        </div>
      ) : null}
      {!isEligible ? (
        <p className="petition-message">
          {t('sign.cannot')}{' '}
          {t(`why.${context.eligibility as Exclude<typeof context.eligibility, 'eligible'>}`)}
          {context.eligibility === 'signInRequired' ? (
            <>
              {' '}
              <a href={signInHref}>{t('sign.signIn')}</a>
            </>
          ) : null}
        </p>
      ) : null}
      {isEligible && signers.length > 0 ? (
        <p>{t('sign.signedAs', { names: signers.map((s) => s.name).join(', ') })}</p>
      ) : null}
      {isEligible && people.length > 0 ? (
        <form method="post" action={`/api/petitions/${petition.id}/sign`} className="petition-form">
          {hidden}
          {people.length > 1 ? (
            <fieldset>
              <legend>{t('sign.who')}</legend>
              <p className="meta">{t('sign.memberHint')}</p>
              {people.map((person, index) => (
                <p key={person.value || 'self'}>
                  <input
                    type="radio"
                    name="member"
                    id={`${signAnchor}-membre-${index}`}
                    value={person.value}
                    defaultChecked={index === 0}
                  />{' '}
                  <label htmlFor={`${signAnchor}-membre-${index}`}>{person.label}</label>
                </p>
              ))}
            </fieldset>
          ) : (
            <>
              <input type="hidden" name="member" value={people[0]!.value} />
              <p>{people[0]!.label}</p>
            </>
          )}
          <p>
            <input type="checkbox" name="ageDeclared" value="1" id={`${signAnchor}-age`} required />{' '}
            <label htmlFor={`${signAnchor}-age`}>
              {t('sign.age', { age: petition.minimumAge ?? 0 })}
            </label>
          </p>
          <p>
            <input type="checkbox" name="wantsOutcome" value="1" id={`${signAnchor}-resultat`} />{' '}
            <label htmlFor={`${signAnchor}-resultat`}>{t('sign.wantsOutcome')}</label>
          </p>
          <p className="meta">{t('sign.privacy')}</p>
          <button type="submit" className="petition-button">
            {t('sign.submit')}
          </button>
        </form>
      ) : null}
      {isEligible && signers.length > 0 ? (
        <div className="stack">
          <h3>{t('sign.withdrawTitle')}</h3>
          {signers.map((signer) => (
            <form
              key={signer.value || 'self'}
              method="post"
              action={`/api/petitions/${petition.id}/withdraw`}
            >
              {hidden}
              <input type="hidden" name="member" value={signer.value} />
              <button type="submit" className="petition-button">
                {t('sign.withdraw', { name: signer.name })}
              </button>
            </form>
          ))}
        </div>
      ) : null}
    </section>
  )
}
