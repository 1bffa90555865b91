import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Nothing outside this machine is fetched at build or run time: no remote images, no CDN fonts.
  images: { remotePatterns: [] },
  turbopack: { root: import.meta.dirname },
  // Rendered pages live in memory, never under .next/ where they would outlive the database they
  // were rendered from (src/server/cacheHandler.cjs).
  cacheHandler: path.resolve(import.meta.dirname, 'src/server/cacheHandler.cjs'),
  cacheMaxMemorySize: 0,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
