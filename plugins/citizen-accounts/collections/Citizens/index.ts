import type { CollectionConfig } from 'payload'

import { isStaffRequest } from '../../access/isStaff'
import {
  isResidentDataStaffOnly,
  isResidentStaffOrSelf,
  residentStaffOrSelfField,
  systemOnlyField,
} from '../../access/citizenAccess'
import { accountActionEndpoint, accountActions } from '../../endpoints/accountActions'
import { assignSectorFromAddress } from './hooks/assignSectorFromAddress'
import { auditStaffChange, auditStaffDelete, auditStaffView } from './hooks/auditStaffChanges'
import { refuseDisabledAccount } from './hooks/refuseDisabledAccount'
import { refuseStaffCredentialChanges } from './hooks/refuseStaffCredentialChanges'
import { protectSystemFields } from './hooks/protectSystemFields'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'
import { asLocale } from '../../i18n/translate'
import { renderEmail } from '../../lib/emails'
import { accountHref } from '../../lib/routes'
import type { ResolvedOptions } from '../../types'

const closedAuthRoutes = [
  '/login',
  '/forgot-password',
  '/reset-password',
  '/verify/:id',
  '/first-register',
  '/refresh-token',
]

export const relationships = ['spouse', 'child', 'parent', 'roommate', 'other'] as const

/**
 * Residents' accounts, apart from staff `users`: a citizen can never open the admin nor read staff
 * data (every staff access rule checks `req.user.collection`). Only the staff roles that handle
 * residents' records (`residentDataRoles`, administrators by default) read them here, and no one on
 * staff writes them: they take the audited account actions instead (endpoints/accountActions.ts).
 */
