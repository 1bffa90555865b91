import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../types'

/** The resident form's endpoints (under /api). */
export const formEndpoints = (_options: ResolvedOptions): Endpoint[] => []
