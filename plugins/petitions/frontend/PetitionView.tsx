import './petitions.css'

import { petitionTranslator } from '../i18n/translate'
import { isSigningOpen } from '../lib/model'
import { petitionHref } from '../lib/routes'
import type { PetitionLocale } from '../types'
import { formatDay } from './format'
import type { PetitionDetail, SigningContext } from './load'
import { areaLabel, type SectorOption } from './PetitionList'
import { Progress } from './Progress'
import { SignBlock } from './SignBlock'

/**
 * A petition's page from plain data: its text in the language it was filed in (marked with `lang`),
 * what it asks, the promoters' public names, the timeline, the count against the next threshold,
 * and the signing block (the form, the withdraw buttons, or why one cannot sign).
 */
export const PetitionView = ({
  locale,
  petition,
  sectors,
  context,
  query,
  signInHref,
  now = new Date(),
  basePath,
}: {
  locale: PetitionLocale
  petition: PetitionDetail
  sectors: SectorOption[]
  /** The visitor's signing context; null on a page that shows no form (closed, inadmissible). */
  context: SigningContext | null
  query: { status?: string; error?: string }
  signInHref: string
  now?: Date
  basePath?: Record<PetitionLocale, string>
}) => {
  const t = petitionTranslator(locale)
  const isOpen = petition.status === 'signing' && isSigningOpen(petition, now)
  const timeline: string[] = []
  if (petition.submittedAt)
    timeline.push(t('timeline.submitted', { date: formatDay(locale, petition.submittedAt) }))
  if (petition.decidedAt)
    timeline.push(
      t(petition.status === 'inadmissible' ? 'timeline.inadmissible' : 'timeline.admissible', {
        date: formatDay(locale, petition.decidedAt),
      }),
    )
  if (petition.opensAt && petition.closesAt)
    timeline.push(
      t('timeline.signing', {
        from: formatDay(locale, petition.opensAt),
        to: formatDay(locale, petition.closesAt),
      }),
    )
  for (const event of petition.reached)
    timeline.push(
      `${t('timeline.thresholdReached', { count: event.signatures })} (${formatDay(locale, event.reachedAt)})`,
    )
  if (petition.closedAt)
    timeline.push(t('timeline.closed', { date: formatDay(locale, petition.closedAt) }))
  if (petition.consultationAt)
    timeline.push(t('timeline.consultation', { date: formatDay(locale, petition.consultationAt) }))
  return (
    <article className="stack" aria-labelledby="petition-titre">
      <p>
        <a href={petitionHref(locale, null, { base: basePath })}>{t('page.back')}</a>
      </p>
      <h1 id="petition-titre" lang={petition.language}>
        {petition.title}
      </h1>
      <p className="meta">
        {areaLabel(t, petition.area, sectors)}
        {petition.typeName ? ` · ${t('page.type', { name: petition.typeName })}` : null}
        {' · '}
        {t('page.filedIn', {
          language: t(petition.language === 'en' ? 'page.languageEn' : 'page.languageFr'),
        })}
      </p>
      {petition.status === 'signing' || petition.status === 'closed' ? (
        <Progress t={t} petition={petition} id="petition-progression" />
      ) : null}
      {petition.status === 'inadmissible' && petition.inadmissibleReason ? (
        <div className="petition-message">
          <p>
            {t('page.inadmissibleReason', { reason: t(`reason.${petition.inadmissibleReason}`) })}
          </p>
          {petition.inadmissibleExplanation ? (
            <p className="pre-line">{petition.inadmissibleExplanation}</p>
          ) : null}
        </div>
      ) : null}
      {petition.status === 'closed' ? (
        <div className="petition-message">
          <p>
            <strong>
              {petition.thresholdReached ? t('outcome.reached') : t('outcome.notReached')}
            </strong>
          </p>
          {petition.outcomeSummary ? <p className="pre-line">{petition.outcomeSummary}</p> : null}
          {petition.outcomeUrl ? (
            <p>
              <a href={petition.outcomeUrl}>{t('outcome.link')}</a>
            </p>
          ) : null}
        </div>
      ) : null}
      <section aria-labelledby="petition-demande" className="stack">
        <h2 id="petition-demande">{t('page.request')}</h2>
        <p className="lead pre-line" lang={petition.language}>
          {petition.request}
        </p>
      </section>
      <section aria-labelledby="petition-texte" className="stack">
        <h2 id="petition-texte">{t('page.text')}</h2>
        <p className="pre-line" lang={petition.language}>
          {petition.text}
        </p>
      </section>
      {isOpen && context ? (
        <SignBlock
          t={t}
          locale={locale}
          petition={petition}
          context={context}
          query={query}
          signInHref={signInHref}
        />
      ) : null}
      <section aria-labelledby="petition-promoteurs" className="stack">
        <h2 id="petition-promoteurs">{t('page.promoters')}</h2>
        {petition.promoters.length ? (
          <ul>
            {petition.promoters.map((p, index) => (
              <li key={index}>
                {p.publicName} ({t(p.role === 'filer' ? 'page.filer' : 'page.contact')})
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('page.noPublicPromoter')}</p>
        )}
      </section>
      {timeline.length ? (
        <section aria-labelledby="petition-etapes" className="stack">
          <h2 id="petition-etapes">{t('page.timeline')}</h2>
          <ol className="petition-timeline">
            {timeline.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  )
}
