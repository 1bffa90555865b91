import type { Payload } from 'payload'

import { consumeRateLimit, isLoopback, networkOf } from '../../kit/rateLimit'
import { ownSchema, rateLimitTable } from '../defaults'
import type { PetitionRateRule, ResolvedPetitionsOptions } from '../types'
import { dbOf } from './db'

/** Where a signing post comes from: the client's network, kept on the signature, and whether it is the machine itself. */
export const clientOf = (options: ResolvedPetitionsOptions, headers: Headers) => {
  const ip = options.getClientIp(headers)
  return { network: networkOf(ip), isLoopback: isLoopback(ip) }
}

/**
 * Counts one signing attempt against the plugin's limits (`rateLimits`): per client network and,
 * when given, per email domain, under the kind's own keys (`signedIn`: the sign endpoint;
 * `visitor`: a request for a confirmation link; `confirm`: the confirmation, by network only, with
 * the visitor's rule). False when one is used up. Loopback clients are not counted when
 * `exemptLoopback` (the benchmark signs from 127.0.0.1); without a client address only the email
 * domain is counted. A failing store is logged and lets the attempt through.
 */
export const withinSigningLimits = async ({
  payload,
  options,
  kind,
  client,
  emailDomain,
}: {
  payload: Payload
  options: ResolvedPetitionsOptions
  kind: 'signedIn' | 'visitor' | 'confirm'
  client: { network: string | null; isLoopback: boolean }
  emailDomain?: string | null
}): Promise<boolean> => {
  const limits = options.rateLimits
  if (client.isLoopback && limits.exemptLoopback) return true
  const rules = kind === 'signedIn' ? limits.signedIn : limits.visitor
  const checks: { key: string; rule: PetitionRateRule }[] = []
  // No client address (a host without the app's server in front): nobody to count it against,
  // and one shared "unknown" bucket would let one flood stop every signer.
  if (client.network) checks.push({ key: `${kind}:net:${client.network}`, rule: rules.perNetwork })
  if (kind !== 'confirm' && emailDomain && !limits.exemptEmailDomains.includes(emailDomain))
    checks.push({ key: `${kind}:domain:${emailDomain}`, rule: rules.perEmailDomain })
  let isAllowed = true
  // Every rule is counted, even after one refused: a refused flood still uses up its allowance.
  for (const { key, rule } of checks) {
    if (!rule) continue
    const result = await consumeRateLimit({
      db: dbOf(payload).drizzle,
      schema: ownSchema,
      table: rateLimitTable,
      key,
      rule,
      onError: (err) => payload.logger.error({ err, msg: 'petitions: rate limit store failed' }),
    })
    if (!result.isAllowed) isAllowed = false
  }
  return isAllowed
}
