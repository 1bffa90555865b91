export { CollectionSchedules, wasteStreams } from './CollectionSchedules'
export { SnowOperations } from './SnowOperations'
export { WateringRules, weekdays } from './WateringRules'
