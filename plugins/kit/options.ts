import type { Payload } from 'payload'

/**
 * A plugin leaves its resolved options in `config.custom[key]` when the host installs it; its
 * frontend functions, endpoints and admin components read them back from the Payload instance.
 * `installed(payload)` is null when the plugin is not installed (or disabled); `required(payload)`
 * says which plugin is missing.
 */
export const optionsReader = <Options>(key: string, pluginName: string) => {
  const installed = (payload: Payload): Options | null =>
    ((payload.config.custom as Record<string, unknown> | undefined)?.[key] as
      Options | undefined) ?? null
  const required = (payload: Payload): Options => {
    const options = installed(payload)
    if (!options)
      throw new Error(`${pluginName} is not installed (or disabled) in this Payload config`)
    return options
  }
  return { installed, required }
}
