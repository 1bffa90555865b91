import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getLocalizedSlugs } from '@/lib/data/bySlug'
import { getSectors } from '@/lib/data/directory'
import { getPayloadClient } from '@/lib/data/payload'
import { getSurveyBySlug } from '@/lib/data/surveys'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'
import { accountHref } from '@plugins/citizen-accounts/frontend'
import {
  canSeeResults,
  getFormContext,
  type SurveyDoc,
  SurveyForm,
  surveyHref,
  surveyTranslator,
} from '@plugins/surveys/frontend'

// The form depends on who is asking (signed in, eligible, earlier answers) and carries a CSRF token
// bound to the session: rendered for each request, never shared.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const survey = await getSurveyBySlug(locale, slug)
  if (!survey) return {}
  return pageMetadata({
    locale,
    title: survey.title,
    description: survey.intro,
    paths: { fr: surveyHref('fr', slug), en: surveyHref('en', slug) },
  })
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The linked news item or page, in this language. */
const relatedHref = async (locale: Locale, survey: SurveyDoc): Promise<string | null> => {
  const related = survey.related
  if (!related || (related.relationTo !== 'news' && related.relationTo !== 'pages')) return null
  const id = typeof related.value === 'object' ? related.value.id : related.value
  const slug = (await getLocalizedSlugs(related.relationTo, id))[locale]
  if (!slug) return null
  return related.relationTo === 'news' ? sectionHref(locale, 'news', slug) : `/${locale}/${slug}`
}

export default async function SurveyPage({ params, searchParams }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const survey = await getSurveyBySlug(locale, slug)
  if (!survey) notFound()
  await requirePublishedLocale(locale, { frenchPath: surveyHref('fr', slug) })
  const t = surveyTranslator(locale)
  const [payload, requestHeaders, query] = await Promise.all([
    getPayloadClient(),
    headers(),
    searchParams,
  ])
  const context = await getFormContext(payload, new Headers(requestHeaders), survey)
  const sectorIds = (survey.sectors ?? []).map((s) => (typeof s === 'object' ? s.id : s))
  const sectorNames =
    survey.audience === 'sectors'
      ? (await getSectors(locale)).filter((s) => sectorIds.includes(s.id)).map((s) => s.name)
      : []
  const related = await relatedHref(locale, survey)
  return (
    <div className="container stack prose">
      <p>
        <a href={surveyHref(locale)}>{t('thanks.back')}</a>
      </p>
      <h1>{survey.title}</h1>
      {survey.intro ? <p className="lead pre-line">{survey.intro}</p> : null}
      {sectorNames.length ? (
        <p className="meta">{t('form.sectorsOnly', { sectors: sectorNames.join(', ') })}</p>
      ) : null}
      <SurveyForm
        locale={locale}
        survey={survey}
        context={context}
        query={{ error: one(query.error), fields: one(query.fields), draft: one(query.draft) }}
        sectorNames={sectorNames}
        signInHref={accountHref(locale, 'login')}
      />
      {canSeeResults(survey) ? (
        <p>
          <a href={surveyHref(locale, slug, 'results')}>{t('list.results')}</a>
        </p>
      ) : null}
      {related ? (
        <p>
          <a href={related}>{t('form.related')}</a>
        </p>
      ) : null}
    </div>
  )
}
