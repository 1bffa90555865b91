import { petitionTranslator } from '../i18n/translate'
import type { BurstGroup, Bursts } from '../lib/fraud'
import type { PetitionLocale } from '../types'

export type WindowFields = { from: string; to: string; network: string; emailDomain: string }

const fieldStyle = { display: 'grid', gap: '0.25rem' } as const
const inputStyle = { font: 'inherit', minHeight: '2.5rem', padding: '0 0.5rem' } as const

/**
 * The bursts tab from plain data: the period's filter (a GET form), the valid signatures grouped
 * by hour, network and email domain (largest first, counts only), the CSV of counts by sector,
 * and the bulk invalidation form posting to `POST /api/petitions/:id/invalidate` with the same
 * window, a reason and a confirmation.
 */
export const BurstsPanel = ({
  locale,
  here,
  action,
  csvHref,
  window,
  bursts,
  error,
  done,
}: {
  locale: PetitionLocale
  here: string
  action: string
  csvHref: string
  window: WindowFields
  bursts: Bursts
  error: string | null
  done: { count: number; signatures: number } | null
}) => {
  const t = petitionTranslator(locale)
  const errorText = (key: string) =>
    (
      ({
        window: t('staff.bursts.errors.window'),
        reason: t('staff.bursts.errors.reason'),
        confirm: t('staff.bursts.errors.confirm'),
        network: t('staff.bursts.errors.network'),
        emailDomain: t('staff.bursts.errors.emailDomain'),
      }) as Record<string, string>
    )[key] ?? t('staff.unexpected')
  const windowInputs = (prefix: string) => (
    <>
      <label style={fieldStyle}>
        {t('staff.bursts.from')}
        <input
          type="datetime-local"
          name="from"
          id={`${prefix}-from`}
          defaultValue={window.from}
          required
          style={inputStyle}
        />
      </label>
      <label style={fieldStyle}>
        {t('staff.bursts.to')}
        <input
          type="datetime-local"
          name="to"
          id={`${prefix}-to`}
          defaultValue={window.to}
          required
          style={inputStyle}
        />
      </label>
      <label style={fieldStyle}>
        {t('staff.bursts.network')}
        <input
          type="text"
          name="network"
          defaultValue={window.network}
          placeholder="203.0.113.0/24"
          style={inputStyle}
        />
      </label>
      <label style={fieldStyle}>
        {t('staff.bursts.emailDomain')}
        <input
          type="text"
          name="emailDomain"
          defaultValue={window.emailDomain}
          style={inputStyle}
        />
      </label>
    </>
  )
  const table = (id: string, caption: string, groups: BurstGroup[]) => (
    <table key={id} id={id} style={{ borderCollapse: 'collapse', minWidth: '16rem' }}>
      <caption style={{ textAlign: 'start', fontWeight: 600 }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'start' }}>
            {t('staff.bursts.group')}
          </th>
          <th scope="col" style={{ textAlign: 'end' }}>
            {t('staff.bursts.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.key ?? ''}>
            <th scope="row" style={{ textAlign: 'start', fontWeight: 400 }}>
              {g.key ?? t('staff.bursts.unknown')}
            </th>
            <td style={{ textAlign: 'end' }}>{g.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
  return (
    <section
      aria-labelledby="petitions-bursts"
      style={{ paddingBlock: '1.5rem', maxWidth: '60rem' }}
    >
      <h2 id="petitions-bursts">{t('staff.bursts.title')}</h2>
      <p>{t('staff.bursts.intro')}</p>
      {error ? (
        <p role="alert">
          <strong>{errorText(error)}</strong>
        </p>
      ) : null}
      {done ? (
        <p role="status">
          <strong>{t('staff.bursts.done', done)}</strong>
        </p>
      ) : null}
      <form
        method="get"
        action={here}
        style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap', alignItems: 'end' }}
      >
        {windowInputs('show')}
        <button
          type="submit"
          className="btn btn--style-secondary btn--size-medium"
          style={{ margin: 0 }}
        >
          {t('staff.bursts.show')}
        </button>
      </form>
      <p>
        <strong>{t('staff.bursts.total', { count: bursts.total })}</strong>
      </p>
      <div style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap', alignItems: 'start' }}>
        {table('bursts-hour', t('staff.bursts.byHour'), bursts.byHour)}
        {table('bursts-network', t('staff.bursts.byNetwork'), bursts.byNetwork)}
        {table('bursts-domain', t('staff.bursts.byEmailDomain'), bursts.byEmailDomain)}
      </div>
      <p>
        <a href={csvHref} style={{ display: 'inline-block', minHeight: 24 }}>
          {t('staff.bursts.exportCsv')}
        </a>
      </p>
      <h3>{t('staff.bursts.invalidateTitle')}</h3>
      <form method="post" action={action} style={{ display: 'grid', gap: '1rem' }}>
        <p id="invalidate-help">{t('staff.bursts.invalidateIntro')}</p>
        <div style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap' }}>
          {windowInputs('invalidate')}
        </div>
        <label style={fieldStyle}>
          {t('staff.bursts.reason')}
          <textarea
            name="reason"
            required
            maxLength={500}
            rows={3}
            aria-describedby="invalidate-help"
            style={{ font: 'inherit', padding: '0.5rem' }}
          />
        </label>
        <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', minHeight: 24 }}>
          <input
            type="checkbox"
            name="confirm"
            value="1"
            required
            style={{ width: 24, height: 24 }}
          />
          {t('staff.bursts.confirm')}
        </label>
        <div>
          <button
            type="submit"
            className="btn btn--style-primary btn--size-medium"
            style={{ margin: 0 }}
          >
            {t('staff.bursts.submit')}
          </button>
        </div>
      </form>
    </section>
  )
}
