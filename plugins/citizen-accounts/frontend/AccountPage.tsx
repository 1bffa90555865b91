import './account.css'

import { unstable_cache } from 'next/cache'
import { notFound, redirect } from 'next/navigation'
import type { Payload } from 'payload'
import type { ReactNode } from 'react'

import { relationships } from '../collections/Citizens'
import {
  accountTranslator,
  type AccountMessageKey,
  type AccountTranslate,
  hasMessage,
} from '../i18n/translate'
import { createCsrfToken } from '../lib/csrf'
import { type CitizenUser, csrfBinding } from '../lib/endpointKit'
import { loginEmailCookie, safeReturnPath } from '../lib/returnTo'
import { accountHref, type AccountPage as Page, pageFromSegment, publicPages } from '../lib/routes'
import type { AccountLocale, CitizenSummary, DashboardSection, ResolvedOptions } from '../types'
import { accountOptions, getCitizenSummary, getSignedInCitizen } from './citizen'
import { parseCookies } from 'payload/shared'

export type AddressChoice = { id: number; label: string; postalCode?: string | null }

export type AccountPageProps = {
  locale: AccountLocale
  /** The URL segments after /mon-dossier (French or English). */
  segments?: string[]
  searchParams: Record<string, string | string[] | undefined>
  payload: Payload
  headers: Headers
  /** The app's address lookup (accent-insensitive, civic number first); the default searches labels. */
  findAddresses?: (query: string) => Promise<AddressChoice[]>
  /** Dashboard sections the app adds for this request (collection days, notices…), beside the plugin options'. */
  sections?: DashboardSection[]
}

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

/** The page title, for generateMetadata. */
export const accountPageTitle = (locale: AccountLocale, segments?: string[]) => {
  const page = segments && segments.length > 1 ? null : pageFromSegment(segments?.[0])
  return page ? accountTranslator(locale)(`pages.${page}`) : null
}

/**
 * Every page of "Mon dossier", rendered on the server for each request (never cached: it reads the
 * session cookie). Forms post to the plugin's endpoints and come back here with ?status or ?error.
 */
export const AccountPage = async ({
  locale,
  segments,
  searchParams,
  payload,
  headers,
  findAddresses,
  sections = [],
}: AccountPageProps) => {
  const page = segments && segments.length > 1 ? null : pageFromSegment(segments?.[0])
  if (!page) notFound()
  const options = accountOptions(payload)
  const t = accountTranslator(locale)
  const citizen = await getSignedInCitizen(payload, headers)
  const isPublic = publicPages.includes(page)
  const retour = safeReturnPath(one(searchParams.retour))
  // Signed out: the sign-in page, which comes back here afterwards (a notice, not an error).
  if (!isPublic && !citizen)
    redirect(
      accountHref(locale, 'login', {
        error: 'loginRequired',
        ...(page === 'dashboard' ? {} : { retour: accountHref(locale, page) }),
      }),
    )
  if (citizen && (page === 'login' || page === 'register'))
    redirect(retour ?? accountHref(locale, 'dashboard'))
  const csrf = createCsrfToken(payload.secret, csrfBinding(citizen))
  const status = one(searchParams.status)
  const error = one(searchParams.error)
  // Said to a visitor who is not signed in yet: information, drawn as such (still announced).
  const isNotice = noticeErrors.includes(error)
  const hidden = (
    <>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="locale" value={locale} />
    </>
  )
  const ctx: Ctx = {
    t,
    locale,
    options,
    hidden,
    action: (name: string) => `/api${options.endpointPath.replace(/^\/api/, '')}/${name}`,
  }
  const summary = citizen ? await getCitizenSummary(payload, citizen) : null
  return (
    <div className="container stack">
      <h1>{t(`pages.${page}`)}</h1>
      {summary ? <AccountNav ctx={ctx} current={page} /> : null}
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
      {page === 'register' ? (
        status === 'registered' ? (
          <Registered ctx={ctx} />
        ) : (
          <RegisterForm ctx={ctx} />
        )
      ) : null}
      {page === 'login' ? (
        <LoginForm ctx={ctx} retour={retour} email={cookieValue(headers, loginEmailCookie)} />
      ) : null}
      {page === 'verify' ? (
        <TokenForm ctx={ctx} token={one(searchParams.token)} kind="verify" />
      ) : null}
      {page === 'forgot' ? <ForgotForm ctx={ctx} /> : null}
      {page === 'reset' ? (
        <TokenForm ctx={ctx} token={one(searchParams.token)} kind="reset" />
      ) : null}
      {page === 'dashboard' && summary ? (
        <Dashboard
          ctx={ctx}
          citizen={citizen!}
          summary={summary}
          payload={payload}
          sections={[...options.dashboardSections, ...sections]}
        />
      ) : null}
      {page === 'profile' && summary ? (
        <Profile
          ctx={ctx}
          summary={summary}
          payload={payload}
          query={one(searchParams.adresse).trim().slice(0, 100)}
          findAddresses={findAddresses}
        />
      ) : null}
      {page === 'household' && summary ? <Household ctx={ctx} summary={summary} /> : null}
      {page === 'security' && summary ? <Security ctx={ctx} /> : null}
      {page === 'privacy' && summary ? <Privacy ctx={ctx} /> : null}
      {page === 'sectorAlerts' ? <SectorAlerts ctx={ctx} payload={payload} /> : null}
      {page === 'alertConfirm' ? <AlertConfirm ctx={ctx} token={one(searchParams.token)} /> : null}
      {page === 'preferences' && summary ? (
        <Preferences ctx={ctx} payload={payload} citizenId={summary.id} />
      ) : null}
      {page === 'terms' ? <Terms ctx={ctx} /> : null}
    </div>
  )
}

