import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { englishRewrites } from './src/i18n/routes'
import { securityHeaderRules } from './src/server/securityHeaders'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Nothing outside this machine is fetched at build or run time: no remote images, no CDN fonts.
  images: { remotePatterns: [] },
  turbopack: { root: import.meta.dirname },
  // Rendered pages live in memory, never under .next/ where they would outlive the database they
  // were rendered from (src/server/cacheHandler.cjs); with REDIS_URL, in Redis, shared by every web
  // server so that a publish expires them everywhere at once (src/server/redisCacheHandler.mjs).
  // Read when the server starts: one build serves either way.
  cacheHandler: path.resolve(
    import.meta.dirname,
    process.env.REDIS_URL ? 'src/server/redisCacheHandler.mjs' : 'src/server/cacheHandler.cjs',
  ),
  cacheMaxMemorySize: 0,
  // English URLs in English (/en/news), served by the French-named folders (/en/actualites).
  rewrites: async () => englishRewrites(),
  // Metadata in the head of every page, never streamed after the body: a late generateMetadata
  // would be moved into place by React's inline scripts ($RC…), which public pages delivered
  // without the runtime under the strict script policy do not run (src/server/securityHeaders.ts).
  // It costs nothing there: src/server/htmlOnly.ts sends a page only once it is complete.
  htmlLimitedBots: /.*/,
  // Frame, MIME-sniffing and referrer protection on every answer; the strict script policy of
  // public pages is added where the runtime is removed (src/server/securityHeaders.ts).
  headers: async () => securityHeaderRules(),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
