import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/config'
import { tags } from '@/lib/cache/tags'
import type { SiteSetting } from '@/payload-types'

import { getPayloadClient } from './payload'

export type PublicSiteSettings = {
  cityName: string
  tagline: string | null
  englishEnabled: boolean
  contact: NonNullable<SiteSetting['contact']>
}

/** The city's name, contact and language switch, as the public may see them. */
export const getSiteSettings = (locale: Locale): Promise<PublicSiteSettings> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const settings = await payload.findGlobal({
        slug: 'site-settings',
        locale,
        depth: 0,
        overrideAccess: false,
      })
      return {
        cityName: settings.cityName,
        tagline: settings.tagline ?? null,
        englishEnabled: Boolean(settings.englishEnabled),
        contact: settings.contact ?? {},
      }
    },
    ['site-settings', locale],
    { tags: [tags.siteSettings] },
  )()
