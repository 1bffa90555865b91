/**
 * The query-string keys the plugin writes, each followed by the French one it wrote before and
 * still reads, so a link already sent or bookmarked (and the service-requests form's `retour=`)
 * keeps working.
 */
export const queryKeys = {
  returnTo: ['returnTo', 'retour'],
  address: ['address', 'adresse'],
} as const
