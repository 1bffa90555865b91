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
  const visitor = context.visitor?.eligibility === 'eligible' ? context.visitor : null
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
      {visitor ? (
        <VisitorForm
          t={t}
          locale={locale}
          petition={petition}
          csrf={context.csrf}
          visitor={visitor}
          signInHref={signInHref}
        />
      ) : null}
      {!isEligible && !visitor ? (
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

/**
 * A visitor without an account signs by email (when the petition's rules allow it): full name,
 * civic address (the registry's matches to choose from when it named several), email, the age
 * and residence declaration, the outcome by email. Posting sends a confirmation link; nothing is
 * counted until it is confirmed.
 */
const VisitorForm = ({
  t,
  locale,
  petition,
  csrf,
  visitor,
  signInHref,
}: {
  t: PetitionTranslate
  locale: PetitionLocale
  petition: Pick<PetitionDetail, 'id' | 'minimumAge'>
  csrf: string
  visitor: NonNullable<SigningContext['visitor']>
  signInHref: string
}) => {
  const id = (name: string) => `${signAnchor}-${name}`
  const { typed, choices } = visitor
  return (
    <div className="stack">
      <p>
        <a href={signInHref}>{t('visitor.signInInstead')}</a>
      </p>
      <h3>{t('visitor.title')}</h3>
      <p>{t('visitor.intro')}</p>
      <form
        method="post"
        action={`/api/petitions/${petition.id}/sign-by-email`}
        className="petition-form"
      >
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="locale" value={locale} />
        <p>
          <label htmlFor={id('nom')}>{t('visitor.fullName')}</label>
          <br />
          <input
            id={id('nom')}
            name="fullName"
            autoComplete="name"
            required
            minLength={3}
            maxLength={120}
            defaultValue={typed.fullName}
          />
        </p>
        <p>
          <label htmlFor={id('adresse')}>{t('visitor.address')}</label>
          <br />
          <span id={id('adresse-aide')} className="meta">
            {t('visitor.addressHint')}
          </span>
          <br />
          <input
            id={id('adresse')}
            name="address"
            autoComplete="street-address"
            aria-describedby={id('adresse-aide')}
            required
            maxLength={200}
            defaultValue={typed.address}
          />
        </p>
        {choices.length > 1 ? (
          <fieldset>
            <legend>{t('visitor.chooseAddress')}</legend>
            {choices.map((choice, index) => (
              <p key={choice.id}>
                <input
                  type="radio"
                  name="addressId"
                  id={id(`adresse-${choice.id}`)}
                  value={choice.id}
                  required
                  defaultChecked={index === 0}
                />{' '}
                <label htmlFor={id(`adresse-${choice.id}`)}>{choice.label}</label>
              </p>
            ))}
          </fieldset>
        ) : null}
        <p>
          <label htmlFor={id('courriel')}>{t('visitor.email')}</label>
          <br />
          <span id={id('courriel-aide')} className="meta">
            {t('visitor.emailHint')}
          </span>
          <br />
          <input
            id={id('courriel')}
            type="email"
            name="email"
            autoComplete="email"
            aria-describedby={id('courriel-aide')}
            required
            maxLength={254}
            defaultValue={typed.email}
          />
        </p>
        <p>
          <input type="checkbox" name="ageDeclared" value="1" id={id('visiteur-age')} required />{' '}
          <label htmlFor={id('visiteur-age')}>
            {t('visitor.age', { age: petition.minimumAge ?? 0 })}
          </label>
        </p>
        <p>
          <input
            type="checkbox"
            name="wantsOutcome"
            value="1"
            id={id('visiteur-resultat')}
            defaultChecked={typed.wantsOutcome}
          />{' '}
          <label htmlFor={id('visiteur-resultat')}>{t('sign.wantsOutcome')}</label>
        </p>
        <p className="meta">{t('sign.privacy')}</p>
        <button type="submit" className="petition-button">
          {t('visitor.submit')}
        </button>
      </form>
    </div>
  )
}
