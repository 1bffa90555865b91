/**
 * The Place engine: civic addresses (label, key, CSV rows), sector boundaries (GeoJSON checks) and
 * which sector a point falls in. Pure: npm packages only, no Payload, no Next, no app code; the
 * Payload-aware parts (loading the sectors, importing addresses) stay in the app (src/lib/place).
 */
export * from './address'
export * from './geojson'
export * from './parseAddressCsv'
export * from './sectorForPoint'