type Ctx = {
  t: AccountTranslate
  locale: AccountLocale
  options: ResolvedOptions
  hidden: ReactNode
  action: (name: string) => string
}

/** Error codes that only tell a signed-out visitor what to do: shown as a notice, not in red. */
const noticeErrors = ['loginRequired']

const cookieValue = (headers: Headers, name: string) => {
  const raw = parseCookies(headers).get(name)
  if (!raw) return ''
  try {
    return decodeURIComponent(raw).slice(0, 254)
  } catch {
    return ''
  }
}

/**
 * A translated sentence with links in it: the message holds `{terms}`-style placeholders, each
 * replaced by a link (or by its plain words when the site gave no address for it).
 */
const withLinks = (
  text: (values: Record<string, string>) => string,
  links: Record<string, { label: string; href?: string }>,
) => {
  const marks = Object.fromEntries(Object.keys(links).map((name) => [name, `\u0000${name}\u0000`]))
  return text(marks)
    .split('\u0000')
    .map((part, i) => {
      const link = i % 2 === 1 ? links[part] : undefined
      if (!link) return part
      return link.href ? (
        <a key={part} href={link.href}>
          {link.label}
        </a>
      ) : (
        link.label
      )
    })
}

const AccountNav = ({ ctx, current }: { ctx: Ctx; current: Page }) => {
  const { t, locale } = ctx
  const links = ['dashboard', 'profile', 'preferences', 'household', 'security', 'privacy'] as const
  return (
    <nav aria-label={t('nav.accountNav')} className="account-nav">
      <ul>
        {links.map((page) => (
          <li key={page}>
            <a
              href={accountHref(locale, page)}
              aria-current={page === current ? 'page' : undefined}
            >
              {t(`nav.${page}`)}
            </a>
          </li>
        ))}
        <li>
          <form method="post" action={ctx.action('logout')} className="account-inline">
            {ctx.hidden}
            <button type="submit" className="account-button account-button-secondary">
              {t('nav.logout')}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  )
}

const EmailField = ({ t, defaultValue }: { t: AccountTranslate; defaultValue?: string }) => (
  <div>
    <label htmlFor="email">{t('fields.email')}</label>
    <input
      id="email"
      name="email"
      type="email"
      autoComplete="email"
      required
      maxLength={254}
      defaultValue={defaultValue || undefined}
    />
  </div>
)

const NewPasswordField = ({
  t,
  id = 'password',
  label,
}: {
  t: AccountTranslate
  id?: string
  label?: string
}) => (
  <div>
    <label htmlFor={id}>{label ?? t('fields.password')}</label>
    <input
      id={id}
      name={id}
      type="password"
      autoComplete="new-password"
      required
      minLength={10}
      maxLength={200}
      aria-describedby={`${id}-hint`}
    />
    <p id={`${id}-hint`} className="hint">
      {t('fields.passwordHint')}
    </p>
  </div>
)

