import { requestTranslator } from '../../../i18n/translate'
import { mapSize, type Point } from '../../../places/map'
import { newRequestHref } from '../../../requests/routes'
import { geolocationScript, mapScript } from '../../inlineScripts'
import type { AddressChoice, StepFrame } from '../types'
import { Buttons, HiddenFields } from './StepForm'

export type LocationStepProps = {
  frame: StepFrame
  /** The address search, as typed. */
  query: string
  /** How many addresses the search found (the draft's own address aside). */
  matchCount: number
  /** The draft's address first (when the search did not find it), then the search's. */
  addresses: AddressChoice[]
  /** The draft's address, when it has one. */
  currentId: number | null
  /** The draft's point (a map click, the device's position), when it has no address. */
  point: Point | null
  /** The point's sector, and the civic address nearest it. */
  pointSector: string | null
  nearLabel: string | null
  isPointJustSaved: boolean
  isRequired: boolean
  /** Whether the city has sectors to draw: the map and "use my location" need them. */
  hasMap: boolean
  /** The map image's address (with the draft's point drawn on it). */
  mapSrc: string
}

export const LocationStep = ({
  frame,
  query,
  matchCount,
  addresses,
  currentId,
  point,
  pointSector,
  nearLabel,
  isPointJustSaved,
  isRequired,
  hasMap,
  mapSrc,
}: LocationStepProps) => {
  const { locale, draftKey } = frame
  const t = requestTranslator(locale)
  return (
    <>
      {isPointJustSaved && point ? (
        <p role="status" className="request-message">
          {t('form.pointSaved', { sector: pointSector ?? '' })}
        </p>
      ) : null}
      <form method="get" action={newRequestHref(locale)} role="search" className="filters">
        <input type="hidden" name="draft" value={draftKey ?? undefined} />
        <input type="hidden" name="step" value="location" />
        <div>
          <label htmlFor="adresse">{t('form.addressSearch')}</label>
          <input
            id="adresse"
            name="address"
            type="text"
            autoComplete="street-address"
            defaultValue={query}
            maxLength={100}
            aria-describedby="adresse-aide"
          />
          <p id="adresse-aide" className="meta">
            {t('form.addressHint')}
          </p>
        </div>
        <button type="submit">{t('form.addressSearchButton')}</button>
      </form>
      {query && matchCount === 0 ? (
        <p role="status">{t('form.noAddressMatch', { query })}</p>
      ) : null}
      <form method="post" action={frame.action} className="stack">
        <HiddenFields frame={frame} />
        <fieldset className="stack">
          <legend>
            {t('form.chooseAddress')}
            {isRequired ? ` (${t('form.required')})` : ''}
          </legend>
          {!isRequired ? <p className="meta">{t('form.locationOptional')}</p> : null}
          {point ? (
            <div>
              <input
                type="radio"
                id="lieu-choisi"
                name="addressId"
                value="point"
                required={isRequired}
                defaultChecked
              />{' '}
              <label htmlFor="lieu-choisi">
                {nearLabel
                  ? t('form.pointChosenNear', { sector: pointSector ?? '', address: nearLabel })
                  : t('form.pointChosen', { sector: pointSector ?? '' })}
                {/* The place reads as an address; the exact position follows, for the resident who gave it (their device's). */}
                <span className="meta">
                  {' '}
                  —{' '}
                  {t('form.pointPosition', {
                    lat: point.lat.toFixed(5),
                    lng: point.lng.toFixed(5),
                  })}
                </span>
              </label>
            </div>
          ) : null}
          {addresses.map((choice, i) => (
            <div key={choice.id}>
              <input
                type="radio"
                id={`adresse-${choice.id}`}
                name="addressId"
                value={choice.id}
                required={isRequired}
                defaultChecked={
                  currentId ? choice.id === currentId : !point && i === 0 && addresses.length === 1
                }
              />{' '}
              <label htmlFor={`adresse-${choice.id}`}>
                {choice.label} ({choice.postalCode})
              </label>
            </div>
          ))}
          {!isRequired ? (
            <div>
              <input
                type="radio"
                id="adresse-aucune"
                name="addressId"
                value="none"
                defaultChecked={!currentId && !point && addresses.length !== 1}
              />{' '}
              <label htmlFor="adresse-aucune">{t('form.noLocation')}</label>
            </div>
          ) : null}
        </fieldset>
        <Buttons frame={frame} />
      </form>
      {hasMap ? (
        <section aria-labelledby="autres-facons" className="stack">
          <h2 id="autres-facons">{t('form.otherWays')}</h2>
          <form
            method="post"
            action={frame.action}
            id="ma-position"
            hidden
            data-wait={t('form.locating')}
            data-fail={t('form.locationFailed')}
          >
            <HiddenFields frame={frame} />
            <input type="hidden" name="position" value="1" />
            <input type="hidden" name="lat" value="" />
            <input type="hidden" name="lng" value="" />
            <button type="submit">{t('form.useMyLocation')}</button>
            <p id="ma-position-etat" role="status" className="meta" />
          </form>
          <script dangerouslySetInnerHTML={{ __html: geolocationScript }} />
          <form method="post" action={frame.action} className="stack">
            <HiddenFields frame={frame} />
            <h3 id="carte-titre">{t('form.mapLegend')}</h3>
            <p id="carte-aide" className="meta">
              {t('form.mapHint')}
            </p>
            {/* Never scaled (the frame scrolls instead), so the click's pixels map back to the city exactly. */}
            <div className="request-map-frame">
              <input
                type="image"
                name="carte"
                src={mapSrc}
                alt={t('form.mapAlt')}
                width={mapSize.width}
                height={mapSize.height}
                formNoValidate
                aria-describedby="carte-aide"
                className="request-map-image"
              />
            </div>
          </form>
          <script dangerouslySetInnerHTML={{ __html: mapScript }} />
        </section>
      ) : null}
    </>
  )
}
