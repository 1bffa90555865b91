import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { getSurveyBySlug, getSurveyResults } from '@/lib/data/surveys'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'
import { canSeeResults, pageFromSegment, SurveyResultsView, SurveyThanks, surveyHref, surveyState, surveyTranslator } from '@plugins/surveys/frontend'

// Results appear and the thank-you page changes with the time and the query: per request, from cached data.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string; slug: string; page: string }>
  searchParams: Promise<{ status?: string }>
}

/** /fr/sondages/{slug}/resultats, /en/surveys/{slug}/results, and the thank-you page (merci, thank-you). */
const resolve = async ({ locale, slug, page }: { locale: string; slug: string; page: string }) => {
  if (!isLocale(locale)) return null
  const which = pageFromSegment(page)
  if (which !== 'results' && which !== 'thanks') return null
  const survey = await getSurveyBySlug(locale, slug)
  return survey ? { locale, which, survey } : null
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const found = await resolve(await params)
  if (!found) return {}
  const { locale, which, survey } = found
  const t = surveyTranslator(locale)
  const meta = await pageMetadata({
    locale,
    title: which === 'results' ? t('results.title', { title: survey.title }) : t('thanks.title'),
    paths: { fr: surveyHref('fr', survey.slug, which), en: surveyHref('en', survey.slug, which) },
  })
  return which === 'thanks' ? { ...meta, robots: { index: false } } : meta
}

export default async function SurveySubPage({ params, searchParams }: Props) {
  const found = await resolve(await params)
  if (!found) notFound()
  const { locale, which, survey } = found
  await requirePublishedLocale(locale, { frenchPath: surveyHref('fr', survey.slug, which) })
  const t = surveyTranslator(locale)
  if (which === 'thanks') {
    const { status } = await searchParams
    return (
      <div className="container stack prose">
        <h1>{t('thanks.title')}</h1>
        <SurveyThanks locale={locale} survey={survey} status={status === 'updated' ? 'updated' : 'created'} canSeeResults={canSeeResults(survey)} />
      </div>
    )
  }
  const results = await getSurveyResults(locale, survey)
  return (
    <div className="container stack prose">
      <p>
        <a href={surveyHref(locale, survey.slug)}>{t('results.back')}</a>
      </p>
      <h1>{t('results.title', { title: survey.title })}</h1>
      <SurveyResultsView locale={locale} survey={survey} results={results} isClosed={surveyState(survey) === 'closed'} />
    </div>
  )
}
