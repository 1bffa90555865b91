/** A query string or a posted form (`URLSearchParams`), or Next's `searchParams` object. */
export type QueryParams = URLSearchParams | Record<string, string | string[] | undefined>

const valueOf = (params: QueryParams, name: string): string | undefined => {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined
  const value = params[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * A parameter's value under the first of its names present: its current name first, then the
 * older ones links and forms written before still carry (`['returnTo', 'retour']`); '' when none
 * is. A plugin keeps its table of names; this reads them the same way everywhere.
 */
export const readParam = (params: QueryParams, names: readonly string[]): string => {
  for (const name of names) {
    const value = valueOf(params, name)
    if (value !== undefined) return value
  }
  return ''
}
