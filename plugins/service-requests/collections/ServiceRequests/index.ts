import type { CollectionConfig, Field, Where } from 'payload'

import {
  canReadRequests,
  canUpdateRequests,
  isAdminOnly,
  noOne,
  staffOnlyField,
} from '../../access/requestAccess'
import { notifyFollowers } from './hooks/notifyFollowers'
import { notifySubmitter } from './hooks/notifySubmitter'
import { prepareRequest } from './hooks/prepareRequest'
import { readSubmitterContact } from './hooks/readSubmitterContact'
import { revalidatePublicRequests } from './hooks/revalidatePublicRequests'
import { requestStatuses, statusLabels } from '../../requests/status'
import type { ResolvedOptions } from '../../types'

/** Admin components are referenced by path from the project root (Payload's import map). */
export const componentsPath = '/plugins/service-requests/components'

const statusOptions = requestStatuses.map((value) => ({ value, label: statusLabels[value] }))

/**
 * Service requests (311). Access is a filter (agents: their department; citizens: their own), so
 * every API path — REST, GraphQL, `where`, `depth` — is held to it. Who submitted, their contact
 * and the history (internal notes) are readable by staff only; the public pages read through the
 * plugin's own functions, which pick public fields.
 */
export const serviceRequestsCollection = (options: ResolvedOptions): CollectionConfig => {
  const staffOnly = staffOnlyField(options)
  const systemOnly = { create: noOne, update: noOne }
  const fields: Field[] = [
    {
      name: 'trackingNumber',
      type: 'text',
      unique: true,
      index: true,
      label: { fr: 'Numéro', en: 'Number' },
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'submitted',
      index: true,
      options: statusOptions,
      label: { fr: 'Statut', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'duplicateOf',
      type: 'relationship',
      relationTo: options.requestsCollection as 'service-requests',
      label: { fr: 'Doublon de', en: 'Duplicate of' },
      admin: { position: 'sidebar', condition: (data) => data?.status === 'duplicate' },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: options.departmentsCollection as 'departments',
      index: true,
      label: { fr: 'Service', en: 'Department' },
      admin: {
        position: 'sidebar',
        description: {
          fr: 'Acheminé selon le type et le secteur ; modifiable.',
          en: 'Routed by type and sector; can be changed.',
        },
      },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: options.staffCollection as 'users',
      index: true,
      label: { fr: 'Agent', en: 'Agent' },
      // Residents never learn which member of staff holds their request.
      access: { read: staffOnly },
      // Agents of the request's department (hooks/checkAssignment refuses anyone else, bulk edits included).
      filterOptions: ({ data }): Where => {
        const department =
          data?.department && typeof data.department === 'object'
            ? data.department.id
            : data?.department
        const isAgent: Where = { roles: { in: ['agent'] } }
        return department ? { and: [isAgent, { department: { equals: department } }] } : isAgent
      },
      admin: {
        position: 'sidebar',
        components: { Cell: `${componentsPath}/AssigneeCell#AssigneeCell` },
      },
    },
    {
      name: 'dueAt',
      type: 'date',
      index: true,
      label: { fr: 'Échéance', en: 'Due' },
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'resolvedAt',
      type: 'date',
      access: systemOnly,
      label: { fr: 'Résolue le', en: 'Resolved on' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'closedAt',
      type: 'date',
      access: systemOnly,
      label: { fr: 'Fermée le', en: 'Closed on' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // Which partner sent it (set by the Open311 POST path only): that client's key may update it.
      name: 'open311Client',
      type: 'relationship',
      relationTo: options.open311ClientsCollection as 'open311-clients',
      index: true,
      label: { fr: 'Envoyée par (partenaire Open311)', en: 'Sent by (Open311 partner)' },
      access: { read: staffOnly, create: noOne, update: noOne },
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.open311Client),
      },
    },
    {
      name: 'type',
      type: 'relationship',
      relationTo: options.typesCollection as 'request-types',
      required: true,
      index: true,
      label: { fr: 'Type', en: 'Type' },
    },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      label: { fr: 'Description', en: 'Description' },
    },
    {
      name: 'answers',
      type: 'json',
      label: { fr: 'Réponses aux questions', en: 'Answers to questions' },
      // Read as a list of questions and answers (components/RequestAnswers), not in Payload's JSON
      // editor: it loads its code editor from a CDN, and the answers are the resident's own.
      admin: {
        readOnly: true,
        components: { Field: `${componentsPath}/RequestAnswers#RequestAnswers` },
      },
    },
    {
      name: 'photosPanel',
      type: 'ui',
      admin: { components: { Field: `${componentsPath}/RequestPhotosPanel#RequestPhotosPanel` } },
    },
    {
      type: 'collapsible',
      label: { fr: 'Lieu', en: 'Location' },
      fields: [
        {
          name: 'address',
          type: 'relationship',
          relationTo: options.addressesCollection as 'addresses',
          label: { fr: 'Adresse civique', en: 'Civic address' },
        },
        {
          name: 'addressLabel',
          type: 'text',
          access: systemOnly,
          label: { fr: 'Adresse (texte)', en: 'Address (text)' },
          admin: { readOnly: true },
        },
        {
          type: 'row',
          fields: [
            { name: 'lat', type: 'number', min: -90, max: 90, label: 'Latitude' },
            { name: 'lng', type: 'number', min: -180, max: 180, label: 'Longitude' },
          ],
        },
        {
          name: 'sector',
          type: 'relationship',
          relationTo: options.sectorsCollection as 'sectors',
          index: true,
          access: systemOnly,
          label: { fr: 'Secteur', en: 'Sector' },
          admin: {
            readOnly: true,
            description: { fr: 'Déduit du lieu.', en: 'Derived from the location.' },
          },
        },
      ],
    },
    {
      type: 'collapsible',
      label: { fr: 'Demandeur', en: 'Submitter' },
      fields: [
        {
          name: 'submitter',
          type: 'relationship',
          relationTo: options.citizensCollection as 'citizens',
          index: true,
          label: { fr: 'Compte citoyen', en: 'Citizen account' },
          access: { read: staffOnly, create: noOne, update: noOne },
          admin: { readOnly: true },
        },
        {
          // The citizen's contact, for the staff who may read this request (hooks/readSubmitterContact).
          type: 'row',
          admin: { condition: (data) => Boolean(data?.submitter) },
          fields: (['name', 'email', 'phone'] as const).map((key) => ({
            name: `submitter${key[0].toUpperCase()}${key.slice(1)}`,
            type: 'text' as const,
            virtual: true,
            label: {
              name: { fr: 'Nom du demandeur', en: 'Submitter’s name' },
              email: { fr: 'Courriel du demandeur', en: 'Submitter’s email' },
              phone: { fr: 'Téléphone du demandeur', en: 'Submitter’s phone' },
            }[key],
            access: { read: staffOnly, create: noOne, update: noOne },
            admin: { readOnly: true },
            hooks: { afterRead: [readSubmitterContact(options, key)] },
          })),
        },
        {
          name: 'contact',
          type: 'group',
          label: {
            fr: 'Coordonnées (requête sans compte)',
            en: 'Contact (request without an account)',
          },
          access: { read: staffOnly, create: noOne, update: noOne },
          admin: { readOnly: true },
          fields: [
            { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' } },
            { name: 'email', type: 'email', label: { fr: 'Courriel', en: 'Email' } },
            { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
          ],
        },
        {
          name: 'language',
          type: 'select',
          required: true,
          defaultValue: 'fr',
          options: [
            { value: 'fr', label: 'Français' },
            { value: 'en', label: 'English' },
          ],
          label: { fr: 'Langue', en: 'Language' },
        },
      ],
    },
    {
      name: 'note',
      type: 'textarea',
      virtual: true,
      maxLength: 5000,
      label: { fr: 'Ajouter une note', en: 'Add a note' },
      // Payload makes virtual fields read-only in the admin unless told otherwise: staff write these.
      admin: {
        readOnly: false,
        description: {
          fr: 'Ajoutée à l’historique à l’enregistrement.',
          en: 'Added to the history on save.',
        },
      },
    },
    {
      name: 'isNotePublic',
      type: 'checkbox',
      virtual: true,
      label: { fr: 'Note visible par le demandeur', en: 'Note visible to the submitter' },
      admin: { readOnly: false },
    },
    {
      name: 'history',
      type: 'array',
      label: { fr: 'Historique', en: 'History' },
      access: { read: staffOnly, create: noOne, update: noOne },
      // Staff read it through the panel below (components/RequestHistory), not as raw rows.
      admin: { readOnly: true, hidden: true },
      fields: [
        // Indexed for Open311 servicerequestupdates (updates between two dates).
        {
          name: 'at',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: [
            { value: 'created', label: { fr: 'Création', en: 'Created' } },
            { value: 'status', label: { fr: 'Statut', en: 'Status' } },
            { value: 'assignment', label: { fr: 'Acheminement', en: 'Assignment' } },
            { value: 'note', label: { fr: 'Note', en: 'Note' } },
            { value: 'feedback', label: { fr: 'Appréciation', en: 'Feedback' } },
            { value: 'reopened', label: { fr: 'Réouverture', en: 'Reopened' } },
          ],
        },
        { name: 'fromStatus', type: 'select', options: statusOptions },
        { name: 'status', type: 'select', options: statusOptions },
        { name: 'note', type: 'textarea' },
        { name: 'isPublic', type: 'checkbox', defaultValue: false },
        { name: 'by', type: 'relationship', relationTo: options.staffCollection as 'users' },
        // The Open311 partner that wrote it (the client's name at the time), for updates sent with a key.
        { name: 'partner', type: 'text' },
      ],
    },
    {
      name: 'historyPanel',
      type: 'ui',
      admin: { components: { Field: `${componentsPath}/RequestHistory#RequestHistory` } },
    },
    {
      name: 'feedback',
      type: 'group',
      label: { fr: 'Appréciation', en: 'Feedback' },
      access: { read: staffOnly, create: noOne, update: noOne },
      admin: { readOnly: true },
      fields: [
        {
          name: 'rating',
          type: 'number',
          min: 1,
          max: 5,
          label: { fr: 'Note (1 à 5)', en: 'Rating (1 to 5)' },
        },
        {
          name: 'comment',
          type: 'textarea',
          maxLength: 2000,
          label: { fr: 'Commentaire', en: 'Comment' },
        },
        { name: 'at', type: 'date', label: { fr: 'Reçue le', en: 'Received on' } },
      ],
    },
    {
      name: 'followers',
      type: 'number',
      access: systemOnly,
      admin: { readOnly: true },
      label: { fr: 'Abonnés « moi aussi »', en: '“Me too” followers' },
    },
    // Never returned by the API: the hash of the anonymous follow-up secret and the submit idempotency key.
    { name: 'followTokenHash', type: 'text', hidden: true, index: true },
    { name: 'idempotencyKey', type: 'text', hidden: true, unique: true, index: true },
  ]
  return {
    slug: options.requestsCollection,
    labels: {
      singular: { fr: 'Requête', en: 'Service request' },
      plural: { fr: 'Requêtes', en: 'Service requests' },
    },
    admin: {
      useAsTitle: 'trackingNumber',
      defaultColumns: [
        'trackingNumber',
        'type',
        'status',
        'sector',
        'department',
        'assignee',
        'dueAt',
      ],
      listSearchableFields: ['trackingNumber', 'description'],
      group: { fr: 'Requêtes', en: 'Requests' },
      components: { beforeListTable: [`${componentsPath}/QuickFilters#QuickFilters`] },
    },
    access: {
      read: canReadRequests(options),
      update: canUpdateRequests(options),
      create: isAdminOnly(options),
      delete: isAdminOnly(options),
    },
    hooks: options.enabled
      ? {
          beforeChange: [prepareRequest(options)],
          afterChange: [
            ...(options.notifyByEmail ? [notifySubmitter(options), notifyFollowers(options)] : []),
            revalidatePublicRequests,
          ],
          afterDelete: [revalidatePublicRequests],
        }
      : {},
    fields,
  }
}
