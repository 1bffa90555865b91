import type { UIFieldServerComponent } from 'payload'

import { installedRequestOptions } from '../frontend/options'

const text = {
  fr: {
    title: 'Photos du demandeur',
    none: 'Aucune photo.',
    alt: (n: number) => `Photo ${n} de la requête`,
    public: 'publique',
    open: (n: number) => `Ouvrir la fiche de la photo ${n}`,
  },
  en: {
    title: 'Submitter’s photos',
    none: 'No photo.',
    alt: (n: number) => `Photo ${n} of the request`,
    public: 'public',
    open: (n: number) => `Open photo ${n}’s record`,
  },
}

/**
 * The request's photos as thumbnails in its admin view, each linking to the photo's record (where
 * staff tick "Publique"). Listed with the viewer's access; the images themselves are served by
 * Payload's file route under the same read access (collections/RequestPhotos).
 */
export const RequestPhotosPanel: UIFieldServerComponent = async ({ id, payload, req, i18n }) => {
  if (!id) return null
  const lang = i18n?.language === 'en' ? 'en' : 'fr'
  const t = text[lang]
  const options = installedRequestOptions(payload)
  if (!options) return null
  const { docs } = await payload.find({
    collection: options.photosCollection as 'request-photos',
    where: { request: { equals: id } },
    sort: 'createdAt',
    limit: 50,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  const api = payload.config.routes.api
  const admin = payload.config.routes.admin
  const photos = docs as unknown as {
    id: number
    filename?: string | null
    isPublic?: boolean | null
    sizes?: { thumbnail?: { filename?: string | null } }
  }[]
  return (
    <section aria-labelledby="photos-requete" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="photos-requete">{t.title}</h3>
      {photos.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul
          style={{ listStyle: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '1rem' }}
        >
          {photos.map((photo, i) => (
            <li key={photo.id}>
              <a
                href={`${admin}/collections/${options.photosCollection}/${photo.id}`}
                aria-label={t.open(i + 1)}
              >
                <img
                  src={`${api}/${options.photosCollection}/file/${encodeURIComponent(photo.sizes?.thumbnail?.filename || photo.filename || '')}`}
                  alt={t.alt(i + 1)}
                  width={160}
                  style={{ display: 'block', height: 'auto' }}
                />
              </a>
              {photo.isPublic ? <span>({t.public})</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
