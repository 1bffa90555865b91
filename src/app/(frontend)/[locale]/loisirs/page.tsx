import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getProgramme } from '@/lib/data/activities'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { sectionMetadata } from '@/lib/seo/metadata'
import { activitiesTranslator, ProgrammeList } from '@plugins/activities/frontend'

import { activitiesBase } from './base'

// Openings and places left move with the time: rendered per request, from cached data (so the
// build needs no database).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = activitiesTranslator(locale)
  return sectionMetadata(locale, 'activities', t('pages.programmeTitle'), t('pages.programmeIntro'))
}

export default async function ActivitiesPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: sectionHref('fr', 'activities') })
  const activities = await getProgramme(locale)
  return (
    <div className="container stack">
      <ProgrammeList locale={locale} activities={activities} basePath={activitiesBase} />
    </div>
  )
}
