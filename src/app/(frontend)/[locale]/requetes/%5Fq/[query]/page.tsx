import { cachedIndex } from '@/lib/cache/cachedIndex'

import Index, { generateMetadata as indexMetadata } from '../../page'

// The public list with its filters in the path (src/proxy.ts): rendered on first request, then
// served from the cache until a tag it read expires (src/lib/cache/cachedIndex.tsx).
export const generateStaticParams = () => []

const index = cachedIndex('requests', Index, indexMetadata)
export const generateMetadata = index.generateMetadata
export default function RequestsIndex(props: Parameters<typeof index.Page>[0]) {
  return index.Page(props)
}
