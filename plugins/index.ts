import type { Plugin } from 'payload'

/**
 * Every plugin the city runs, in order. Each entry is a self-contained folder under plugins/ that a
 * second city could reuse; removing one from this list leaves the rest building and passing.
 */
export const plugins: Plugin[] = []
