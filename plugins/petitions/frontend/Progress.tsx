import { type PetitionTranslate } from '../i18n/translate'
import type { PetitionSummary } from './load'

/** The next threshold not yet reached, else the highest one; null when the type has none. */
export const targetOf = (petition: Pick<PetitionSummary, 'thresholds'>) =>
  petition.thresholds.find((t) => !t.isReached) ?? petition.thresholds.at(-1) ?? null

/**
 * The count against the next threshold: a native <progress> (drawn without JavaScript), named by
 * the same sentence shown beside it, and what the threshold triggers.
 */
export const Progress = ({
  t,
  petition,
  id,
}: {
  t: PetitionTranslate
  petition: Pick<PetitionSummary, 'thresholds' | 'count'>
  id: string
}) => {
  const target = targetOf(petition)
  // data-count: the figure for machines (the benchmark's freshness probe), the text for people.
  if (!target)
    return <p data-count={petition.count}>{t('count.signatures', { count: petition.count })}</p>
  const percent = Math.min(100, Math.floor((petition.count / target.signatures) * 100))
  const text = t('count.progress', { count: petition.count, target: target.signatures, percent })
  return (
    <div className="petition-progress" data-count={petition.count}>
      <p id={`${id}-texte`}>{text}</p>
      <progress
        max={target.signatures}
        value={Math.min(petition.count, target.signatures)}
        aria-labelledby={`${id}-texte`}
      >
        {text}
      </progress>
      <p className="meta">
        {t('count.threshold', {
          count: target.signatures,
          trigger: t(`trigger.${target.triggers}`),
        })}
      </p>
    </div>
  )
}
