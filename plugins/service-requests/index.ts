import type { Config, Plugin } from 'payload'

import { open311ClientsCollection } from './collections/Open311Clients'
import { requestDraftsCollection } from './collections/RequestDrafts'
import { requestPhotosCollection } from './collections/RequestPhotos'
import { requestTypesCollection } from './collections/RequestTypes'
import { serviceRequestsCollection } from './collections/ServiceRequests'
import { resolveOptions } from './defaults'
import { formEndpoints } from './endpoints'
import { componentsPath } from './collections/ServiceRequests'
import { purgeDraftsTask } from './jobs/purgeDrafts'
import { customKey } from './customKey'
import type { ServiceRequestsOptions } from './types'

export type { ServiceRequestsOptions } from './types'

/**
 * Service requests (311): request types routed to departments, requests with a tracking number, a
 * status machine, a history and a due date in business days; a multi-step resident form that works
 * without JavaScript; access by department for agents and by ownership for citizens.
 */
export const serviceRequestsPlugin =
  (incoming: ServiceRequestsOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(incoming)
    const collections = [
      ...(config.collections ?? []),
      requestTypesCollection(options),
      serviceRequestsCollection(options),
      requestDraftsCollection(options),
      requestPhotosCollection(options),
      open311ClientsCollection(options),
    ]
    // Registered even when disabled (it is part of the jobs table's schema); unscheduled then.
    const jobs = {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), purgeDraftsTask(options)],
    }
    if (!options.enabled) return { ...config, collections, jobs }
    return {
      ...config,
      collections,
      jobs,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          // Open, overdue, time to resolve and on-time rate per department, within the viewer's access.
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            `${componentsPath}/StaffDashboard#StaffDashboard`,
          ],
        },
      },
      endpoints: [...(config.endpoints ?? []), ...formEndpoints(options)],
      custom: { ...config.custom, [customKey]: options },
    }
  }

// What the host app wires into other plugins (plugins/index.ts): the "Mon dossier" block and the
// resident's data for Law 25's export and erasure.
export { myRequestsDashboardSection } from './frontend/MyRequestsSection'
export { serviceRequestsMigrations } from './migrations'
export { eraseCitizenFollows, exportCitizenFollows } from './follow/followers'
export { eraseCitizenRequests, exportCitizenRequests } from './residents/personalData'
