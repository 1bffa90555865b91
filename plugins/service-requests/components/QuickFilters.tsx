import type { ServerComponentProps } from 'payload'

import { installedRequestOptions } from '../frontend/options'
import { listHref } from '../staff/dashboard'

const text = {
  fr: {
    label: 'Filtres rapides',
    open: 'Ouvertes',
    overdue: 'En retard (échéance passée, encore ouvertes)',
    resolved: 'Résolues ces 30 derniers jours',
    all: 'Toutes',
  },
  en: {
    label: 'Quick filters',
    open: 'Open',
    overdue: 'Overdue (due date passed, still open)',
    resolved: 'Resolved in the last 30 days',
    all: 'All',
  },
}

/**
 * Saved queries above the requests list: "overdue" is a comparison with now, which the list's
 * filter builder cannot keep up to date, so it is a link built at each render (the same links as
 * the dashboard's figures). The list's own access filter still applies.
 */
export const QuickFilters = ({ payload, i18n }: ServerComponentProps) => {
  const lang = i18n?.language === 'en' ? 'en' : 'fr'
  const t = text[lang]
  const options = installedRequestOptions(payload)
  if (!options) return null
  const adminRoute = payload.config.routes.admin
  const now = new Date()
  return (
    <nav
      aria-label={t.label}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', marginBottom: 'var(--base)' }}
    >
      <a href={listHref({ adminRoute, options, filter: 'open', now })}>{t.open}</a>
      <a href={listHref({ adminRoute, options, filter: 'overdue', now })}>{t.overdue}</a>
      <a href={listHref({ adminRoute, options, filter: 'resolved', now })}>{t.resolved}</a>
      <a href={`${adminRoute}/collections/${options.requestsCollection}`}>{t.all}</a>
    </nav>
  )
}
