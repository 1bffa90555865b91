export type AddressParts = {
  number: number
  suffix?: string | null
  street: string
  postalCode: string
}

/** One civic address with its point, as an import reads it. */
export type AddressRow = AddressParts & { lat: number; lng: number }

/** How an address reads on screen: "125A, rue des Érables". */
export const addressLabel = ({ number, suffix, street }: AddressParts): string =>
  `${number}${suffix ? suffix.trim().toUpperCase() : ''}, ${street.trim()}`

/** A stable key for one civic address, accent- and case-insensitive: "125a|rue des erables|J0A1B0". */
export const addressKey = ({ number, suffix, street, postalCode }: AddressParts): string =>
  [
    `${number}${(suffix ?? '').trim().toLowerCase()}`,
    street
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim(),
    postalCode.replace(/\s/g, '').toUpperCase(),
  ].join('|')
