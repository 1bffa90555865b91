import './petitions.css'

import {
  type PetitionMessageKey,
  type PetitionTranslate,
  petitionTranslator,
} from '../i18n/translate'
import { daysLeft, isSigningOpen } from '../lib/model'
import { petitionHref } from '../lib/routes'
import type { PetitionLocale } from '../types'
import { formatDay } from './format'
import type { PetitionFilters, PetitionSummary } from './load'
import { Progress } from './Progress'

export type SectorOption = { id: number; name: string }

/** "Toute la ville" or "Secteur Nord". */
export const areaLabel = (
  t: PetitionTranslate,
  area: PetitionSummary['area'],
  sectors: SectorOption[],
) =>
  area.kind === 'city'
    ? t('area.city')
    : t('area.sector', { name: sectors.find((s) => s.id === area.sectorId)?.name ?? '—' })

/**
 * The public list: the status and area filters (a GET form, no JavaScript), the petitions open
 * for signing with their count, next threshold and what it triggers, days left and area; then the
 * closed ones with their outcome, and the inadmissible ones with their published reason.
 */
export const PetitionList = ({
  locale,
  petitions,
  sectors,
  filters,
  now = new Date(),
  basePath,
}: {
  locale: PetitionLocale
  petitions: PetitionSummary[]
  sectors: SectorOption[]
  filters: PetitionFilters
  now?: Date
  basePath?: Record<PetitionLocale, string>
}) => {
  const t = petitionTranslator(locale)
  const href = (slug: string) => petitionHref(locale, slug, { base: basePath })
  const groups: { key: string; title: PetitionMessageKey; items: PetitionSummary[] }[] = [
    {
      key: 'ouvertes',
      title: 'list.open',
      items: petitions.filter((p) => p.status === 'signing' && isSigningOpen(p, now)),
    },
    {
      key: 'fermees',
      title: 'list.closed',
      items: petitions.filter(
        (p) => p.status === 'closed' || (p.status === 'signing' && !isSigningOpen(p, now)),
      ),
    },
    {
      key: 'irrecevables',
      title: 'list.inadmissible',
      items: petitions.filter((p) => p.status === 'inadmissible'),
    },
  ]
  return (
    <div className="stack">
      <form
        method="get"
        action={petitionHref(locale, null, { base: basePath })}
        className="petition-filters"
      >
        <fieldset>
          <legend>{t('list.filters')}</legend>
          <p>
            <label htmlFor="petitions-status">{t('list.status')}</label>{' '}
            <select id="petitions-status" name="status" defaultValue={filters.status}>
              <option value="all">{t('list.all')}</option>
              <option value="signing">{t('status.signing')}</option>
              <option value="closed">{t('status.closed')}</option>
              <option value="inadmissible">{t('status.inadmissible')}</option>
            </select>
          </p>
          <p>
            <label htmlFor="petitions-area">{t('list.area')}</label>{' '}
            <select id="petitions-area" name="area" defaultValue={String(filters.area)}>
              <option value="all">{t('list.allAreas')}</option>
              <option value="city">{t('area.city')}</option>
              {sectors.map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {t('area.sector', { name: s.name })}
                </option>
              ))}
            </select>
          </p>
          <button type="submit" className="petition-button">
            {t('list.apply')}
          </button>
        </fieldset>
      </form>
      {petitions.length === 0 ? <p>{t('list.none')}</p> : null}
      {locale !== 'fr' ? (
        <p>
          <a href={petitionHref('fr', null, { base: basePath })} hrefLang="fr">
            {t('list.frenchOnes')}
          </a>
        </p>
      ) : null}
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <section key={g.key} aria-labelledby={`petitions-${g.key}`} className="stack">
            <h2 id={`petitions-${g.key}`}>{t(g.title)}</h2>
            <ul className="item-list">
              {g.items.map((p) => {
                const left = daysLeft(p.closesAt, now)
                return (
                  <li key={p.id} className="card">
                    <h3>
                      <a href={href(p.slug)}>{p.title}</a>
                    </h3>
                    <p className="meta">{areaLabel(t, p.area, sectors)}</p>
                    {g.key === 'ouvertes' ? (
                      <>
                        <Progress t={t} petition={p} id={`petition-${p.id}`} />
                        <p className="meta">
                          {left !== null ? t('count.daysLeft', { days: left }) : null}
                          {p.closesAt
                            ? ` · ${t('count.closesOn', { date: formatDay(locale, p.closesAt) })}`
                            : null}
                        </p>
                      </>
                    ) : null}
                    {g.key === 'fermees' ? (
                      <p>
                        {t('count.signatures', { count: p.count })}
                        {' · '}
                        <strong>
                          {p.thresholdReached || p.thresholds.some((x) => x.isReached)
                            ? t('outcome.reached')
                            : t('outcome.notReached')}
                        </strong>
                        {p.outcomeUrl ? (
                          <>
                            {' · '}
                            <a href={p.outcomeUrl}>
                              {t('outcome.link')}
                              <span className="visually-hidden"> : {p.title}</span>
                            </a>
                          </>
                        ) : null}
                      </p>
                    ) : null}
                    {g.key === 'irrecevables' && p.inadmissibleReason ? (
                      <p>
                        {t('page.inadmissibleReason', {
                          reason: t(`reason.${p.inadmissibleReason}`),
                        })}
                      </p>
                    ) : null}
                  </li>
                )
              })}
            </ul>
          </section>
        ))}
    </div>
  )
}
