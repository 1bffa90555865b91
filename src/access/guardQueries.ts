import {
  APIError,
  type CollectionBeforeOperationHook,
  type Config,
  type FlattenedField,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

type Sort = string | string[] | undefined

/**
 * Payload checks `where` paths against field access, but its own check of `sort` skips any path it
 * cannot resolve with access and lets the database sort by it anyway (a hidden field behind a
 * relationship, `owner.resetPasswordToken`, passes): sorting then orders documents by a value the
 * caller may not read, one comparison at a time — an oracle. This walks every sort path itself,
 * for every call that does not override access (REST, GraphQL, the admin, the Local API acting for
 * a visitor), and refuses with a 400 any path that reaches a field the caller cannot read.
 */
export class SortNotAllowed extends APIError {
  constructor(path: string) {
    super(`Tri impossible sur « ${path} ». / Cannot sort by “${path}”.`, 400, undefined, true)
  }
}

const isLocaleSegment = (req: PayloadRequest, segment: string) =>
  Boolean(
    req.payload.config.localization &&
    req.payload.config.localization.localeCodes.includes(segment),
  )

const evaluate = async (fn: unknown, req: PayloadRequest): Promise<unknown> => {
  if (typeof fn !== 'function') return true
  try {
    return await fn({ req })
  } catch {
    return false
  }
}

/**
 * True when `path` (dots between segments) names fields this request may read all the way: every
 * field exists, none is hidden, each field-level read rule says yes, and a relationship is only
 * crossed into a collection the caller may read entirely (a filtered read access would let the
 * order leak values of documents outside the filter).
 */
export const isReadablePath = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  path: string,
): Promise<boolean> => {
  const segments = path.split('.').filter(Boolean)
  if (!segments.length) return false
  let fields: FlattenedField[] = collection.flattenedFields
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i]
    if (segment === 'id' && i === segments.length - 1) return true
    const field = fields.find((f) => f.name === segment)
    if (!field) return false
    if ('hidden' in field && field.hidden) return false
    if ((await evaluate(field.access?.read, req)) !== true) return false
    if ('localized' in field && field.localized && isLocaleSegment(req, segments[i + 1] ?? ''))
      i += 1
    if (i === segments.length - 1) return true
    if (field.type === 'relationship' || field.type === 'upload') {
      if (typeof field.relationTo !== 'string') return false
      const related = req.payload.collections[field.relationTo]?.config
      if (!related) return false
      if ((await evaluate(related.access?.read, req)) !== true) return false
      return isReadablePath(req, related, segments.slice(i + 1).join('.'))
    }
    if (field.type === 'join') return false
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
      fields = field.flattenedFields
      continue
    }
    // A scalar, JSON, rich text or blocks field with more segments after it: nothing to sort by.
    return false
  }
  return false
}

const sortPaths = (sort: Sort): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((s) => s.trim().replace(/^-/, '').replace(/__/g, '.'))
    .filter(Boolean)

/** What a versions query may sort by besides the document's own fields (under `version.`). */
const versionMeta = [
  'parent',
  'latest',
  'autosave',
  'snapshot',
  'publishedLocale',
  'updatedAt',
  'createdAt',
]

const checkSort = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  sort: Sort,
) => {
  for (const raw of sortPaths(sort)) {
    if (collection.versions && !collection.flattenedFields.some((f) => f.name === 'version')) {
      // `findVersions` runs the same hook: version rows keep the document's fields under `version.`.
      if (raw.startsWith('version.')) {
        if (await isReadablePath(req, collection, raw.slice('version.'.length))) continue
        throw new SortNotAllowed(raw)
      }
      if (versionMeta.includes(raw)) continue
    }
    if (!(await isReadablePath(req, collection, raw))) throw new SortNotAllowed(raw)
  }
}

type ReadArgs = {
  sort?: Sort
  joins?: false | Record<string, false | { sort?: Sort } | undefined>
  overrideAccess?: boolean
  req?: PayloadRequest
}

export const guardSort: CollectionBeforeOperationHook = async ({
  args,
  operation,
  collection,
  req,
}) => {
  if (operation !== 'read' && operation !== 'readDistinct') return args
  const readArgs = args as ReadArgs
  // REST and GraphQL leave overrideAccess unset (access applies); only system code sets it to true.
  if (readArgs.overrideAccess === true) return args
  await checkSort(req, collection, readArgs.sort)
  if (readArgs.joins) {
    for (const [joinPath, join] of Object.entries(readArgs.joins)) {
      if (!join || !join.sort) continue
      const joinField = collection.flattenedFields.find((f) => f.name === joinPath.split('.')[0])
      const target =
        joinField?.type === 'join' && typeof joinField.collection === 'string'
          ? req.payload.collections[joinField.collection]?.config
          : undefined
      if (!target) throw new SortNotAllowed(joinPath)
      await checkSort(req, target, join.sort)
    }
  }
  return args
}

/**
 * Adds the guard to every collection, the plugins' included: listed last in `payload.config.ts`
 * so it sees the collections every other plugin added.
 */
export const guardQueries =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [guardSort, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
  })
