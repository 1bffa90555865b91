import type { EmailAdapter } from 'payload'

import { maskSecretLinks } from '../lib/maskSecretLinks'

const addressList = (value: unknown): string =>
  (Array.isArray(value) ? value : [value])
    .filter(Boolean)
    .map((v) => (typeof v === 'string' ? v : String((v as { address?: string }).address ?? '')))
    .join(', ')

let hasSaidOutbox = false

/** Development and test mail: written to a collection, never dropped (staff read it with its links masked). */
export const outboxAdapter =
  ({
    slug,
    fromAddress,
    fromName,
  }: {
    slug: string
    fromAddress: string
    fromName: string
  }): EmailAdapter =>
  ({ payload }) => ({
    name: 'citizen-accounts-outbox',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    sendEmail: async (message) => {
      const doc = await payload.create({
        collection: slug as 'mail-outbox',
        overrideAccess: true,
        data: {
          to: addressList(message.to),
          from: addressList(message.from) || `${fromName} <${fromAddress}>`,
          subject: String(message.subject ?? ''),
          text: typeof message.text === 'string' ? message.text : '',
          html: typeof message.html === 'string' ? message.html : '',
          maskedText: maskSecretLinks(typeof message.text === 'string' ? message.text : ''),
          maskedHtml: maskSecretLinks(typeof message.html === 'string' ? message.html : ''),
        },
      })
      // Said once at info level; then one debug line per message, without the address (a resident's
      // email has no place in the server's logs, and an alert to 20,000 would be 20,000 lines).
      if (!hasSaidOutbox) {
        hasSaidOutbox = true
        payload.logger.info({
          msg: `No SMTP configured: emails are written to the ${slug} outbox (Admin → Boîte d’envoi)`,
        })
      }
      payload.logger.debug({ msg: `Email written to the ${slug} outbox`, id: doc.id })
      return { id: doc.id }
    },
  })
