import type { ServerComponentProps } from 'payload'

import { installedRequestOptions } from '../frontend/options'
import {
  dashboardDays,
  dashboardScope,
  type DepartmentStats,
  listHref,
  requestStats,
} from '../staff/dashboard'
import { city } from '@engines/city'

const text = {
  fr: {
    title: 'Requêtes des résidents',
    scopeAll: 'Tous les services',
    scopeOne: 'Votre service',
    caption: `Requêtes ouvertes et en retard aujourd’hui ; délai et respect de l’échéance sur les ${dashboardDays} derniers jours.`,
    department: 'Service',
    open: 'Ouvertes',
    overdue: 'En retard',
    resolved: `Résolues (${dashboardDays} j)`,
    median: 'Délai médian',
    onTime: 'Dans les délais',
    none: 'Sans service',
    total: 'Total',
    empty: 'Aucune requête ouverte ni résolue récemment.',
    hours: (n: string) => `${n} h`,
    days: (n: string) => `${n} j`,
    onTimeOf: (rate: string, onTime: number, resolved: number) =>
      `${rate} (${onTime} sur ${resolved})`,
  },
  en: {
    title: 'Residents’ requests',
    scopeAll: 'All departments',
    scopeOne: 'Your department',
    caption: `Open and overdue requests today; time to resolve and on-time rate over the last ${dashboardDays} days.`,
    department: 'Department',
    open: 'Open',
    overdue: 'Overdue',
    resolved: `Resolved (${dashboardDays} d)`,
    median: 'Median time to resolve',
    onTime: 'On time',
    none: 'No department',
    total: 'Total',
    empty: 'No open or recently resolved request.',
    hours: (n: string) => `${n} h`,
    days: (n: string) => `${n} d`,
    onTimeOf: (rate: string, onTime: number, resolved: number) =>
      `${rate} (${onTime} of ${resolved})`,
  },
}

const cell = {
  padding: '0.4rem 0.75rem',
  borderBottom: '1px solid var(--theme-elevation-150)',
  textAlign: 'right' as const,
}

/**
 * The staff dashboard's service-requests panel (before the collection cards), rendered on the
 * server: per department, open and overdue requests, and over the last 30 days the median time
 * to resolve and the on-time rate, computed in Postgres (staff/dashboard) within the viewer's read
 * access: an agent sees their department only, editors nothing. Every figure links to the
 * requests list filtered the same way.
 */
export const StaffDashboard = async ({ payload, user, i18n }: ServerComponentProps) => {
  const options = installedRequestOptions(payload)
  if (!options) return null
  const scope = dashboardScope(options, (user ?? null) as never)
  if (!scope) return null
  const lang = i18n?.language === 'en' ? 'en' : 'fr'
  const t = text[lang]
  const now = new Date()
  const stats = await requestStats({ payload, options, scope, now })
  const ids = stats.map((s) => s.departmentId).filter((id): id is number => id !== null)
  const { docs } = ids.length
    ? await payload.find({
        collection: options.departmentsCollection as 'departments',
        where: { id: { in: ids } },
        locale: lang,
        depth: 0,
        limit: ids.length,
        overrideAccess: true,
        select: { name: true },
      })
    : { docs: [] }
  const names = new Map(docs.map((d) => [d.id, String((d as { name?: string }).name ?? d.id)]))
  const rows = stats
    .filter((s) => (scope.kind === 'all' ? true : !s.isTotal))
    .sort(
      (a, b) =>
        Number(a.isTotal) - Number(b.isTotal) ||
        (names.get(a.departmentId ?? -1) ?? '').localeCompare(
          names.get(b.departmentId ?? -1) ?? '',
          lang,
        ),
    )
  const adminRoute = payload.config.routes.admin
  const number = new Intl.NumberFormat(city.languageTags[lang], {
    maximumFractionDigits: 1,
  })
  const percent = new Intl.NumberFormat(city.languageTags[lang], { style: 'percent' })
  const median = (hours: number | null) =>
    hours === null
      ? '—'
      : hours < 48
        ? t.hours(number.format(hours))
        : t.days(number.format(hours / 24))
  const link = (row: DepartmentStats, filter: 'open' | 'overdue' | 'resolved', label: string) => (
    <a
      href={listHref({
        adminRoute,
        options,
        departmentId: row.isTotal ? undefined : row.departmentId,
        filter,
        now,
      })}
    >
      {label}
    </a>
  )
  return (
    <section aria-labelledby="requetes-tableau" style={{ marginBottom: 'var(--base)' }}>
      <h2 id="requetes-tableau">
        {t.title} — {scope.kind === 'all' ? t.scopeAll : t.scopeOne}
      </h2>
      {rows.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <caption style={{ textAlign: 'left', marginBottom: '0.5rem' }}>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                {t.department}
              </th>
              <th scope="col" style={cell}>
                {t.open}
              </th>
              <th scope="col" style={cell}>
                {t.overdue}
              </th>
              <th scope="col" style={cell}>
                {t.resolved}
              </th>
              <th scope="col" style={cell}>
                {t.median}
              </th>
              <th scope="col" style={cell}>
                {t.onTime}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.isTotal ? 'total' : String(row.departmentId)}
                style={row.isTotal ? { fontWeight: 700 } : undefined}
              >
                <th scope="row" style={{ ...cell, textAlign: 'left' }}>
                  {row.isTotal
                    ? t.total
                    : row.departmentId === null
                      ? t.none
                      : names.get(row.departmentId)}
                </th>
                <td style={cell}>{link(row, 'open', String(row.open))}</td>
                <td style={cell}>{link(row, 'overdue', String(row.overdue))}</td>
                <td style={cell}>{link(row, 'resolved', String(row.resolved))}</td>
                <td style={cell}>
                  {row.resolved ? link(row, 'resolved', median(row.medianHours)) : '—'}
                </td>
                <td style={cell}>
                  {row.resolved
                    ? link(
                        row,
                        'resolved',
                        t.onTimeOf(
                          percent.format(row.onTime / row.resolved),
                          row.onTime,
                          row.resolved,
                        ),
                      )
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
