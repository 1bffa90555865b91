/**
 * The query-string keys of the plugin's pages and endpoints, named in English, each with the French
 * key its links carried first. Readers accept both, English first, so a link written either way
 * (an email, a bookmark, the sign-in page's return address) keeps working.
 */
export const queryKeys = {
  draft: ['draft', 'brouillon'],
  step: ['step', 'etape'],
  error: ['error', 'erreur'],
  address: ['address', 'adresse'],
  meToo: ['meToo', 'moiaussi'],
  followed: ['followed', 'suivie'],
} as const

export type QueryKey = keyof typeof queryKeys

type Params = URLSearchParams | Record<string, string | string[] | undefined>

const first = (params: Params, name: string): string | undefined => {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined
  const value = params[name]
  return Array.isArray(value) ? value[0] : value
}

/** A key's value from a query string or Next's `searchParams`, by its English name or its French one; '' when absent. */
export const readQuery = (params: Params, key: QueryKey): string => {
  for (const name of queryKeys[key]) {
    const value = first(params, name)
    if (value !== undefined) return value
  }
  return ''
}