export const citizensCollection = (options: ResolvedOptions): CollectionConfig => {
  const { slug, staffCollection, residentDataRoles } = options
  const rule = { staffCollection, residentDataRoles }
  const residentStaff = isResidentDataStaffOnly(rule)
  // Written by the plugin's own code only (system calls override access).
  const staffField = systemOnlyField
  const link = (
    page: 'verify' | 'reset',
    token: string,
    user: { preferredLanguage?: string | null },
    serverURL: string,
  ) => `${serverURL}${accountHref(asLocale(user.preferredLanguage), page, { token })}`
  return {
    slug,
    labels: {
      singular: { fr: 'Citoyen', en: 'Citizen' },
      plural: { fr: 'Citoyens', en: 'Citizens' },
    },
    auth: {
      // Payload 3 sessions: each login adds a session id to the record and the JWT; logging out
      // removes it, so a copied token stops working at once.
      useSessions: true,
      tokenExpiration: options.tokenExpiration,
      // The session check reads the citizen's own row only (Payload's default would populate the
      // address and sector two levels deep on every signed-in request); pages that show the
      // address label read it from a per-address cache (frontend/citizen.ts).
      depth: 0,
      // No account lock: anyone who knows a resident's email could set it from anywhere. The
      // sign-in form counts failures per address and per account from an address instead
      // (options.maxLoginAttempts / lockTime, lib/rateLimit.ts).
      maxLoginAttempts: 0,
      verify: {
        generateEmailSubject: ({ user }) =>
          renderEmail({
            kind: 'verify',
            locale: asLocale(user?.preferredLanguage),
            url: '',
            cityName: options.cityName,
          }).subject,
        generateEmailHTML: ({ req, token, user }) =>
          renderEmail({
            kind: 'verify',
            locale: asLocale(user?.preferredLanguage),
            url: link('verify', token, user, req?.payload.config.serverURL ?? ''),
            cityName: options.cityName,
          }).html,
      },
      forgotPassword: {
        generateEmailSubject: (args) =>
          renderEmail({
            kind: 'reset',
            locale: asLocale(args?.user?.preferredLanguage),
            url: '',
            cityName: options.cityName,
          }).subject,
        generateEmailHTML: (args) =>
          renderEmail({
            kind: 'reset',
            locale: asLocale(args?.user?.preferredLanguage),
            url: link(
              'reset',
              String(args?.token ?? ''),
              args?.user ?? {},
              args?.req?.payload.config.serverURL ?? '',
            ),
            cityName: options.cityName,
          }).html,
      },
      cookies: {
        sameSite: 'Lax',
        secure:
          process.env.NODE_ENV === 'production' &&
          Boolean(process.env.SERVER_URL?.startsWith('https://')),
      },
    },
    admin: {
      useAsTitle: 'email',
      defaultColumns: ['name', 'email', 'sector', '_verified', 'createdAt'],
      group: { fr: 'Résidents', en: 'Residents' },
      description: {
        fr: 'Dossiers des résidents. Seul le personnel les voit ; un citoyen ne voit que le sien, sur le site.',
        en: "Residents' accounts. Only staff see them here; a citizen sees only their own, on the site.",
      },
    },
    access: {
      // A citizen never opens the admin, whatever cookie they hold.
      admin: () => false,
      read: isResidentStaffOrSelf({ slug, ...rule }),
      // Registration goes through the plugin's rate-limited endpoint, never the REST create.
      create: () => false,
      // A resident's own record, by the resident (system fields held by protectSystemFields), or
      // by the staff who handle residents' records, every change audited with the fields that truly
      // changed; nobody on staff sets a password or sign-in email (hooks/refuseStaffCredentialChanges).
      update: isResidentStaffOrSelf({ slug, ...rule }),
      // On a resident's written request (audited); residents delete their own from "Mes données".
      delete: residentStaff,
      unlock: residentStaff,
    },
    // Citizens sign in, register and reset passwords only through the plugin's form endpoints, which
    // add rate limits and identical answers for known and unknown emails: Payload's own auth routes
    // and GraphQL mutations for this collection are closed. Staff still manage records in the admin.
    endpoints: [
      ...closedAuthRoutes.map((path) => ({
        path,
        method: 'post' as const,
        handler: () => Response.json({ errors: [{ message: 'Not found' }] }, { status: 404 }),
      })),
      ...(options.enabled
        ? accountActions.map((action) => accountActionEndpoint(options, action))
        : []),
    ],
    graphQL: { disableMutations: true },
    hooks: {
      beforeOperation: [
        refuseStaffCredentialChanges({ staffCollection, slug }),
        requireCurrentPassword(staffCollection),
      ],
      beforeChange: [
        protectSystemFields(staffCollection),
        assignSectorFromAddress(options.addressesCollection),
      ],
      beforeLogin: [refuseDisabledAccount],
      afterChange: [auditStaffChange({ staffCollection, auditSlug: options.auditCollection })],
      afterDelete: [auditStaffDelete({ staffCollection, auditSlug: options.auditCollection })],
      // Session ids and expiries are the resident's business, not staff's.
      afterRead: [
        ({ doc, req }) =>
          isStaffRequest(req, staffCollection) ? { ...doc, sessions: undefined } : doc,
      ],
      afterOperation: [auditStaffView({ staffCollection, auditSlug: options.auditCollection })],
    },
    fields: [
      {
        // Payload's sign-in email, with one more rule: no one writes it through the API once the
        // account exists (a new email would hand over the account); the plugin's code does, with
        // overrideAccess, when it has checked the resident's own request.
        name: 'email',
        type: 'email',
        required: true,
        unique: true,
        index: true,
        label: { fr: 'Courriel', en: 'Email' },
        access: { update: () => false },
      },
      {
        name: 'name',
        type: 'text',
        required: true,
        maxLength: 120,
        label: { fr: 'Nom', en: 'Name' },
      },
      {
        // Send a reset email, sign out everywhere, disable or enable: for the staff who handle records.
        name: 'accountActions',
        type: 'ui',
        admin: {
          position: 'sidebar',
          components: {
            Field: '/plugins/citizen-accounts/components/AccountActions#AccountActions',
          },
        },
      },
      {
        name: 'disabledAt',
        type: 'date',
        label: { fr: 'Désactivé le', en: 'Disabled on' },
        access: {
          read: residentStaffOrSelfField({ slug, ...rule }),
          create: systemOnlyField,
          update: systemOnlyField,
        },
        admin: {
          readOnly: true,
          position: 'sidebar',
          description: {
            fr: 'Aucune connexion possible tant qu’il est désactivé.',
            en: 'No sign-in while disabled.',
          },
        },
      },
      { name: 'phone', type: 'text', maxLength: 30, label: { fr: 'Téléphone', en: 'Phone' } },
      {
        name: 'preferredLanguage',
        type: 'select',
        required: true,
        defaultValue: 'fr',
        options: [
          { value: 'fr', label: 'Français' },
          { value: 'en', label: 'English' },
        ],
        label: { fr: 'Langue de communication', en: 'Preferred language' },
      },
      {
        name: 'address',
        type: 'relationship',
        relationTo: options.addressesCollection as 'addresses',
        label: { fr: 'Adresse civique', en: 'Civic address' },
      },
      {
        name: 'sector',
        type: 'relationship',
        relationTo: options.sectorsCollection as 'sectors',
        index: true,
        label: { fr: 'Secteur', en: 'Sector' },
        access: { create: staffField, update: staffField },
        admin: {
          readOnly: true,
          description: { fr: 'Déduit de l’adresse.', en: 'Derived from the address.' },
        },
      },
      {
        name: 'household',
        type: 'array',
        maxRows: 12,
        label: { fr: 'Ménage', en: 'Household' },
        admin: {
          description: { fr: 'Prénom et lien seulement.', en: 'First name and relationship only.' },
        },
        fields: [
          {
            name: 'firstName',
            type: 'text',
            required: true,
            maxLength: 50,
            label: { fr: 'Prénom', en: 'First name' },
          },
          {
            name: 'relationship',
            type: 'select',
            required: true,
            options: relationships.map((value) => ({
              value,
              label: {
                spouse: { fr: 'Conjoint', en: 'Spouse' },
                child: { fr: 'Enfant', en: 'Child' },
                parent: { fr: 'Parent', en: 'Parent' },
                roommate: { fr: 'Colocataire', en: 'Roommate' },
                other: { fr: 'Autre', en: 'Other' },
              }[value],
            })),
            label: { fr: 'Lien', en: 'Relationship' },
          },
        ],
      },
      {
        name: 'alertTopics',
        type: 'select',
        hasMany: true,
        // A topic list that is empty still needs one value for the column type: the "all notices" topic.
        options: [
          { value: 'all', label: { fr: 'Tous les avis', en: 'All notices' } },
          ...options.notifications.topics,
          {
            value: 'collection-reminders',
            label: {
              fr: 'Rappel de collecte la veille',
              en: 'Collection reminder the evening before',
            },
          },
        ],
        label: { fr: 'Avis reçus', en: 'Notice alerts' },
      },
      // News categories are a list of their own: a category may share a notice kind's value.
      ...(options.notifications.newsTopics.length
        ? [
            {
              name: 'newsTopics',
              type: 'select' as const,
              hasMany: true,
              options: options.notifications.newsTopics,
              label: { fr: 'Actualités reçues', en: 'News alerts' },
            },
          ]
        : []),
      {
        name: 'alertChannels',
        type: 'select',
        hasMany: true,
        options: [
          { value: 'email', label: { fr: 'Courriel', en: 'Email' } },
          { value: 'sms', label: { fr: 'Texto (SMS)', en: 'Text message (SMS)' } },
        ],
        label: { fr: 'Canaux', en: 'Channels' },
      },
      {
        name: 'consents',
        type: 'array',
        label: { fr: 'Consentements', en: 'Consents' },
        access: { create: staffField, update: staffField },
        admin: { readOnly: true },
        fields: [
          { name: 'purpose', type: 'text', required: true, label: { fr: 'Objet', en: 'Purpose' } },
          {
            name: 'textVersion',
            type: 'text',
            required: true,
            label: { fr: 'Version du texte', en: 'Text version' },
          },
          {
            name: 'acceptedAt',
            type: 'date',
            required: true,
            label: { fr: 'Accepté le', en: 'Accepted on' },
          },
        ],
      },
    ],
  }
}
