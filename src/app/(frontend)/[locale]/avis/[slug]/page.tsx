import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { formatDateTime } from '@/i18n/format'
import { sectionHref } from '@/i18n/routes'
import { getTranslator, type MessageKey } from '@/i18n/translate'
import { getNoticeBySlug } from '@/lib/data/notices'
import { frenchPathOf, requirePublishedLocale } from '@/lib/seo/locale'
import { documentMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const notice = await getNoticeBySlug(locale, slug)
  return notice
    ? documentMetadata({
        locale,
        collection: 'notices',
        section: 'notices',
        doc: notice,
        isEnglishAllowed: Boolean(notice.isSafety),
      })
    : {}
}

export default async function NoticePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const notice = await getNoticeBySlug(locale, slug)
  if (!notice) notFound()
  // Health and safety notices are published in English even when the site is French only.
  await requirePublishedLocale(locale, {
    frenchPath: await frenchPathOf('notices', 'notices', notice.id),
    isSafety: Boolean(notice.isSafety),
  })
  const t = getTranslator(locale)
  const sectors = (notice.sectors ?? []).flatMap((s) => (typeof s === 'object' ? [s.name] : []))
  return (
    <article className="container stack prose">
      <p>
        <Link href={sectionHref(locale, 'notices')}>{t('notices.back')}</Link>
      </p>
      <p>
        <span className={`tag tag-${notice.severity}`}>
          {t('notices.severity', {
            severity: t(`notices.severities.${notice.severity}` as MessageKey),
          })}
        </span>{' '}
        <span className="tag">{t(`notices.kinds.${notice.kind}` as MessageKey)}</span>
      </p>
      <h1>{notice.title}</h1>
      <p className="lead">{notice.summary}</p>
      <ul className="meta">
        <li>{t('notices.starts', { date: formatDateTime(locale, notice.startsAt) })}</li>
        <li>
          {notice.endsAt
            ? t('notices.ends', { date: formatDateTime(locale, notice.endsAt) })
            : t('notices.untilFurther')}
        </li>
        <li>
          {sectors.length
            ? t('notices.sectors', { names: sectors.join(', ') })
            : t('notices.wholeCity')}
        </li>
      </ul>
      {notice.instruction ? (
        <section className="callout" aria-labelledby="consignes">
          <h2 id="consignes">{t('notices.instruction')}</h2>
          <p className="pre-line">{notice.instruction}</p>
        </section>
      ) : null}
      {notice.body ? <RichText data={notice.body} /> : null}
    </article>
  )
}
