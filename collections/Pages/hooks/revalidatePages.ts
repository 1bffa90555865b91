import { revalidateCacheTags } from '@/lib/cache/revalidate'
import { tags } from '@/lib/cache/tags'

export const revalidatePages = revalidateCacheTags(() => [tags.pages])
