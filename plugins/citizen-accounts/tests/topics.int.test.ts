import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { accountOptions } from '../frontend/citizen'
import { fanOutNotice } from '../jobs/notifyNotice'

/**
 * A host's notices may have kinds it does not offer as alert topics (the kinds residents choose
 * from are `notifications.topics`). Such a notice has no subscribers of its own, but those who
 * chose every notice still receive it, and the fan-out does not fail on a value the citizens'
 * topic column does not take.
 */
describe('citizen accounts: a notice whose kind is not an alert topic', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
    const people: [string, string[]][] = [
      ['tous', ['all']],
      ['eau', ['boil-water']],
    ]
    for (const [name, alertTopics] of people)
      await payload.create({
        collection: 'citizens',
        data: {
          email: `${name}@example.test`,
          password: 'correct-horse-battery',
          name,
          preferredLanguage: 'fr',
          alertTopics,
          alertChannels: ['email'],
          _verified: true,
        } as never,
        overrideAccess: true,
        disableVerificationEmail: true,
        context: { isCitizenSystem: true },
      })
  })
  afterAll(async () => closePayload(payload))

  it('should send it to those who chose every notice, and to no one else', async () => {
    const notice = await payload.create({
      collection: 'notices' as never,
      data: {
        title: 'Fermeture du chalet du parc',
        summary: 'Le chalet est fermé pour la journée.',
        slug: 'fermeture-chalet',
        kind: 'park-closure',
        _status: 'published',
      } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const sentTo: string[] = []
    const result = await fanOutNotice({
      payload,
      options: accountOptions(payload),
      noticeId: (notice as { id: number }).id,
      send: async ({ to }) => {
        sentTo.push(to)
      },
    })
    expect(sentTo).toEqual(['tous@example.test'])
    expect(result).toEqual({ sent: 1, skipped: 0 })
  })
})
