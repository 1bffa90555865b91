import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { getSurveyBySlug, getSurveyResults } from '@/lib/data/surveys'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'
import {
  SurveyResultsView,
  surveyHref,
  surveyState,
  surveyTranslator,
} from '@plugins/surveys/frontend'

// Rendered once and served from the page cache: every accepted answer expires the survey's results
// tag, and a minute at most lets results appear on their own when a survey closes.
export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const survey = await getSurveyBySlug(locale, slug)
  if (!survey) return {}
  return pageMetadata({
    locale,
    title: surveyTranslator(locale)('results.title', { title: survey.title }),
    paths: { fr: surveyHref('fr', slug, 'results'), en: surveyHref('en', slug, 'results') },
  })
}

export default async function SurveyResultsPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const survey = await getSurveyBySlug(locale, slug)
  if (!survey) notFound()
  await requirePublishedLocale(locale, { frenchPath: surveyHref('fr', slug, 'results') })
  const t = surveyTranslator(locale)
  const results = await getSurveyResults(locale, survey)
  return (
    <div className="container stack prose">
      <p>
        <a href={surveyHref(locale, survey.slug)}>{t('results.back')}</a>
      </p>
      <h1>{t('results.title', { title: survey.title })}</h1>
      <SurveyResultsView
        locale={locale}
        survey={survey}
        results={results}
        isClosed={surveyState(survey) === 'closed'}
      />
    </div>
  )
}
