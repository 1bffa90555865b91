import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import {
  chosenKeyContext,
  generateApiKey,
  hashApiKey,
  isApiKeyShape,
  keyPrefixOf,
  plainKeyContext,
  regenerateKeyContext,
} from '../../../open311/apiKeys'

/**
 * An Open311 client gets its API key on creation (or when an administrator regenerates it): the
 * hash and a short prefix are stored, the plain key only travels to the response (below).
 */
export const issueApiKey: CollectionBeforeChangeHook = ({ data, operation, context }) => {
  if (operation !== 'create' && context[regenerateKeyContext] !== true) return data
  const chosen = context[chosenKeyContext]
  const key = isApiKeyShape(chosen) ? chosen : generateApiKey()
  context[plainKeyContext] = key
  return { ...data, keyHash: hashApiKey(key), keyPrefix: keyPrefixOf(key) }
}

/** Puts the plain key into this one response (`apiKey`); it is shown once and never read back. */
export const revealApiKey: CollectionAfterChangeHook = ({ doc, context }) => {
  const key = context[plainKeyContext]
  if (typeof key !== 'string') return doc
  delete context[plainKeyContext]
  return { ...doc, apiKey: key }
}
