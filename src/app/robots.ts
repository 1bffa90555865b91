import type { MetadataRoute } from 'next'

import { siteUrl } from '@/utilities/siteUrl'

// Built per request: the public address comes from the server's configuration, not the build.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
