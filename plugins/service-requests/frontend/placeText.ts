import type { RequestTranslate } from '../i18n/translate'
import type { PublicRequest } from '../public/publicList'

/** A public request's place in words: its street, the street nearest its point, or its sector; never coordinates. */
export const placeText = (
  t: RequestTranslate,
  r: Pick<PublicRequest, 'street' | 'nearStreet' | 'point' | 'sectorName'>,
) =>
  r.street ??
  (r.nearStreet
    ? t('public.nearStreet', { street: r.nearStreet })
    : r.point && r.sectorName
      ? t('public.inSector', { sector: r.sectorName })
      : t('public.noPlace'))
