import { revalidateCacheTags } from '@/lib/cache/revalidate'
import { tags } from '@/lib/cache/tags'

export const revalidateEvents = revalidateCacheTags(() => [tags.events])
