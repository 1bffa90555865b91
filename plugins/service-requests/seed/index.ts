/** The demo city's request types and Open311 client, for the host app's seed. */
export { demoOpen311ClientName, seedOpen311Client } from './open311Client'
export { demoRequestTypes, type SeedRequestType, seedRequestTypes } from './requestTypes'
