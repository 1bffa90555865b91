import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { getSurveyBySlug } from '@/lib/data/surveys'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'
import {
  canSeeResults,
  SurveyThanks,
  surveyHref,
  surveyTranslator,
} from '@plugins/surveys/frontend'

// Reads the query string (created or updated): rendered per request, from cached data.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<{ status?: string }>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const survey = await getSurveyBySlug(locale, slug)
  if (!survey) return {}
  const meta = await pageMetadata({
    locale,
    title: surveyTranslator(locale)('thanks.title'),
    paths: { fr: surveyHref('fr', slug, 'thanks'), en: surveyHref('en', slug, 'thanks') },
  })
  return { ...meta, robots: { index: false } }
}

export default async function SurveyThanksPage({ params, searchParams }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const survey = await getSurveyBySlug(locale, slug)
  if (!survey) notFound()
  await requirePublishedLocale(locale, { frenchPath: surveyHref('fr', slug, 'thanks') })
  const t = surveyTranslator(locale)
  const { status } = await searchParams
  return (
    <div className="container stack prose">
      <h1>{t('thanks.title')}</h1>
      <SurveyThanks
        locale={locale}
        survey={survey}
        status={status === 'updated' ? 'updated' : 'created'}
        canSeeResults={canSeeResults(survey)}
      />
    </div>
  )
}
