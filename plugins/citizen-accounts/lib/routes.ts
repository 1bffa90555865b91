import type { AccountLocale } from '../types'

/** The account's pages and their URL segment in each language, under /fr/mon-dossier and /en/my-account. */
export const accountPages = {
  dashboard: { fr: '', en: '' },
  register: { fr: 'inscription', en: 'register' },
  login: { fr: 'connexion', en: 'sign-in' },
  verify: { fr: 'confirmation', en: 'verify' },
  forgot: { fr: 'mot-de-passe-oublie', en: 'forgot-password' },
  reset: { fr: 'nouveau-mot-de-passe', en: 'reset-password' },
  profile: { fr: 'profil', en: 'profile' },
  household: { fr: 'menage', en: 'household' },
  security: { fr: 'securite', en: 'security' },
  preferences: { fr: 'alertes', en: 'alerts' },
  privacy: { fr: 'confidentialite', en: 'privacy' },
  sectorAlerts: { fr: 'alertes-secteur', en: 'sector-alerts' },
  alertConfirm: { fr: 'confirmer-alertes', en: 'confirm-alerts' },
  terms: { fr: 'conditions', en: 'terms' },
} as const satisfies Record<string, Record<AccountLocale, string>>

export type AccountPage = keyof typeof accountPages

export const accountBase = { fr: 'mon-dossier', en: 'my-account' } as const

/** Pages shown to anonymous visitors; every other page needs a signed-in, verified citizen. */
export const publicPages: readonly AccountPage[] = [
  'register',
  'login',
  'verify',
  'forgot',
  'reset',
  'sectorAlerts',
  'alertConfirm',
  'terms',
]

export const accountHref = (
  locale: AccountLocale,
  page: AccountPage,
  query?: Record<string, string>,
) => {
  const segment = accountPages[page][locale]
  const path = `/${locale}/${accountBase[locale]}${segment ? `/${segment}` : ''}`
  const search = query ? new URLSearchParams(query).toString() : ''
  return search ? `${path}?${search}` : path
}

/** The page a URL segment names, in either language (English URLs are rewritten onto the French folder). */
export const pageFromSegment = (segment: string | undefined): AccountPage | null => {
  if (!segment) return 'dashboard'
  for (const [page, segments] of Object.entries(accountPages)) {
    if (segment && (segments.fr === segment || segments.en === segment)) return page as AccountPage
  }
  return null
}
