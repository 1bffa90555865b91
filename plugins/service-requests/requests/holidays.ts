// Business days and Quebec's holidays live in the city profile (`@engines/city`): a city elsewhere
// changes them there. Re-exported for the plugin's callers and tests.
export {
  addBusinessDays,
  easterSunday,
  type Holiday,
  isNonBusinessDay,
  quebecHolidays,
} from '@engines/city'
