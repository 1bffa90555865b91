import {
  APIError,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { chargeSignIn, signInSucceeded } from '../lib/rateLimit'
import type { ResolvedOptions } from '../types'

const action = 'staff-login'

const emailOf = (value: unknown) =>
  typeof value === 'string' ? value.trim().toLowerCase().slice(0, 254) : ''

/**
 * The staff collection's sign-in (the admin's form, REST and GraphQL: every path runs Payload's
 * login operation) is held to the rule of Mon dossier instead of Payload's account lock, which
 * anyone knowing an agent's email could set: failures count per address and per account from
 * that address (lib/rateLimit). Server code signing in through the Local API is not counted.
 */
export const limitStaffSignIn = (
  options: ResolvedOptions,
): {
  beforeOperation: CollectionBeforeOperationHook
  afterOperation: CollectionAfterOperationHook
} => {
  const minutes = Math.ceil(options.lockTime / 60_000)
  return {
    beforeOperation: async ({ args, operation, req }) => {
      if (operation !== 'login' || req.payloadAPI === 'local') return args
      const email = emailOf((args as { data?: { email?: unknown } }).data?.email)
      if (
        !(await chargeSignIn({
          payload: req.payload,
          options,
          action,
          ip: options.getClientIp(req.headers),
          email,
        }))
      ) {
        throw new APIError(
          `Trop de tentatives de connexion depuis cette adresse : réessayez dans ${minutes} minutes ou choisissez un nouveau mot de passe (« Mot de passe oublié »). / Too many sign-in attempts from this address: try again in ${minutes} minutes or choose a new password (“Forgot password”).`,
          429,
          undefined,
          true,
        )
      }
      return args
    },
    afterOperation: async ({ operation, req, result }) => {
      if ((operation !== 'login' && operation !== 'resetPassword') || req.payloadAPI === 'local')
        return result
      const email = emailOf((result as { user?: { email?: unknown } } | undefined)?.user?.email)
      if (email)
        await signInSucceeded({
          payload: req.payload,
          action,
          ip: options.getClientIp(req.headers),
          email,
          req,
        })
      return result
    },
  }
}
