import { siteUrl } from './siteUrl'

/** A CAP identifier unique to this city and notice (CAP forbids spaces, commas and markup in it). */
export const capIdentifier = (id: number): string => `${new URL(siteUrl()).hostname}-avis-${id}`
