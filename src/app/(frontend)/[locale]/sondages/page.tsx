import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getSurveyListWithState } from '@/lib/data/surveys'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { sectionMetadata } from '@/lib/seo/metadata'
import { SurveyList, surveyTranslator } from '@plugins/surveys/frontend'

// Open and closed depend on the time: rendered per request, from cached data.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = surveyTranslator(locale)
  return sectionMetadata(locale, 'surveys', t('list.title'), t('list.intro'))
}

export default async function SurveysPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: sectionHref('fr', 'surveys') })
  const t = surveyTranslator(locale)
  const surveys = await getSurveyListWithState(locale)
  return (
    <div className="container stack">
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.intro')}</p>
      <SurveyList locale={locale} surveys={surveys} />
    </div>
  )
}
