import { requestTranslator } from '../../../i18n/translate'
import type { StepFrame } from '../types'
import { Buttons, HiddenFields } from './StepForm'

/** A photo of the draft and its preview's address (served to the draft's holder only: endpoints/draftPhoto.ts). */
export type DraftPhotoView = { id: number | string; src: string }

export type PhotosStepProps = {
  frame: StepFrame
  photos: DraftPhotoView[]
  /** The photos endpoint (multipart: add or remove). */
  photoAction: string
  maxPhotos: number
  isRequired: boolean
}

export const PhotosStep = ({
  frame,
  photos,
  photoAction,
  maxPhotos,
  isRequired,
}: PhotosStepProps) => {
  const t = requestTranslator(frame.locale)
  return (
    <>
      {photos.length ? (
        <section aria-labelledby="photos-ajoutees" className="stack">
          <h2 id="photos-ajoutees">
            {t('form.photosAdded', { count: photos.length, max: maxPhotos })}
          </h2>
          <ul className="request-photos">
            {photos.map((photo, i) => (
              <li key={photo.id}>
                <img src={photo.src} alt={t('form.photoAlt', { n: i + 1 })} width={160} />
                <form method="post" action={photoAction} encType="multipart/form-data">
                  <HiddenFields frame={frame} />
                  <button
                    type="submit"
                    name="remove"
                    value={photo.id}
                    className="request-button-secondary"
                  >
                    {t('form.removePhoto', { n: i + 1 })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {photos.length < maxPhotos ? (
        <form method="post" action={photoAction} encType="multipart/form-data" className="stack">
          <HiddenFields frame={frame} />
          <div>
            <label htmlFor="photo">
              {isRequired ? t('form.photosRequiredLabel') : t('form.photosLabel')}
            </label>
            <input
              id="photo"
              name="photo"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/heic,image/heif"
              multiple
              aria-describedby="photo-aide"
            />
            <p id="photo-aide" className="meta">
              {t('form.photosHint', { max: maxPhotos })}
            </p>
          </div>
          <button type="submit" name="go" value="add">
            {t('form.addPhotos')}
          </button>
        </form>
      ) : null}
      <form method="post" action={frame.action} className="stack">
        <HiddenFields frame={frame} />
        <Buttons frame={frame} />
      </form>
    </>
  )
}
