/** Where the plugin leaves its resolved options in `config.custom`, for its frontend functions. */
export const customKey = 'serviceRequests'
