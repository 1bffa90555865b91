import { randomBytes } from 'node:crypto'

import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { type PhotoError, processPhoto } from '../../../form/photos'

export const photoErrorMessages: Record<PhotoError, string> = {
  tooLarge: 'Photo trop volumineuse : 10 Mo au plus. / Photo too large: 10 MB at most.',
  notAnImage:
    'Ce fichier n’est pas une photo JPEG, PNG, WebP ou HEIC. / This file is not a JPEG, PNG, WebP or HEIC photo.',
  unreadable: 'Cette photo est illisible ou endommagée. / This photo cannot be read or is damaged.',
  tooManyPixels:
    'Cette image est trop grande (40 mégapixels au plus). / This image is too large (40 megapixels at most).',
  empty: 'Le fichier est vide. / The file is empty.',
}

/**
 * Every photo, whoever uploads it and by whatever path (form, admin, REST), is checked and
 * re-encoded before Payload stores it: the stored file is a fresh JPEG without metadata, under a
 * random name (the original name can say who took it).
 */
export const processUploadedPhoto: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  // The form endpoint has just done this (form/photos) and says so; only server code can set context.
  if (req.context?.isPhotoProcessed === true && file.mimetype === 'image/jpeg') return args
  const result = await processPhoto(file.data)
  if (!result.ok)
    throw new APIError(
      photoErrorMessages[result.error],
      result.error === 'tooLarge' ? 413 : 400,
      undefined,
      true,
    )
  req.file = {
    ...file,
    data: result.photo.data,
    mimetype: result.photo.mimeType,
    size: result.photo.data.length,
    name: `${randomBytes(12).toString('hex')}.jpg`,
    tempFilePath: undefined,
  }
  return args
}
