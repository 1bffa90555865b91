import type { RequestTypeChoice } from './types'

const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

/** The types whose name, description, group or keywords hold every search word (accents and case aside). */
export const filterTypes = (types: RequestTypeChoice[], query: string) => {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (!words.length) return types
  return types.filter((type) => {
    const text = fold(
      `${type.name} ${type.description ?? ''} ${type.group ?? ''} ${type.keywords ?? ''}`,
    )
    return words.every((w) => text.includes(w))
  })
}
