import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/config'
import { tags } from '@/lib/cache/tags'

import { getPayloadClient } from './payload'

export type DepartmentSummary = {
  id: number
  name: string
  email: string | null
  phone: string | null
}
export type SectorSummary = { id: number; name: string; code: string }

/** Departments in alphabetical order of their name in the visitor's language. */
export const getDepartments = (locale: Locale): Promise<DepartmentSummary[]> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'departments',
        locale,
        sort: 'name',
        limit: 100,
        depth: 0,
        overrideAccess: false,
        select: { name: true, email: true, phone: true },
      })
      return docs.map((d) => ({
        id: d.id,
        name: d.name,
        email: d.email ?? null,
        phone: d.phone ?? null,
      }))
    },
    ['departments', locale],
    { tags: [tags.departments] },
  )()

/** Sectors without their boundaries (those are large and not needed to list them). */
export const getSectors = (locale: Locale): Promise<SectorSummary[]> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'sectors',
        locale,
        sort: 'name',
        limit: 100,
        depth: 0,
        overrideAccess: false,
        select: { name: true, code: true },
      })
      return docs.map((s) => ({ id: s.id, name: s.name, code: s.code }))
    },
    ['sectors', locale],
    { tags: [tags.sectors] },
  )()
