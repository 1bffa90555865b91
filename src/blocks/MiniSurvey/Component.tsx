import type { Locale } from '@/i18n/config'
import { getPayloadClient } from '@/lib/data/payload'
import { getSurveyById } from '@/lib/data/surveys'
import { accountHref } from '@plugins/citizen-accounts/frontend'
import { createBlockToken, MiniSurvey } from '@plugins/surveys/frontend'

/**
 * The surveys plugin's mini-survey block inside a page (the block's schema comes from the plugin,
 * added to Pages' layout through its `miniSurveyBlockIn` option). Nothing when the survey is a draft.
 */
export const MiniSurveyBlock = async ({
  surveyId,
  locale,
  returnTo,
}: {
  surveyId: number
  locale: Locale
  returnTo: string
}) => {
  const survey = await getSurveyById(locale, surveyId)
  if (!survey) return null
  const payload = await getPayloadClient()
  return (
    <MiniSurvey
      locale={locale}
      survey={survey}
      csrf={createBlockToken(payload)}
      returnTo={returnTo}
      signInHref={accountHref(locale, 'login')}
    />
  )
}
