import type { Payload } from 'payload'

import { maskSecretLinks } from '../lib/maskSecretLinks'
import type { SmsAdapter } from '../types'

/** Development and test SMS: written to the outbox collection (subject "SMS"), never sent. */
export const recordingSmsAdapter = ({
  payload,
  outboxSlug,
}: {
  payload: Payload
  outboxSlug: string
}): SmsAdapter => ({
  name: 'recording',
  send: async ({ to, text }) => {
    await payload.create({
      collection: outboxSlug as 'mail-outbox',
      overrideAccess: true,
      data: { to, subject: 'SMS', text, maskedText: maskSecretLinks(text) },
    })
  },
})
