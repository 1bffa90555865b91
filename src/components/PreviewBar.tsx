import type { Locale } from '@/i18n/config'
import { getTranslator } from '@/i18n/translate'
import { getPreviewUser } from '@/lib/data/bySlug'

import { LivePreviewListener } from './LivePreviewListener'

/** Shown only to staff in draft mode: says the page is a private preview and follows saves. */
export const PreviewBar = async ({ locale }: { locale: Locale }) => {
  const user = await getPreviewUser()
  if (!user) return null
  const t = getTranslator(locale)
  return (
    <div className="preview-bar" role="status">
      <p className="container">
        {t('preview.label')} <a href={`/${locale}/apercu/fin`}>{t('preview.exit')}</a>
      </p>
      <LivePreviewListener />
    </div>
  )
}
