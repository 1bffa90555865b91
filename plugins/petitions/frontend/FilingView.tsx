import './petitions.css'

import { hasMessage, type PetitionMessageKey, petitionTranslator } from '../i18n/translate'
import { filingErrorCodes, type FilingErrorCode, maxContacts } from '../lib/file'
import { petitionHref } from '../lib/routes'
import type { PetitionLocale } from '../types'
import type { FilingContext } from './loadFiling'
import type { SectorOption } from './PetitionList'

type Query = { error?: string; fields?: string; typed?: string; status?: string }

/** What was typed before an error, from the redirect (base64url of the form), or nothing. */
const typedValues = (typed: string | undefined) => {
  if (!typed || typed.length > 8000) return new URLSearchParams()
  try {
    return new URLSearchParams(Buffer.from(typed, 'base64url').toString('utf8'))
  } catch {
    return new URLSearchParams()
  }
}

const fieldErrors = (fields: string | undefined) =>
  new Set(
    (fields ?? '')
      .split(',')
      .filter((f): f is FilingErrorCode => (filingErrorCodes as readonly string[]).includes(f)),
  )

/**
 * Filing a petition, without JavaScript: the form (type, title, text, what is asked, area, the
 * filer's public name and consent, the type's contacts, the age declaration); once saved, the
 * draft with the similar open or recent petitions (signing one of them may be better) and the
 * button that submits it for support. Errors come back in the query string, with what was typed.
 */