const RegisterForm = ({ ctx }: { ctx: Ctx }) => {
  const { t, locale } = ctx
  return (
    <>
      <p className="lead">{t('intro.register')}</p>
      <form method="post" action={ctx.action('register')} className="account-form">
        {ctx.hidden}
        <div>
          <label htmlFor="name">{t('fields.name')}</label>
          <input id="name" name="name" type="text" autoComplete="name" required maxLength={120} />
        </div>
        <EmailField t={t} />
        <NewPasswordField t={t} />
        <LanguageField t={t} value={locale} />
        <label className="check" htmlFor="consent">
          <input id="consent" name="consent" type="checkbox" required />
          <span>
            {withLinks(
              (values) =>
                t('fields.consentTerms', { version: ctx.options.termsVersion, ...values }),
              {
                terms: {
                  label: t('fields.termsLink'),
                  href: ctx.options.legalPages.terms?.[locale] ?? accountHref(locale, 'terms'),
                },
              },
            )}
          </span>
        </label>
        <p className="hint">
          {withLinks((values) => t('fields.privacyNotice', values), {
            privacy: {
              label: t('fields.privacyLink'),
              href: ctx.options.legalPages.privacy?.[locale],
            },
          })}
        </p>
        <button type="submit" className="account-button">
          {t('actions.register')}
        </button>
      </form>
      <p>
        <a href={accountHref(locale, 'login')}>{t('links.toLogin')}</a>
      </p>
    </>
  )
}

/** Under "Merci": what happens next, and no second form (a second try only sends a confusing "someone tried" email). */
const Registered = ({ ctx }: { ctx: Ctx }) => {
  const { t, locale } = ctx
  return (
    <>
      <p>{t('intro.registered')}</p>
      <p>
        <a href={accountHref(locale, 'login')}>{t('links.toLoginAfterRegister')}</a>
      </p>
    </>
  )
}

/**
 * The citizen account's terms of use, versioned with the consent each resident gives
 * (`termsVersion`). A city that keeps them as a page of its own site sets `legalPages.terms`.
 */
const Terms = ({ ctx }: { ctx: Ctx }) => {
  const { t, locale } = ctx
  return (
    <>
      <p className="lead">{t('terms.version', { version: ctx.options.termsVersion })}</p>
      {(['service', 'commitments', 'data', 'alerts', 'changes'] as const).map((part) => (
        <p key={part}>{t(`terms.${part}`)}</p>
      ))}
      <p>
        <a href={accountHref(locale, 'register')}>{t('links.toRegister')}</a>
      </p>
    </>
  )
}

const LanguageField = ({ t, value }: { t: AccountTranslate; value: AccountLocale }) => (
  <div>
    <label htmlFor="preferredLanguage">{t('fields.preferredLanguage')}</label>
    <select id="preferredLanguage" name="preferredLanguage" defaultValue={value}>
      <option value="fr">{t('fields.languages.fr')}</option>
      <option value="en">{t('fields.languages.en')}</option>
    </select>
  </div>
)

