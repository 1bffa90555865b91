import type { BeforeListServerProps } from 'payload'

import { isGreffe } from '../access/roles'
import { moderationQueue } from '../lib/moderation'
import { petitionsOptions } from '../lib/options'
import { ModerationTable } from './ModerationTable'

/**
 * Above the petitions' list in the admin, for the greffe only (checked here, on the server): the
 * petitions awaiting a decision with their deadline (`moderationDays`). Others see nothing, and
 * the queue is read with their access (it shows no submitted petition to anyone else).
 */
export const ModerationQueue = async ({ payload, user, i18n }: BeforeListServerProps) => {
  const options = petitionsOptions(payload)
  if (!isGreffe((user ?? null) as never, options)) return null
  const items = await moderationQueue({
    payload,
    user: (user ?? null) as never,
    moderationDays: options.moderationDays,
  })
  return (
    <ModerationTable
      items={items}
      locale={i18n.language === 'en' ? 'en' : 'fr'}
      moderationDays={options.moderationDays}
      adminRoute={payload.config.routes.admin}
    />
  )
}
