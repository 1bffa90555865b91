import type { Access, CollectionConfig, Endpoint } from 'payload'

import { isStaffAdmin } from '../../access/roles'
import { noOne } from '../../access/requestAccess'
import { issueApiKey, revealApiKey } from './hooks/issueApiKey'
import { regenerateKeyContext } from '../../open311/apiKeys'
import type { ResolvedOptions } from '../../types'

/**
 * `POST /api/open311-clients/:id/regenerate-key` (administrators): a new key replaces the old one
 * at once; the answer carries the plain key, the only time it is ever shown.
 */
const regenerateKeyEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/:id/regenerate-key',
  method: 'post',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    if (!isStaffAdmin(req.user, options.staffCollection)) {
      return Response.json(
        { errors: [{ message: 'Réservé aux administrateurs. / Administrators only.' }] },
        { status: 403, headers },
      )
    }
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0)
      return Response.json(
        { errors: [{ message: 'Client introuvable. / Client not found.' }] },
        { status: 404, headers },
      )
    const doc = (await req.payload.update({
      collection: options.open311ClientsCollection as 'open311-clients',
      id,
      data: {},
      overrideAccess: false,
      user: req.user,
      context: { [regenerateKeyContext]: true },
      disableErrors: true,
    } as never)) as unknown as { apiKey?: string; keyPrefix?: string } | null
    if (!doc?.apiKey)
      return Response.json(
        { errors: [{ message: 'Client introuvable. / Client not found.' }] },
        { status: 404, headers },
      )
    return Response.json({ apiKey: doc.apiKey, keyPrefix: doc.keyPrefix }, { headers })
  },
})

/**
 * Open311 clients (FixMyStreet, a partner app): who may POST requests and updates through
 * GeoReport v2, with an API key of their own and a rate limit. Administrators only. The key is
 * generated server-side and shown once; only its SHA-256 hash is stored. A key updates the
 * requests its client created and those of the types granted to it (`requestTypes`); it reads
 * exact places only when `readPrecision` says so.
 */
export const open311ClientsCollection = (options: ResolvedOptions): CollectionConfig => {
  const isAdmin: Access = ({ req: { user } }) => isStaffAdmin(user, options.staffCollection)
  return {
    slug: options.open311ClientsCollection,
    labels: {
      singular: { fr: 'Client Open311', en: 'Open311 client' },
      plural: { fr: 'Clients Open311', en: 'Open311 clients' },
    },
    admin: {
      useAsTitle: 'name',
      group: { fr: 'Requêtes', en: 'Requests' },
      defaultColumns: ['name', 'keyPrefix', 'active', 'rateLimit', 'readPrecision'],
      hidden: ({ user }) => !isStaffAdmin(user as never, options.staffCollection),
    },
    access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
    hooks: options.enabled ? { beforeChange: [issueApiKey], afterChange: [revealApiKey] } : {},
    endpoints: options.enabled ? [regenerateKeyEndpoint(options)] : [],
    fields: [
      {
        name: 'name',
        type: 'text',
        required: true,
        maxLength: 120,
        label: { fr: 'Nom', en: 'Name' },
      },
      {
        name: 'contactEmail',
        type: 'email',
        label: { fr: 'Courriel du responsable', en: 'Contact email' },
      },
      {
        name: 'active',
        type: 'checkbox',
        defaultValue: true,
        label: { fr: 'Actif', en: 'Active' },
        admin: {
          description: { fr: 'Un client inactif reçoit 403.', en: 'An inactive client gets 403.' },
        },
      },
      {
        name: 'rateLimit',
        type: 'number',
        required: true,
        defaultValue: 60,
        min: 1,
        max: 6000,
        label: { fr: 'Limite (requêtes par minute)', en: 'Rate limit (requests per minute)' },
        admin: { description: { fr: 'Au-delà : 429.', en: 'Beyond it: 429.' } },
      },
      {
        // What the key may change besides the requests its client created (issue #11): requests of
        // these types, whoever sent them (a partner that works a whole type for the city).
        name: 'requestTypes',
        type: 'relationship',
        relationTo: options.typesCollection as 'request-types',
        hasMany: true,
        label: { fr: 'Types de requêtes confiés', en: 'Request types granted' },
        admin: {
          description: {
            fr: 'La clé met à jour les requêtes que ce client a créées et, en plus, toutes celles de ces types (y compris celles des résidents).',
            en: 'The key updates the requests this client created and, besides, every request of these types (residents’ included).',
          },
        },
      },
      {
        name: 'readPrecision',
        type: 'select',
        defaultValue: 'public',
        options: [
          {
            value: 'public',
            label: {
              fr: 'Comme la liste publique (rue sans numéro, point arrondi à ~100 m)',
              en: 'As the public list (street without number, point rounded to ~100 m)',
            },
          },
          {
            value: 'exact',
            label: {
              fr: 'Exacte (adresse civique et coordonnées)',
              en: 'Exact (civic address and coordinates)',
            },
          },
        ],
        label: { fr: 'Précision des lectures', en: 'Read precision' },
        admin: {
          description: {
            fr: 'Ce que la clé lit avec GET requests (api_key=…). Sans clé, tout le monde lit la précision publique.',
            en: 'What the key reads with GET requests (api_key=…). Without a key, everyone reads the public precision.',
          },
        },
      },
      {
        name: 'keyPrefix',
        type: 'text',
        label: { fr: 'Clé (début)', en: 'Key (start)' },
        access: { create: noOne, update: noOne },
        admin: { readOnly: true, position: 'sidebar' },
      },
      {
        // Shows the key once (after creation or regeneration) and offers to regenerate it.
        name: 'apiKeyPanel',
        type: 'ui',
        admin: {
          position: 'sidebar',
          components: { Field: '/plugins/service-requests/components/ApiKeyPanel#ApiKeyPanel' },
        },
      },
      { name: 'keyHash', type: 'text', hidden: true, unique: true, index: true },
    ],
  }
}
