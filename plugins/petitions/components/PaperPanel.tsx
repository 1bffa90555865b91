import { petitionTranslator } from '../i18n/translate'
import type { PaperRefusal } from '../lib/paper'
import type { PetitionLocale } from '../types'

export type PaperBatchView = {
  lines: number
  accepted: number
  count: number
  refused: { line: number; reason: PaperRefusal }[]
}

/**
 * The paper entry tab from plain data: why it is closed (an online petition, signing not open),
 * or the form (a textarea of lines, the clerk's declaration) posting to
 * `POST /api/petitions/:id/paper`; above it, the last batch's outcome with its refused lines.
 */
export const PaperPanel = ({
  locale,
  action,
  state,
  error,
  batch,
  maxLines,
}: {
  locale: PetitionLocale
  action: string
  state: 'open' | 'notPaper' | 'notOpen'
  error: string | null
  batch: PaperBatchView | null
  maxLines: number
}) => {
  const t = petitionTranslator(locale)
  const errorText = (key: string) =>
    (
      ({
        notPaper: t('staff.paper.errors.notPaper'),
        notOpen: t('staff.paper.errors.notOpen'),
        empty: t('staff.paper.errors.empty'),
        tooMany: t('staff.paper.errors.tooMany', { max: maxLines }),
        declare: t('staff.paper.errors.declare'),
      }) as Record<string, string>
    )[key] ?? t('staff.unexpected')
  return (
    <section
      aria-labelledby="petitions-paper"
      style={{ paddingBlock: '1.5rem', maxWidth: '48rem' }}
    >
      <h2 id="petitions-paper">{t('staff.paper.title')}</h2>
      {error ? (
        <p role="alert">
          <strong>{errorText(error)}</strong>
        </p>
      ) : null}
      {batch ? (
        <div role="status">
          <p>
            <strong>
              {t('staff.paper.done', {
                accepted: batch.accepted,
                lines: batch.lines,
                count: batch.count,
              })}
            </strong>
          </p>
          {batch.refused.length > 0 ? (
            <>
              <h3>{t('staff.paper.refusedTitle')}</h3>
              <ul>
                {batch.refused.map((r) => (
                  <li key={r.line}>
                    {t('staff.paper.refusedLine', {
                      line: r.line,
                      reason: t(`staff.paper.refusal.${r.reason}`),
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('staff.paper.none')}</p>
          )}
        </div>
      ) : null}
      {state === 'notPaper' ? <p>{t('staff.paper.notPaper')}</p> : null}
      {state === 'notOpen' ? <p>{t('staff.paper.notOpen')}</p> : null}
      {state === 'open' ? (
        <form method="post" action={action} style={{ display: 'grid', gap: '1rem' }}>
          <p id="paper-help">{t('staff.paper.intro')}</p>
          <label style={{ display: 'grid', gap: '0.25rem' }}>
            {t('staff.paper.lines')}
            <textarea
              name="lines"
              required
              rows={15}
              aria-describedby="paper-help"
              spellCheck={false}
              style={{ font: 'inherit', padding: '0.5rem' }}
            />
          </label>
          <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', minHeight: 24 }}>
            <input
              type="checkbox"
              name="declared"
              value="1"
              required
              style={{ width: 24, height: 24 }}
            />
            {t('staff.paper.declare')}
          </label>
          <input type="hidden" name="locale" value={locale} />
          <div>
            <button
              type="submit"
              className="btn btn--style-primary btn--size-medium"
              style={{ margin: 0 }}
            >
              {t('staff.paper.submit')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  )
}
