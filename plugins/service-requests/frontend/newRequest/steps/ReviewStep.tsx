import type { AnswerValue, Question } from '../../../form/answers'
import { requestTranslator } from '../../../i18n/translate'
import type { Point } from '../../../places/map'
import type { NearbyRequest } from '../../../form/steps'
import { type FormStep, newRequestHref } from '../../../requests/routes'
import { MeTooForm } from '../../MeTooForm'
import { formatDay } from '../../options'
import { placeText } from '../../placeText'
import type { StepFrame } from '../types'
import type { DraftPhotoView } from './PhotosStep'
import { Buttons, HiddenFields } from './StepForm'

export type ReviewStepProps = {
  frame: StepFrame
  typeName: string
  description: string
  /** The draft's civic address, when it has one. */
  addressLabel: string | null
  /** The place's point (the address's, or the draft's own), its sector and nearest address. */
  point: Point | null
  pointSector: string | null
  nearLabel: string | null
  takesPhotos: boolean
  photos: DraftPhotoView[]
  questions: Question[]
  answers: Record<string, AnswerValue>
  /** "Déjà signalé près d'ici ?": open requests of the same type nearby. */
  nearby: NearbyRequest[]
  /** The "me too" endpoint. */
  meTooAction: string
  /** The signed-in citizen's email, or null for an anonymous resident. */
  citizenEmail: string | null
  canSendAnonymously: boolean
  /** The sign-in link that comes back to this step (undefined when signed in or without accounts). */
  signInHref?: string
}

export const ReviewStep = ({
  frame,
  typeName,
  description,
  addressLabel,
  point,
  pointSector,
  nearLabel,
  takesPhotos,
  photos,
  questions,
  answers,
  nearby,
  meTooAction,
  citizenEmail,
  canSendAnonymously,
  signInHref,
}: ReviewStepProps) => {
  const { locale, draftKey } = frame
  const t = requestTranslator(locale)
  const returnTo = newRequestHref(locale, { draft: draftKey ?? undefined, step: 'review' })
  const answerText = (q: Question) => {
    const v = answers[q.code]
    const values = (Array.isArray(v) ? v : v ? [v] : []).filter(Boolean)
    if (!values.length) return t('form.none')
    return values
      .map((value) => q.choices?.find((c) => c.value === value)?.label ?? value)
      .join(', ')
  }
  const editLink = (step: FormStep) =>
    newRequestHref(locale, { draft: draftKey ?? undefined, step })
  return (
    <>
      {nearby.length ? (
        <section aria-labelledby="deja-signale" className="stack request-nearby">
          <h2 id="deja-signale">{t('form.nearbyTitle')}</h2>
          <p>{t('form.nearbyHint')}</p>
          <ul className="request-public-list">
            {nearby.map((r) => (
              <li key={r.trackingNumber}>
                <p>
                  <strong>{r.trackingNumber}</strong> — {r.typeName}
                  {locale === 'fr' ? ' : ' : ': '}
                  {t(`statuses.${r.status}`)}
                </p>
                <p className="meta">
                  {t('public.received', { date: formatDay(locale, r.createdAt) })}
                  {r.street || r.nearStreet ? ` — ${placeText(t, r)}` : ''}
                  {r.sectorName ? ` — ${r.sectorName}` : ''} —{' '}
                  {t('public.followers', { count: r.followers })}
                </p>
                <MeTooForm
                  t={t}
                  action={meTooAction}
                  locale={locale}
                  trackingNumber={r.trackingNumber}
                  returnTo={returnTo}
                  isFollowed={r.isFollowed}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form method="post" action={frame.action} className="stack">
        <HiddenFields frame={frame} />
        <dl>
          <dt>{t('form.summaryType')}</dt>
          <dd>
            {typeName}{' '}
            <a href={editLink('type')}>
              {t('form.change')}
              <span className="visually-hidden"> — {t('form.summaryType')}</span>
            </a>
          </dd>
          <dt>{t('form.summaryDescription')}</dt>
          <dd>
            <span className="request-text">{description}</span>{' '}
            <a href={editLink('details')}>
              {t('form.change')}
              <span className="visually-hidden"> — {t('form.summaryDescription')}</span>
            </a>
          </dd>
          <dt>{t('form.summaryLocation')}</dt>
          <dd>
            {addressLabel ??
              (point
                ? nearLabel
                  ? t('form.pointLabelNear', { sector: pointSector ?? '', address: nearLabel })
                  : t('form.pointLabel', { sector: pointSector ?? '' })
                : t('form.none'))}{' '}
            <a href={editLink('location')}>
              {t('form.change')}
              <span className="visually-hidden"> — {t('form.summaryLocation')}</span>
            </a>
          </dd>
          {takesPhotos ? (
            <>
              <dt>{t('form.summaryPhotos')}</dt>
              <dd>
                {photos.length ? (
                  <ul className="request-photos">
                    {photos.map((photo, i) => (
                      <li key={photo.id}>
                        <img src={photo.src} alt={t('form.photoAlt', { n: i + 1 })} width={160} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <>{t('form.noPhotos')} </>
                )}
                <a href={editLink('photos')}>
                  {t('form.change')}
                  <span className="visually-hidden"> — {t('form.summaryPhotos')}</span>
                </a>
              </dd>
            </>
          ) : null}
          {questions.length ? (
            <>
              <dt>{t('form.summaryAnswers')}</dt>
              <dd>
                <ul>
                  {questions.map((q) => (
                    <li key={q.code}>
                      {q.label} : {answerText(q)}
                    </li>
                  ))}
                </ul>
                <a href={editLink('questions')}>
                  {t('form.change')}
                  <span className="visually-hidden"> — {t('form.summaryAnswers')}</span>
                </a>
              </dd>
            </>
          ) : null}
        </dl>
        {citizenEmail ? (
          <p>{t('form.signedInAs', { email: citizenEmail })}</p>
        ) : canSendAnonymously ? (
          <>
            {signInHref ? (
              <p>
                {t('form.reviewSignInHint')} <a href={signInHref}>{t('form.signIn')}</a>
              </p>
            ) : null}
            <fieldset className="stack">
              <legend>{t('form.yourContact')}</legend>
              <p className="meta">{t('form.contactHint')}</p>
              <div>
                <label htmlFor="name">{t('form.name')}</label>
                <input id="name" name="name" type="text" autoComplete="name" maxLength={120} />
              </div>
              <div>
                <label htmlFor="email">{t('form.email')}</label>
                <input id="email" name="email" type="email" autoComplete="email" maxLength={254} />
              </div>
              <div>
                <label htmlFor="phone">{t('form.phone')}</label>
                <input id="phone" name="phone" type="tel" autoComplete="tel" maxLength={30} />
              </div>
            </fieldset>
          </>
        ) : (
          <p role="alert">
            {t('errors.anonymousNotAllowed')}{' '}
            {signInHref ? <a href={signInHref}>{t('form.signIn')}</a> : null}
          </p>
        )}
        <Buttons frame={frame} isLast />
      </form>
    </>
  )
}
