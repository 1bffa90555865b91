export type BilingualMessage = { fr: string; en: string }

/**
 * A calendar input the engine refuses. The message carries both languages because it reaches
 * editors through Payload field validation, whose admin UI may be in either.
 */
export class CalendarError extends Error {
  readonly fr: string
  readonly en: string

  constructor({ fr, en }: BilingualMessage) {
    super(`${fr} / ${en}`)
    this.name = 'CalendarError'
    this.fr = fr
    this.en = en
  }
}
