import { resolveServerUrl } from '@/lib/config/env'

/** The public address of the site, for absolute links in feeds and emails. */
export const siteUrl = (): string => resolveServerUrl()
