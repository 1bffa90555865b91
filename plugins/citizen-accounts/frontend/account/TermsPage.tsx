import { accountTranslator } from '../../i18n/translate'
import { accountHref } from '../../lib/routes'
import type { AccountLocale } from '../../types'

/**
 * The citizen account's terms of use, versioned with the consent each resident gives
 * (`termsVersion`). A city that keeps them as a page of its own site sets `legalPages.terms`.
 */
export const TermsPage = ({
  locale,
  termsVersion,
}: {
  locale: AccountLocale
  termsVersion: string
}) => {
  const t = accountTranslator(locale)
  return (
    <>
      <p className="lead">{t('terms.version', { version: termsVersion })}</p>
      {(['service', 'commitments', 'data', 'alerts', 'changes'] as const).map((part) => (
        <p key={part}>{t(`terms.${part}`)}</p>
      ))}
      <p>
        <a href={accountHref(locale, 'register')}>{t('links.toRegister')}</a>
      </p>
    </>
  )
}
