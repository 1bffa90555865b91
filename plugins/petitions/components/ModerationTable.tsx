import { formatDay } from '../frontend/format'
import { petitionTranslator } from '../i18n/translate'
import type { ModerationItem } from '../lib/moderation'
import type { PetitionLocale } from '../types'

/**
 * The greffe's queue from plain data: each petition awaiting a decision, the days since it was
 * submitted and its deadline, "overdue" said in words (and marked, never by colour alone), with a
 * link to the petition's edit form where the decision is taken.
 */
export const ModerationTable = ({
  items,
  locale,
  moderationDays,
  adminRoute,
}: {
  items: ModerationItem[]
  locale: PetitionLocale
  moderationDays: number
  adminRoute: string
}) => {
  const t = petitionTranslator(locale)
  return (
    <section aria-labelledby="petitions-moderation" style={{ marginBlock: '1.5rem' }}>
      <h2 id="petitions-moderation">{t('staff.moderation.title')}</h2>
      <p>{t('staff.moderation.intro', { days: moderationDays })}</p>
      {items.length === 0 ? (
        <p>{t('staff.moderation.empty')}</p>
      ) : (
        <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'start' }}>
                {t('staff.moderation.petition')}
              </th>
              <th scope="col" style={{ textAlign: 'start' }}>
                {t('staff.moderation.submitted')}
              </th>
              <th scope="col" style={{ textAlign: 'end' }}>
                {t('staff.moderation.since')}
              </th>
              <th scope="col" style={{ textAlign: 'start' }}>
                {t('staff.moderation.deadline')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-overdue={item.isOverdue ? 'true' : 'false'}>
                <th scope="row" style={{ textAlign: 'start', paddingBlock: '0.5rem' }}>
                  <a
                    href={`${adminRoute}/collections/petitions/${item.id}`}
                    aria-label={t('staff.moderation.decide', { title: item.title })}
                    style={{ display: 'inline-block', minHeight: '24px' }}
                  >
                    {item.title}
                  </a>
                </th>
                <td>{item.submittedAt ? formatDay(locale, item.submittedAt) : '—'}</td>
                <td style={{ textAlign: 'end' }}>
                  {t('staff.moderation.days', { days: item.days })}
                </td>
                <td>
                  {item.dueAt ? (
                    item.isOverdue ? (
                      <strong>
                        <span aria-hidden="true">⚠ </span>
                        {t('staff.moderation.overdue', { date: formatDay(locale, item.dueAt) })}
                      </strong>
                    ) : (
                      t('staff.moderation.onTime', { date: formatDay(locale, item.dueAt) })
                    )
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
