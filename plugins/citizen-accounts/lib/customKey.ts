/** Where the plugin leaves its resolved options for its frontend (config.custom). */
export const customKey = 'citizenAccounts'
