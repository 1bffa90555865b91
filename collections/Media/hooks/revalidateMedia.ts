import { tags } from '@/lib/cache/tags'
import { revalidateCacheTags } from '@/lib/cache/revalidate'

/** An image's new alt text or file shows wherever it is used: the cached content that can hold one. */
export const revalidateMedia = revalidateCacheTags(() => [
  tags.news,
  tags.events,
  tags.pages,
  tags.services,
  tags.siteSettings,
])
