import type { Locale } from '@/i18n/config'
import { getSchedulesForSector } from '@/lib/data/addresses'
import { getNoticeList } from '@/lib/data/notices'
import { upcomingCollections } from '@/lib/schedules/upcoming'
import type { DashboardSection } from '@plugins/citizen-accounts/frontend'

import {
  CollectionDaysSection,
  type CollectionDays,
  SectorNoticesSection,
  type SectorNotices,
} from './SectorBlocks'

/**
 * The app's own blocks of the dashboard: what the city knows about the citizen's sector, read
 * from the sector's cached schedules and notices (no section without a sector).
 */
export const sectorSections = (locale: Locale): DashboardSection[] => [
  {
    key: 'collections',
    order: 10,
    load: async ({ citizen }): Promise<CollectionDays | null> => {
      if (!citizen.sectorId) return null
      const { schedules } = await getSchedulesForSector(locale, citizen.sectorId)
      return { days: upcomingCollections(schedules, { weeks: 2 }), addressId: citizen.addressId }
    },
    Component: CollectionDaysSection,
  },
  {
    key: 'notices',
    order: 20,
    load: async ({ citizen }): Promise<SectorNotices | null> => {
      if (!citizen.sectorId) return null
      const notices = await getNoticeList(locale, { sectorId: citizen.sectorId })
      return notices.slice(0, 10).map((n) => ({ id: n.id, slug: n.slug, title: n.title }))
    },
    Component: SectorNoticesSection,
  },
]
