import './petitions.css'

import { hasMessage, type PetitionMessageKey, petitionTranslator } from '../i18n/translate'
import { petitionHref } from '../lib/routes'
import type { PetitionLocale } from '../types'
import type { SupportContext } from './loadSupport'
import { areaLabel, type SectorOption } from './PetitionList'

/** The block's anchor: the support endpoint comes back here with `?status=` or `?error=`. */
export const supportAnchor = 'appui'

const known = (prefix: 'support.done' | 'support.errors', code: string | undefined) => {
  const key = code ? `${prefix}.${code}` : ''
  return key && hasMessage(key) ? (key as PetitionMessageKey) : null
}

/**
 * A draft reached by its share link, from plain data: its text in the language it was filed in,
 * what it asks, the promoters' public names, the supports against the quorum (a native
 * <progress> named by its text), and the support form (the age declaration) or why one cannot
 * support it. A plain HTML form posting to the plugin's endpoint; nothing needs JavaScript.
 */
export const SupportView = ({
  locale,
  context,
  sectors,
  query,
  signInHref,
  basePath,
}: {
  locale: PetitionLocale
  context: SupportContext
  sectors: SectorOption[]
  query: { status?: string; error?: string }
  signInHref: string
  basePath?: Record<PetitionLocale, string>
}) => {
  const t = petitionTranslator(locale)
  const { petition } = context
  const done = known('support.done', query.status)
  const error = known('support.errors', query.error)
  const countText = t('support.count', { count: petition.supports, quorum: petition.quorum })
  const minimumAge = petition.rules?.minimumAge ?? 15
  return (
    <article className="stack" aria-labelledby="appui-petition-titre">
      <p>
        <a href={petitionHref(locale, null, { base: basePath })}>{t('page.back')}</a>
      </p>
      <h1 id="appui-petition-titre" lang={petition.language}>
        {petition.title}
      </h1>
      <p className="meta">{areaLabel(t, petition.area, sectors)}</p>
      <p className="petition-message">{t('support.notice')}</p>
      <section aria-labelledby="appui-demande" className="stack">
        <h2 id="appui-demande">{t('page.request')}</h2>
        <p className="lead pre-line" lang={petition.language}>
          {petition.request}
        </p>
      </section>
      <section aria-labelledby="appui-texte" className="stack">
        <h2 id="appui-texte">{t('page.text')}</h2>
        <p className="pre-line" lang={petition.language}>
          {petition.text}
        </p>
      </section>
      {petition.promoters.length ? (
        <section aria-labelledby="appui-promoteurs" className="stack">
          <h2 id="appui-promoteurs">{t('page.promoters')}</h2>
          <ul>
            {petition.promoters.map((p, i) => (
              <li key={i}>
                {p.publicName} ({t(`page.${p.role}`)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section id={supportAnchor} aria-labelledby={`${supportAnchor}-titre`} className="stack">
        <h2 id={`${supportAnchor}-titre`}>{t('support.title')}</h2>
        <div className="petition-progress">
          <p id={`${supportAnchor}-compte`}>{countText}</p>
          <progress
            max={petition.quorum}
            value={Math.min(petition.supports, petition.quorum)}
            aria-labelledby={`${supportAnchor}-compte`}
          >
            {countText}
          </progress>
        </div>
        {done ? (
          <p role="status" className="petition-message">
            {t(done)}
          </p>
        ) : null}
        {error ? (
          <div role="alert" className="petition-message petition-message-error">
            <p>
              <strong>{t('support.errors.title')}</strong>
            </p>
            <p>{t(error)}</p>
          </div>
        ) : null}
        {context.eligibility !== 'eligible' ? (
          <p className="petition-message">
            {t('support.cannot')} {t(`support.why.${context.eligibility}`)}
            {context.eligibility === 'signInRequired' ? (
              <>
                {' '}
                <a href={signInHref}>{t('support.signIn')}</a>
              </>
            ) : null}
          </p>
        ) : context.hasSupported ? (
          done ? null : (
            <p className="petition-message">{t('support.alreadySupported')}</p>
          )
        ) : (
          <form
            method="post"
            action={`/api/petitions/${petition.id}/support`}
            className="petition-form"
          >
            <input type="hidden" name="csrf" value={context.csrf} />
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="token" value={context.token} />
            <p>
              <input
                type="checkbox"
                name="ageDeclared"
                value="1"
                id={`${supportAnchor}-age`}
                required
              />{' '}
              <label htmlFor={`${supportAnchor}-age`}>
                {t('support.age', { age: minimumAge })}
              </label>
            </p>
            <p className="meta">{t('support.privacy')}</p>
            <button type="submit" className="petition-button">
              {t('support.submit')}
            </button>
          </form>
        )}
      </section>
    </article>
  )
}
