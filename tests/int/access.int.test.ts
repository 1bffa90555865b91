import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { closePayload, getTestPayload } from '../helpers/payload'

const asUser = (user: User) => ({
  user: { ...user, collection: 'users' as const },
  overrideAccess: false,
})

describe('staff roles and access rules', () => {
  let payload: Payload
  let admin: User
  let editor: User
  let agent: User
  let departmentId: number

  beforeAll(async () => {
    payload = await getTestPayload()
    const department = await payload.create({
      collection: 'departments',
      data: { name: 'Travaux publics', code: 'travaux-publics' },
      overrideAccess: true,
    })
    departmentId = department.id
    // Created without roles on an empty database: the first account must become an administrator.
    admin = await payload.create({
      collection: 'users',
      data: {
        email: 'admin@example.test',
        password: 'first-admin-pass',
        name: 'Admin',
        roles: ['editor'],
      },
      overrideAccess: true,
    })
    editor = await payload.create({
      collection: 'users',
      data: {
        email: 'editor@example.test',
        password: 'editor-pass-123',
        name: 'Editor',
        roles: ['editor'],
      },
      overrideAccess: true,
    })
    agent = await payload.create({
      collection: 'users',
      data: {
        email: 'agent@example.test',
        password: 'agent-pass-123',
        name: 'Agent',
        roles: ['agent'],
        department: departmentId,
      },
      overrideAccess: true,
    })
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should make the very first account an administrator', () => {
    expect(admin.roles).toEqual(['admin'])
  })

  it('should refuse an agent without a department, with a message in French and English', async () => {
    const error = await payload
      .create({
        collection: 'users',
        data: {
          email: 'lost@example.test',
          password: 'lost-pass-123',
          name: 'Lost',
          roles: ['agent'],
        },
        overrideAccess: true,
      })
      .then(() => null)
      .catch(
        (err: unknown) =>
          err as { status?: number; data?: { errors?: { path: string; message: string }[] } },
      )
    expect(error).toMatchObject({ status: 400 })
    expect(error?.data?.errors).toEqual([
      {
        path: 'department',
        label: expect.anything(),
        message: expect.stringMatching(/service municipal.*department/s),
      },
    ])
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: 'lost@example.test' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should not let an editor grant themselves the admin role', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { roles: ['admin'], name: 'Editor renamed' },
      ...asUser(editor),
    })
    expect(updated.name).toBe('Editor renamed')
    const stored = await payload.findByID({
      collection: 'users',
      id: editor.id,
      overrideAccess: true,
    })
    expect(stored.roles).toEqual(['editor'])
  })

  it('should let an administrator change roles', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: agent.id,
      data: { roles: ['agent', 'editor'] },
      ...asUser(admin),
    })
    expect(updated.roles).toEqual(['agent', 'editor'])
    await payload.update({
      collection: 'users',
      id: agent.id,
      data: { roles: ['agent'] },
      ...asUser(admin),
    })
  })

  it('should show a non-admin only their own staff account', async () => {
    const { docs } = await payload.find({ collection: 'users', ...asUser(agent) })
    expect(docs.map((d) => d.id)).toEqual([agent.id])
    await expect(
      payload.findByID({ collection: 'users', id: editor.id, ...asUser(agent) }),
    ).rejects.toThrow()
  })

  it('should keep staff accounts from anonymous visitors', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })

  it('should not let an editor create staff accounts', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: {
          email: 'new@example.test',
          password: 'new-pass-1234',
          name: 'New',
          roles: ['editor'],
        },
        ...asUser(editor),
      }),
    ).rejects.toThrow()
  })

  it('should let editors, but not agents, change the site settings', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { cityName: 'Ville test' },
      locale: 'fr',
      ...asUser(editor),
    })
    await expect(
      payload.updateGlobal({
        slug: 'site-settings',
        data: { cityName: 'Piratée' },
        locale: 'fr',
        ...asUser(agent),
      }),
    ).rejects.toThrow()
    const settings = await payload.findGlobal({
      slug: 'site-settings',
      locale: 'fr',
      overrideAccess: false,
    })
    expect(settings.cityName).toBe('Ville test')
    expect(settings.englishEnabled).toBe(false)
  })

  it('should let only administrators change sectors and departments', async () => {
    await expect(
      payload.update({
        collection: 'departments',
        id: departmentId,
        data: { code: 'piratee' },
        ...asUser(editor),
      }),
    ).rejects.toThrow()
    const { docs } = await payload.find({ collection: 'departments', overrideAccess: false })
    expect(docs.map((d) => d.code)).toEqual(['travaux-publics'])
  })
})
