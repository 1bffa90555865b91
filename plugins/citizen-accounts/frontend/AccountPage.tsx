import './account.css'

import { accountTranslator } from '../i18n/translate'
import type { AccountLocale, DashboardSection } from '../types'
import { AccountLayout } from './account/AccountLayout'
import { AlertConfirmPage } from './account/AlertConfirmPage'
import { DashboardPage } from './account/DashboardPage'
import { ForgotPasswordPage } from './account/ForgotPasswordPage'
import { HouseholdPage } from './account/HouseholdPage'
import {
  type AccountView,
  dashboardSections,
  loadAccountPage,
  type LoadAccountPageArgs,
  pageOf,
} from './account/load'
import { PreferencesPage } from './account/PreferencesPage'
import { PrivacyPage } from './account/PrivacyPage'
import { ProfilePage } from './account/ProfilePage'
import { ResetPasswordPage } from './account/ResetPasswordPage'
import { SectorAlertsPage } from './account/SectorAlertsPage'
import { SecurityPage } from './account/SecurityPage'
import { SignInPage } from './account/SignInPage'
import { SignUpPage } from './account/SignUpPage'
import { TermsPage } from './account/TermsPage'
import { VerifyPage } from './account/VerifyPage'

export type { AddressChoice } from './account/load'

export type AccountPageProps = LoadAccountPageArgs

/** The page title, for generateMetadata. */
export const accountPageTitle = (locale: AccountLocale, segments?: string[]) => {
  const page = pageOf(segments)
  return page ? accountTranslator(locale)(`pages.${page}`) : null
}

/**
 * Every page of "Mon dossier", rendered on the server for each request (never cached: it reads the
 * session cookie). Forms post to the plugin's endpoints and come back here with ?status or ?error.
 * The reads and redirects are the loader's (account/load.ts); each page draws its plain data.
 */
export const AccountPage = async (props: AccountPageProps) => {
  const view = await loadAccountPage(props)
  return (
    <AccountLayout
      page={view.page}
      form={view.form}
      isSignedIn={view.isSignedIn}
      status={view.status}
      error={view.error}
    >
      <PageBody view={view} sections={dashboardSections(props.payload, props.sections)} />
    </AccountLayout>
  )
}

const PageBody = ({
  view: { form, data },
  sections,
}: {
  view: AccountView
  sections: DashboardSection[]
}) => {
  switch (data.page) {
    case 'register':
      return (
        <SignUpPage
          form={form}
          isRegistered={data.isRegistered}
          termsVersion={data.termsVersion}
          termsHref={data.termsHref}
          privacyHref={data.privacyHref}
        />
      )
    case 'login':
      return <SignInPage form={form} returnTo={data.returnTo} email={data.email} />
    case 'verify':
      return <VerifyPage form={form} token={data.token} />
    case 'forgot':
      return <ForgotPasswordPage form={form} />
    case 'reset':
      return <ResetPasswordPage form={form} token={data.token} />
    case 'dashboard':
      return (
        <DashboardPage
          locale={form.locale}
          summary={data.summary}
          sectorName={data.sectorName}
          isAnyAlertOn={data.isAnyAlertOn}
          sections={data.sections.map(({ key, data: block }) => {
            const Component = sections.find((s) => s.key === key)?.Component
            return {
              key,
              node:
                Component && block !== null ? (
                  <Component data={block} locale={form.locale} />
                ) : null,
            }
          })}
        />
      )
    case 'profile':
      return (
        <ProfilePage
          form={form}
          summary={data.summary}
          sectorName={data.sectorName}
          query={data.query}
          choices={data.choices}
        />
      )
    case 'household':
      return (
        <HouseholdPage form={form} household={data.household} relationships={data.relationships} />
      )
    case 'security':
      return <SecurityPage form={form} />
    case 'privacy':
      return <PrivacyPage form={form} />
    case 'sectorAlerts':
      return <SectorAlertsPage form={form} sectors={data.sectors} />
    case 'alertConfirm':
      return <AlertConfirmPage form={form} token={data.token} />
    case 'preferences':
      return (
        <PreferencesPage
          form={form}
          topics={data.topics}
          newsTopics={data.newsTopics}
          channels={data.channels}
          noticeTopics={data.noticeTopics}
          hasCollectionReminders={data.hasCollectionReminders}
          newsTopicChoices={data.newsTopicChoices}
        />
      )
    case 'terms':
      return <TermsPage locale={form.locale} termsVersion={data.termsVersion} />
  }
}