export const FilingView = ({
  locale,
  context,
  sectors,
  query,
  signInHref,
  basePath,
}: {
  locale: PetitionLocale
  context: FilingContext
  sectors: SectorOption[]
  query: Query
  signInHref: string
  basePath?: Record<PetitionLocale, string>
}) => {
  const t = petitionTranslator(locale)
  const errors = fieldErrors(query.fields)
  const values = typedValues(query.typed)
  const done = query.status ? `filed.${query.status}` : ''
  const generalKey = query.error
    ? [`fileErrors.${query.error}`, `errors.${query.error}`].find((k) => hasMessage(k))
    : undefined
  const minimumAge = Math.min(...context.types.map((type) => type.minimumAge), 99)
  const contacts = Math.min(maxContacts, Math.max(0, ...context.types.map((type) => type.contacts)))
  const ownSector = sectors.find((s) => s.id === context.sectorId)
  const error = (code: FilingErrorCode) =>
    errors.has(code) ? (
      <p className="petition-message petition-message-error" id={`depot-${code}-erreur`}>
        {t(`fileErrors.fields.${code}`)}
      </p>
    ) : null
  const described = (code: FilingErrorCode) =>
    errors.has(code) ? { 'aria-describedby': `depot-${code}-erreur`, 'aria-invalid': true } : {}
  const hidden = (
    <>
      <input type="hidden" name="csrf" value={context.csrf} />
      <input type="hidden" name="locale" value={locale} />
    </>
  )
  return (
    <div className="stack">
      <p>
        <a href={petitionHref(locale, null, { base: basePath })}>{t('page.back')}</a>
      </p>
      <h1>{t('file.title')}</h1>
      {done && hasMessage(done) ? (
        <p role="status" className="petition-message">
          {t(done as PetitionMessageKey)}
        </p>
      ) : null}
      {generalKey ? (
        <div role="alert" className="petition-message petition-message-error" id="depot-erreurs">
          <p>
            <strong>{t('fileErrors.title')}</strong>
          </p>
          <p>{t(generalKey as PetitionMessageKey)}</p>
        </div>
      ) : null}
      {context.draft ? (
        <section aria-labelledby="depot-projet" className="stack">
          <h2 id="depot-projet">{t('file.draftTitle', { title: context.draft.title })}</h2>
          <p className="pre-line">{context.draft.request}</p>
          {context.draft.status === 'draft' ? (
            <>
              <h3>{t('file.similarTitle')}</h3>
              {context.draft.similar.length ? (
                <>
                  <p>{t('file.similarIntro')}</p>
                  <ul>
                    {context.draft.similar.map((p) => (
                      <li key={p.id}>
                        <a href={petitionHref(locale, p.slug, { base: basePath })}>{p.title}</a> (
                        {t(`status.${p.status}`)})
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>{t('file.noSimilar')}</p>
              )}
              <form method="post" action={`/api/petitions/${context.draft.id}/submit-draft`}>
                {hidden}
                <button type="submit" className="petition-button">
                  {t('file.submitDraft')}
                </button>
              </form>
            </>
          ) : context.draft.support ? (
            <section aria-labelledby="depot-appuis" className="stack">
              <h3 id="depot-appuis">{t('share.title')}</h3>
              <p className="petition-message">{t('file.supporting')}</p>
              <p>{t('share.intro', { quorum: context.draft.support.quorum })}</p>
              <div className="petition-progress">
                <p id="depot-appuis-compte">
                  {t('share.count', {
                    count: context.draft.support.count,
                    quorum: context.draft.support.quorum,
                  })}
                </p>
                <progress
                  max={context.draft.support.quorum}
                  value={Math.min(context.draft.support.count, context.draft.support.quorum)}
                  aria-labelledby="depot-appuis-compte"
                />
              </div>
              {context.draft.support.shareUrl ? (
                <p>
                  <label htmlFor="depot-lien-appui">{t('share.linkLabel')}</label>
                  <input
                    id="depot-lien-appui"
                    type="url"
                    readOnly
                    value={context.draft.support.shareUrl}
                  />
                </p>
              ) : null}
            </section>
          ) : (
            <p className="petition-message">{t('share.submitted')}</p>
          )}
        </section>
      ) : context.eligibility !== 'eligible' ? (
        <p className="petition-message">
          {t('file.cannot')} {t(`why.${context.eligibility}`)}
          {context.eligibility === 'signInRequired' ? (
            <>
              {' '}
              <a href={signInHref}>{t('sign.signIn')}</a>
            </>
          ) : null}
        </p>
      ) : (
        <>
          <p>{t('file.intro', { age: minimumAge })}</p>
          <form method="post" action="/api/petitions/file" className="petition-form">
            {hidden}
            <fieldset>
              <legend>{t('file.type')}</legend>
              {error('type')}
              {context.types.map((type, index) => (
                <p key={type.id}>
                  <input
                    type="radio"
                    name="type"
                    id={`depot-type-${type.id}`}
                    value={String(type.id)}
                    defaultChecked={
                      values.get('type') ? values.get('type') === String(type.id) : index === 0
                    }
                  />{' '}
                  <label htmlFor={`depot-type-${type.id}`}>{type.name}</label>{' '}
                  <span className="meta">
                    {t('file.typeHint', { contacts: type.contacts, age: type.minimumAge })}
                  </span>
                </p>
              ))}
            </fieldset>
            <p>
              <label htmlFor="depot-title">{t('file.titleLabel')}</label>
              <input
                id="depot-title"
                name="title"
                required
                minLength={5}
                maxLength={160}
                defaultValue={values.get('title') ?? ''}
                {...described('title')}
              />
            </p>
            {error('title')}
            <p>
              <label htmlFor="depot-request">{t('file.requestLabel')}</label>
              <textarea
                id="depot-request"
                name="request"
                required
                rows={3}
                maxLength={2000}
                defaultValue={values.get('request') ?? ''}
                {...described('request')}
              />
            </p>
            {error('request')}
            <p>
              <label htmlFor="depot-text">{t('file.textLabel')}</label>
              <textarea
                id="depot-text"
                name="text"
                required
                rows={10}
                maxLength={10000}
                defaultValue={values.get('text') ?? ''}
                {...described('text')}
              />
            </p>
            {error('text')}
            <fieldset>
              <legend>{t('file.area')}</legend>
              <p className="meta">{t('file.areaHint')}</p>
              {error('area')}
              <p>
                <input
                  type="radio"
                  name="area"
                  id="depot-area-city"
                  value="city"
                  defaultChecked={(values.get('area') ?? 'city') === 'city'}
                />{' '}
                <label htmlFor="depot-area-city">{t('area.city')}</label>
              </p>
              {ownSector ? (
                <p>
                  <input
                    type="radio"
                    name="area"
                    id="depot-area-sector"
                    value={String(ownSector.id)}
                    defaultChecked={values.get('area') === String(ownSector.id)}
                  />{' '}
                  <label htmlFor="depot-area-sector">
                    {t('area.sector', { name: ownSector.name })}
                  </label>
                </p>
              ) : null}
            </fieldset>
            <fieldset>
              <legend>{t('file.filer')}</legend>
              <p>
                <label htmlFor="depot-filer">{t('file.filerName')}</label>
                <input
                  id="depot-filer"
                  name="filerName"
                  required
                  maxLength={120}
                  defaultValue={values.get('filerName') ?? ''}
                  {...described('filerName')}
                />
              </p>
              {error('filerName')}
              <p>
                <input
                  type="checkbox"
                  name="filerConsent"
                  value="1"
                  id="depot-filer-consent"
                  defaultChecked={values.get('filerConsent') === '1'}
                />{' '}
                <label htmlFor="depot-filer-consent">{t('file.consent')}</label>
              </p>
            </fieldset>
            {contacts > 0 ? (
              <fieldset>
                <legend>{t('file.contacts')}</legend>
                <p className="meta">{t('file.contactsHint')}</p>
                {error('contacts')}
                {Array.from({ length: contacts }, (_, i) => i + 1).map((n) => (
                  <div key={n} className="stack">
                    <p>
                      <label htmlFor={`depot-contact-${n}`}>{t('file.contactName', { n })}</label>
                      <input
                        id={`depot-contact-${n}`}
                        name={`contact${n}Name`}
                        maxLength={120}
                        defaultValue={values.get(`contact${n}Name`) ?? ''}
                      />
                    </p>
                    <p>
                      <input
                        type="checkbox"
                        name={`contact${n}Consent`}
                        value="1"
                        id={`depot-contact-${n}-consent`}
                        defaultChecked={values.get(`contact${n}Consent`) === '1'}
                      />{' '}
                      <label htmlFor={`depot-contact-${n}-consent`}>
                        {t('file.contactConsent', { n })}
                      </label>
                    </p>
                  </div>
                ))}
              </fieldset>
            ) : null}
            <p>
              <input type="checkbox" name="ageDeclared" value="1" id="depot-age" required />{' '}
              <label htmlFor="depot-age">{t('file.age')}</label>
            </p>
            {error('ageNotDeclared')}
            <button type="submit" className="petition-button">
              {t('file.submit')}
            </button>
          </form>
        </>
      )}
    </div>
  )
}
