/** A tel: link from a phone number as people write it ("819 555-0100" → "tel:8195550100"). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`
