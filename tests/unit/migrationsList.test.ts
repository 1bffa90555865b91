import { describe, expect, it } from 'vitest'

import { activitiesMigrations } from '@plugins/activities'
import { citizenAccountsMigrations } from '@plugins/citizen-accounts'
import { petitionsMigrations } from '@plugins/petitions'
import { serviceRequestsMigrations } from '@plugins/service-requests'

import { migrations } from '../../src/migrations'

/**
 * `payload migrate:create` rewrites src/migrations/index.ts from the files it finds and drops the
 * plugins' own SQL (their schemas, counters, queues) that the list appends by hand: a database
 * migrated without them has tables the plugins query and cannot find.
 */
describe('the committed migrations list', () => {
  it("should end with every plugin's own migrations, after the collections' ones", () => {
    const names = migrations.map((m) => m.name)
    const own = [
      ...citizenAccountsMigrations(),
      ...serviceRequestsMigrations(),
      ...petitionsMigrations(),
      ...activitiesMigrations(),
    ].map((m) => m.name)
    expect(names.slice(-own.length)).toEqual(own)
    expect(new Set(names).size).toBe(names.length)
  })
})
