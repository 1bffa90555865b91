import type { ReactNode } from 'react'

import { accountTranslator, type AccountMessageKey, hasMessage } from '../../i18n/translate'
import { accountHref, type AccountPage as Page } from '../../lib/routes'
import type { FormContext } from './load'
import { actionUrl, HiddenFields } from './parts'

/** Error codes that only tell a signed-out visitor what to do: shown as a notice, not in red. */
const noticeErrors = ['loginRequired']

/** The pages of the account's navigation, in order. */
const navPages = [
  'dashboard',
  'profile',
  'preferences',
  'household',
  'security',
  'privacy',
] as const

export type AccountLayoutProps = {
  page: Page
  form: FormContext
  /** Signed in: the account's navigation and the sign-out button. */
  isSignedIn: boolean
  /** A `status.*` key the form endpoint came back with; an unknown one shows nothing. */
  status: string
  /** An `errors.*` key the form endpoint came back with; an unknown one shows nothing. */
  error: string
  children: ReactNode
}

/** What every page of "Mon dossier" has: its title, the navigation once signed in, the form's answer. */
export const AccountLayout = ({
  page,
  form,
  isSignedIn,
  status,
  error,
  children,
}: AccountLayoutProps) => {
  const t = accountTranslator(form.locale)
  // Said to a visitor who is not signed in yet: information, drawn as such (still announced).
  const isNotice = noticeErrors.includes(error)
  return (
    <div className="container stack">
      <h1>{t(`pages.${page}`)}</h1>
      {isSignedIn ? <AccountNav form={form} current={page} /> : null}
      {status && hasMessage(`status.${status}`) ? (
        <p role="status" className="account-message">
          {t(`status.${status}` as AccountMessageKey)}
        </p>
      ) : null}
      {error && hasMessage(`errors.${error}`) ? (
        <p
          role="alert"
          className={isNotice ? 'account-message' : 'account-message account-message-error'}
        >
          {t(`errors.${error}` as AccountMessageKey)}
        </p>
      ) : null}
      {children}
    </div>
  )
}

const AccountNav = ({ form, current }: { form: FormContext; current: Page }) => {
  const t = accountTranslator(form.locale)
  return (
    <nav aria-label={t('nav.accountNav')} className="account-nav">
      <ul>
        {navPages.map((page) => (
          <li key={page}>
            <a
              href={accountHref(form.locale, page)}
              aria-current={page === current ? 'page' : undefined}
            >
              {t(`nav.${page}`)}
            </a>
          </li>
        ))}
        <li>
          <form method="post" action={actionUrl(form, 'logout')} className="account-inline">
            <HiddenFields form={form} />
            <button type="submit" className="account-button account-button-secondary">
              {t('nav.logout')}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  )
}
