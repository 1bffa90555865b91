import { cachedIndex } from '@/lib/cache/cachedIndex'

import Index, { generateMetadata as indexMetadata } from '../../page'

// The index with the parameters in its path (src/proxy.ts): rendered on first request, then
// served from the cache until a tag it read expires (src/lib/cache/cachedIndex.tsx).
export const generateStaticParams = () => []

const index = cachedIndex('petitions', Index, indexMetadata)
export const generateMetadata = index.generateMetadata
export default function PetitionsIndex(props: Parameters<typeof index.Page>[0]) {
  return index.Page(props)
}
