import type { DashboardSection } from '../../types'
import { AccountLayout } from './AccountLayout'
import { AlertConfirmPage } from './AlertConfirmPage'
import { DashboardPage } from './DashboardPage'
import { ForgotPasswordPage } from './ForgotPasswordPage'
import { HouseholdPage } from './HouseholdPage'
import type { AccountView } from './load'
import { PreferencesPage } from './PreferencesPage'
import { PrivacyPage } from './PrivacyPage'
import { ProfilePage } from './ProfilePage'
import { ResetPasswordPage } from './ResetPasswordPage'
import { SectorAlertsPage } from './SectorAlertsPage'
import { SecurityPage } from './SecurityPage'
import { SignInPage } from './SignInPage'
import { SignUpPage } from './SignUpPage'
import { TermsPage } from './TermsPage'
import { VerifyPage } from './VerifyPage'

/**
 * A page of "Mon dossier" drawn from its loaded view: the layout and the page's body, the
 * dashboard's blocks by their sections' Components. No read and no await, and no stylesheet
 * import: the same tree is drawn by Next (AccountPage) and by the web server's dashboard fast
 * path (fastDashboard.tsx), so both give the same HTML.
 */
export const AccountViewTree = ({
  view,
  sections,
}: {
  view: AccountView
  sections: DashboardSection[]
}) => (
  <AccountLayout
    page={view.page}
    form={view.form}
    isSignedIn={view.isSignedIn}
    status={view.status}
    error={view.error}
  >
    <PageBody view={view} sections={sections} />
  </AccountLayout>
)

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
