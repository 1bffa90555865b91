import type { Config, Plugin } from 'payload'

import { auditCollection } from './collections/PetitionAudit'
import { eventsCollection } from './collections/PetitionEvents'
import { signaturesCollection } from './collections/PetitionSignatures'
import { petitionTypesCollection } from './collections/PetitionTypes'
import { petitionsCollection } from './collections/Petitions'
import { deleteSignatures } from './collections/Petitions/hooks/deleteSignatures'
import { queueOutcomes } from './collections/Petitions/hooks/queueOutcomes'
import { revalidatePetitions } from './collections/Petitions/hooks/revalidatePetitions'
import { customKey, resolveOptions } from './defaults'
import { filingEndpoints } from './endpoints/file'
import { signEndpoints } from './endpoints/sign'
import { staffEndpoints } from './endpoints/staff'
import { staffAdmin, withStaffTabLabels } from './components/config'
import { supportEndpoints } from './endpoints/support'
import { unsubscribeEndpoints } from './endpoints/unsubscribe'
import { visitorEndpoints } from './endpoints/visitor'
import { anonymiseSignaturesTask } from './jobs/anonymiseSignatures'
import { closePetitionsTask } from './jobs/closePetitions'
import { notifyThresholdsTask } from './jobs/notifyThresholds'
import { sendOutcomesTask } from './jobs/sendOutcomes'
import type { PetitionsOptions } from './types'

export type { PetitionCitizen, PetitionsOptions } from './types'
export { petitionsMigrations } from './migrations'
// Law 25: the resident's signatures in "Download my data", unlinked by "Delete my account".
export { petitionsPersonalData } from './lib/personalData'

/**
 * Petitions: residents sign petitions that can oblige the city to respond or to hold a public
 * consultation, under rules kept as data (`petition-types`: minimum age, area, quorum, window,
 * thresholds, channel, excluded subjects, retention), frozen on each petition when signing opens.
 * One signature per person and petition held by a unique index, the count moved in SQL in the same
 * transaction, each threshold recorded once (`petition-events`). Signatures are read by the greffe
 * only. The public pages are server components in `frontend/`; the counter lives in the plugin's
 * own schema (`petitionsMigrations()`).
 */
export const petitionsPlugin =
  (incoming: PetitionsOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(incoming)
    const existing = (config.collections ?? []).map((c) => c.slug)
    const types = petitionTypesCollection(options)
    const petitions = petitionsCollection(options, existing)
    const signatures = signaturesCollection(options, existing)
    const events = eventsCollection(options)
    const audit = auditCollection(options)
    // Tasks are registered even when disabled: they are part of the jobs table's schema.
    const jobs = {
      ...config.jobs,
      tasks: [
        ...(config.jobs?.tasks ?? []),
        closePetitionsTask(options),
        anonymiseSignaturesTask(options),
        // Supports, outcome and threshold emails (issue 16).
        sendOutcomesTask(options),
        notifyThresholdsTask(options),
      ],
    }
    // Disabled: the collections stay (so migrations stay stable), nothing else is added.
    if (!options.enabled)
      return {
        ...config,
        collections: [...(config.collections ?? []), types, petitions, signatures, events, audit],
        jobs,
      }
    return {
      ...config,
      jobs,
      collections: [
        ...(config.collections ?? []),
        types,
        {
          ...petitions,
          admin: staffAdmin(petitions.admin),
          hooks: {
            ...petitions.hooks,
            beforeDelete: [...(petitions.hooks?.beforeDelete ?? []), deleteSignatures],
            afterChange: [
              ...(petitions.hooks?.afterChange ?? []),
              revalidatePetitions,
              queueOutcomes,
            ],
            afterDelete: [...(petitions.hooks?.afterDelete ?? []), revalidatePetitions],
          },
          endpoints: [
            ...filingEndpoints(options),
            ...signEndpoints(options),
            ...staffEndpoints(options),
            // Supports by shared link, unsubscribing from the outcome emails.
            ...supportEndpoints(options),
            ...unsubscribeEndpoints(options),
            // Visitors' signatures confirmed by email (issue 16, signing slice).
            ...visitorEndpoints(options),
          ],
        },
        signatures,
        events,
        audit,
      ],
      custom: { ...config.custom, [customKey]: options },
      i18n: withStaffTabLabels(config.i18n),
    }
  }