const LoginForm = ({ ctx, retour, email }: { ctx: Ctx; retour: string | null; email: string }) => {
  const { t, locale } = ctx
  return (
    <>
      <p className="lead">{t('intro.login')}</p>
      <form method="post" action={ctx.action('login')} className="account-form">
        {ctx.hidden}
        {retour ? <input type="hidden" name="retour" value={retour} /> : null}
        <EmailField t={t} defaultValue={email} />
        <div>
          <label htmlFor="password">{t('fields.password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={200}
          />
        </div>
        <button type="submit" className="account-button">
          {t('actions.login')}
        </button>
      </form>
      <p>
        <a href={accountHref(locale, 'forgot')}>{t('links.toForgot')}</a>
      </p>
      <p>
        <a href={accountHref(locale, 'register')}>{t('links.toRegister')}</a>
      </p>
      <p>
        <a href={accountHref(locale, 'sectorAlerts')}>{t('links.toSectorAlerts')}</a>
      </p>
    </>
  )
}

const ForgotForm = ({ ctx }: { ctx: Ctx }) => {
  const { t } = ctx
  return (
    <>
      <p className="lead">{t('intro.forgot')}</p>
      <form method="post" action={ctx.action('forgot-password')} className="account-form">
        {ctx.hidden}
        <EmailField t={t} />
        <button type="submit" className="account-button">
          {t('actions.forgot')}
        </button>
      </form>
    </>
  )
}

/** The page an emailed link opens: confirm the address, or choose a new password. */
const TokenForm = ({ ctx, token, kind }: { ctx: Ctx; token: string; kind: 'verify' | 'reset' }) => {
  const { t, locale } = ctx
  if (!token) {
    return (
      <p>
        <a href={accountHref(locale, kind === 'verify' ? 'login' : 'forgot')}>
          {t(kind === 'verify' ? 'links.toLogin' : 'links.toForgot')}
        </a>
      </p>
    )
  }
  return (
    <>
      <p className="lead">{t(kind === 'verify' ? 'intro.verify' : 'intro.reset')}</p>
      <form
        method="post"
        action={ctx.action(kind === 'verify' ? 'verify' : 'reset-password')}
        className="account-form"
      >
        {ctx.hidden}
        <input type="hidden" name="token" value={token.slice(0, 200)} />
        {kind === 'reset' ? <NewPasswordField t={t} /> : null}
        <button type="submit" className="account-button">
          {t(kind === 'verify' ? 'actions.verify' : 'actions.reset')}
        </button>
      </form>
    </>
  )
}

/** A sector's name, the same for every resident of the sector: cached per sector and language. */
const sectorName = async (payload: Payload, locale: AccountLocale, id: number | null) => {
  if (!id) return null
  return unstable_cache(
    async () => {
      const doc = await payload.findByID({
        collection: 'sectors',
        id,
        locale,
        depth: 0,
        overrideAccess: false,
        disableErrors: true,
      })
      return doc ? String((doc as { name?: string }).name ?? '') : null
    },
    ['citizen-accounts:sector-name', String(id), locale],
    { revalidate: 3600 },
  )()
}

const Dashboard = async ({
  ctx,
  citizen,
  summary,
  payload,
  sections,
}: {
  ctx: Ctx
  citizen: CitizenUser
  summary: CitizenSummary
  payload: Payload
  sections: DashboardSection[]
}) => {
  const { t, locale } = ctx
  const ordered = [...sections].sort((a, b) => (a.order ?? 100) - (b.order ?? 100))
  // Every block at once: the sections' own reads (my requests, my answers) run side by side, and
  // what is the sector's (collection days, notices, its name) comes from per-sector caches.
  const [rendered, sector] = await Promise.all([
    Promise.all(
      ordered.map(async (s) => ({
        key: s.key,
        node: await s.render({ citizen: summary, locale, payload }),
      })),
    ),
    sectorName(payload, locale, summary.sectorId),
  ])
  const alerts = alertChoices(citizen)
  return (
    <>
      <p className="lead">{t('dashboard.welcome', { name: summary.name })}</p>
      {/* Nothing is sent by default: a new resident is told so, and where to choose. */}
      {!alerts.isAnyOn ? (
        <section aria-labelledby="choisir-alertes" className="card stack">
          <h2 id="choisir-alertes">{t('dashboard.alertsTitle')}</h2>
          <p>{t('dashboard.alertsNone')}</p>
          <p>
            <a href={accountHref(locale, 'preferences')}>{t('dashboard.alertsLink')}</a>
          </p>
        </section>
      ) : null}
      {summary.addressLabel ? (
        <p>
          {t('fields.currentAddress', { address: summary.addressLabel })}
          {sector ? <> · {t('fields.sector', { sector })}</> : null}
        </p>
      ) : (
        <section aria-labelledby="sans-adresse" className="card">
          <h2 id="sans-adresse">{t('dashboard.noAddressTitle')}</h2>
          <p>{t('dashboard.noAddress')}</p>
          <p>
            <a href={accountHref(locale, 'profile')}>{t('dashboard.profileLink')}</a>
          </p>
        </section>
      )}
      {rendered.map(({ key, node }) => (node ? <div key={key}>{node}</div> : null))}
    </>
  )
}

/**
 * What the citizen asked to receive. Alerts go out only with a topic (a notice kind, a news
 * category or the collection reminder) and a channel: with either missing, nothing is on.
 */
const alertChoices = (citizen: CitizenUser) => {
  // The record the session check read: the choices are in it.
  const doc = citizen as unknown as {
    alertTopics?: string[] | null
    alertChannels?: string[] | null
    newsTopics?: string[] | null
  }
  const hasTopic = (doc.alertTopics ?? []).length > 0 || (doc.newsTopics ?? []).length > 0
  return { ...doc, isAnyOn: hasTopic && (doc.alertChannels ?? []).length > 0 }
}

const defaultFindAddresses = (payload: Payload, slug: string) => async (query: string) => {
  const { docs } = await payload.find({
    collection: slug as 'addresses',
    where: { label: { like: query } },
    limit: 10,
    depth: 0,
    overrideAccess: false,
  })
  return docs.map((d) => ({
    id: d.id,
    label: String((d as { label?: string }).label ?? ''),
    postalCode: (d as { postalCode?: string }).postalCode,
  }))
}

const Profile = async ({
  ctx,
  summary,
  payload,
  query,
  findAddresses,
}: {
  ctx: Ctx
  summary: CitizenSummary
  payload: Payload
  query: string
  findAddresses?: (query: string) => Promise<AddressChoice[]>
}) => {
  const { t, locale } = ctx
  const choices = query
    ? await (findAddresses ?? defaultFindAddresses(payload, ctx.options.addressesCollection))(query)
    : []
  const sector = await sectorName(payload, locale, summary.sectorId)
  return (
    <>
      <form method="post" action={ctx.action('profile')} className="account-form">
        {ctx.hidden}
        <div>
          <label htmlFor="name">{t('fields.name')}</label>
          <input
            id="name"
            name="name"
            type="text"
            autoComplete="name"
            required
            maxLength={120}
            defaultValue={summary.name}
          />
        </div>
        <div>
          <label htmlFor="phone">{t('fields.phone')}</label>
          <input
            id="phone"
            name="phone"
            type="tel"
            autoComplete="tel"
            maxLength={30}
            defaultValue={summary.phone ?? ''}
          />
        </div>
        <LanguageField t={t} value={summary.preferredLanguage} />
        <button type="submit" className="account-button">
          {t('actions.save')}
        </button>
      </form>
      <section aria-labelledby="adresse-titre" className="stack">
        <h2 id="adresse-titre">{t('fields.address')}</h2>
        <p>
          {summary.addressLabel
            ? t('fields.currentAddress', { address: summary.addressLabel })
            : t('fields.noAddress')}
          {sector ? <> · {t('fields.sector', { sector })}</> : null}
        </p>
        <form
          method="get"
          action={accountHref(locale, 'profile')}
          className="account-form"
          role="search"
        >
          <div>
            <label htmlFor="adresse">{t('fields.address')}</label>
            <input
              id="adresse"
              name="adresse"
              type="text"
              autoComplete="street-address"
              required
              maxLength={100}
              defaultValue={query}
              aria-describedby="adresse-aide"
            />
            <p id="adresse-aide" className="hint">
              {t('fields.addressHint')}
            </p>
          </div>
          <button type="submit" className="account-button account-button-secondary">
            {t('actions.searchAddress')}
          </button>
        </form>
        {query && choices.length === 0 ? <p role="status">{t('errors.addressNotFound')}</p> : null}
        {choices.length ? (
          <form method="post" action={ctx.action('address')} className="account-form">
            {ctx.hidden}
            <fieldset>
              <legend>{t('fields.chooseAddress')}</legend>
              {choices.map((choice, index) => (
                <label key={choice.id} className="check" htmlFor={`adresse-${choice.id}`}>
                  <input
                    id={`adresse-${choice.id}`}
                    type="radio"
                    name="addressId"
                    value={choice.id}
                    defaultChecked={index === 0}
                    required
                  />
                  <span>
                    {choice.label}
                    {choice.postalCode ? ` (${choice.postalCode})` : ''}
                  </span>
                </label>
              ))}
            </fieldset>
            <button type="submit" className="account-button">
              {t('actions.useAddress')}
            </button>
          </form>
        ) : null}
      </section>
    </>
  )
}

const Household = ({ ctx, summary }: { ctx: Ctx; summary: CitizenSummary }) => {
  const { t } = ctx
  return (
    <>
      <p className="lead">{t('intro.household')}</p>
      {summary.household.length ? (
        <ul className="account-household">
          {summary.household.map((member) => (
            <li key={member.id ?? member.firstName}>
              <span>
                {member.firstName} —{' '}
                {t(`fields.relationships.${member.relationship}` as AccountMessageKey)}
              </span>
              <form
                method="post"
                action={ctx.action('household-remove')}
                className="account-inline"
              >
                {ctx.hidden}
                <input type="hidden" name="memberId" value={member.id ?? ''} />
                <button type="submit" className="account-button account-button-secondary">
                  {t('actions.removeMember', { name: member.firstName })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : null}
      <form method="post" action={ctx.action('household-add')} className="account-form">
        {ctx.hidden}
        <div>
          <label htmlFor="firstName">{t('fields.firstName')}</label>
          <input
            id="firstName"
            name="firstName"
            type="text"
            autoComplete="off"
            required
            maxLength={50}
          />
        </div>
        <div>
          <label htmlFor="relationship">{t('fields.relationship')}</label>
          <select id="relationship" name="relationship" required defaultValue="child">
            {relationships.map((r) => (
              <option key={r} value={r}>
                {t(`fields.relationships.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="account-button">
          {t('actions.addMember')}
        </button>
      </form>
    </>
  )
}

const Security = ({ ctx }: { ctx: Ctx }) => {
  const { t } = ctx
  return (
    <>
      <p className="lead">{t('intro.security')}</p>
      <form method="post" action={ctx.action('change-password')} className="account-form">
        {ctx.hidden}
        <div>
          <label htmlFor="currentPassword">{t('fields.currentPassword')}</label>
          <input
            id="currentPassword"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            maxLength={200}
          />
        </div>
        <NewPasswordField t={t} id="newPassword" label={t('fields.newPassword')} />
        <button type="submit" className="account-button">
          {t('actions.changePassword')}
        </button>
      </form>
      <form method="post" action={ctx.action('logout-everywhere')} className="account-form">
        {ctx.hidden}
        <button type="submit" className="account-button account-button-secondary">
          {t('actions.logoutEverywhere')}
        </button>
      </form>
    </>
  )
}

const Privacy = ({ ctx }: { ctx: Ctx }) => {
  const { t } = ctx
  return (
    <>
      <p className="lead">{t('intro.privacy')}</p>
      <section aria-labelledby="exporter" className="stack">
        <h2 id="exporter">{t('privacy.exportTitle')}</h2>
        <form method="post" action={ctx.action('export')} className="account-form">
          {ctx.hidden}
          <input type="hidden" name="format" value="json" />
          <button type="submit" className="account-button account-button-secondary">
            {t('privacy.exportJson')}
          </button>
        </form>
        <form method="post" action={ctx.action('export')} className="account-form">
          {ctx.hidden}
          <input type="hidden" name="format" value="csv" />
          <button type="submit" className="account-button account-button-secondary">
            {t('privacy.exportCsv')}
          </button>
        </form>
      </section>
      <section aria-labelledby="supprimer" className="stack">
        <h2 id="supprimer">{t('privacy.deleteTitle')}</h2>
        <p>{t('privacy.deleteWarning')}</p>
        <form method="post" action={ctx.action('delete-account')} className="account-form">
          {ctx.hidden}
          <div>
            <label htmlFor="delete-password">{t('privacy.deletePassword')}</label>
            <input
              id="delete-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              maxLength={200}
            />
          </div>
          <button type="submit" className="account-button">
            {t('privacy.deleteAction')}
          </button>
        </form>
      </section>
    </>
  )
}

const Preferences = async ({
  ctx,
  payload,
  citizenId,
}: {
  ctx: Ctx
  payload: Payload
  citizenId: number
}) => {
  const { t, locale, options } = ctx
  const doc = (await payload.findByID({
    collection: options.slug as 'citizens',
    id: citizenId,
    depth: 0,
    overrideAccess: true,
  })) as unknown as {
    alertTopics?: string[] | null
    alertChannels?: string[] | null
    newsTopics?: string[] | null
  }
  const topics = new Set(doc.alertTopics ?? [])
  const newsTopics = new Set(doc.newsTopics ?? [])
  const channels = new Set(doc.alertChannels ?? [])
  const isAnyOn = (topics.size > 0 || newsTopics.size > 0) && channels.size > 0
  const choices = [
    { value: 'all', label: t('preferences.all') },
    ...options.notifications.topics.map((topic) => ({
      value: topic.value,
      label: topic.label[locale],
    })),
    ...(options.notifications.collectionsOn
      ? [{ value: 'collection-reminders', label: t('preferences.reminders') }]
      : []),
  ]
  return (
    <>
      <p className="lead">{t('intro.preferences')}</p>
      {!isAnyOn ? <p className="account-message">{t('preferences.noneYet')}</p> : null}
      <form method="post" action={ctx.action('preferences')} className="account-form">
        {ctx.hidden}
        <fieldset>
          <legend>{t('preferences.topics')}</legend>
          {choices.map((choice) => (
            <label key={choice.value} className="check" htmlFor={`sujet-${choice.value}`}>
              <input
                id={`sujet-${choice.value}`}
                type="checkbox"
                name="topics"
                value={choice.value}
                defaultChecked={topics.has(choice.value)}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </fieldset>
        {options.notifications.newsTopics.length ? (
          <fieldset aria-describedby="actualites-aide">
            <legend>{t('preferences.newsTopics')}</legend>
            <p id="actualites-aide" className="hint">
              {t('preferences.newsHint')}
            </p>
            {options.notifications.newsTopics.map((topic) => (
              <label key={topic.value} className="check" htmlFor={`actualite-${topic.value}`}>
                <input
                  id={`actualite-${topic.value}`}
                  type="checkbox"
                  name="newsTopics"
                  value={topic.value}
                  defaultChecked={newsTopics.has(topic.value)}
                />
                <span>{topic.label[locale]}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <fieldset>
          <legend>{t('preferences.channels')}</legend>
          <label className="check" htmlFor="canal-email">
            <input
              id="canal-email"
              type="checkbox"
              name="channels"
              value="email"
              defaultChecked={channels.has('email')}
            />
            <span>{t('preferences.email')}</span>
          </label>
          <label className="check" htmlFor="canal-sms">
            <input
              id="canal-sms"
              type="checkbox"
              name="channels"
              value="sms"
              defaultChecked={channels.has('sms')}
              aria-describedby="canal-sms-aide"
            />
            <span>{t('preferences.sms')}</span>
          </label>
          <p id="canal-sms-aide" className="hint">
            {t('preferences.smsHint')}
          </p>
        </fieldset>
        <button type="submit" className="account-button">
          {t('actions.save')}
        </button>
      </form>
    </>
  )
}

const SectorAlerts = async ({ ctx, payload }: { ctx: Ctx; payload: Payload }) => {
  const { t, locale } = ctx
  const { docs } = await payload.find({
    collection: 'sectors',
    locale,
    sort: 'name',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    select: { name: true },
  })
  return (
    <>
      <p className="lead">{t('intro.sectorAlerts')}</p>
      <form method="post" action={ctx.action('alert-signup')} className="account-form">
        {ctx.hidden}
        <EmailField t={t} />
        <div>
          <label htmlFor="sectorId">{t('fields.sectorChoice')}</label>
          <select id="sectorId" name="sectorId" required defaultValue="">
            <option value="" disabled>
              —
            </option>
            {docs.map((sector) => (
              <option key={sector.id} value={sector.id}>
                {String((sector as { name?: string }).name ?? '')}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="account-button">
          {t('actions.subscribe')}
        </button>
      </form>
    </>
  )
}

const AlertConfirm = ({ ctx, token }: { ctx: Ctx; token: string }) => {
  const { t, locale } = ctx
  if (!token) {
    return (
      <p>
        <a href={accountHref(locale, 'sectorAlerts')}>{t('links.toSectorAlerts')}</a>
      </p>
    )
  }
  return (
    <>
      <p className="lead">{t('intro.alertConfirm')}</p>
      <form method="post" action={ctx.action('alert-confirm')} className="account-form">
        {ctx.hidden}
        <input type="hidden" name="token" value={token.slice(0, 200)} />
        <button type="submit" className="account-button">
          {t('actions.confirmAlerts')}
        </button>
      </form>
    </>
  )
}
