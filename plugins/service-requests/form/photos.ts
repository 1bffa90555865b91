import sharp from 'sharp'

export const maxPhotoBytes = 10 * 1024 * 1024
/** 40 megapixels: any phone photo, not a decompression bomb (a small PNG declaring 50,000 × 50,000). */
export const maxPhotoPixels = 40_000_000
/** Longest side kept: enough to see the problem, small to store and send. */
const maxSide = 2048

export type PhotoKind = 'jpeg' | 'png' | 'webp' | 'heic'
export type PhotoError = 'tooLarge' | 'notAnImage' | 'unreadable' | 'tooManyPixels' | 'empty'

const startsWith = (buffer: Uint8Array, bytes: number[], offset = 0) =>
  bytes.every((b, i) => buffer[offset + i] === b)
const ascii = (buffer: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...buffer.subarray(from, to))

/**
 * The image format from the file's first bytes, never from its name or declared type: an HTML
 * page renamed photo.jpg, or an SVG (which can carry script), is not an image here.
 */
export const sniffPhoto = (buffer: Uint8Array): PhotoKind | null => {
  if (buffer.length < 12) return null
  if (startsWith(buffer, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(buffer, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (ascii(buffer, 0, 4) === 'RIFF' && ascii(buffer, 8, 12) === 'WEBP') return 'webp'
  if (
    ascii(buffer, 4, 8) === 'ftyp' &&
    ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(ascii(buffer, 8, 12))
  )
    return 'heic'
  return null
}

export type ProcessedPhoto = { data: Buffer; width: number; height: number; mimeType: 'image/jpeg' }

/**
 * Checks and re-encodes a resident's photo: at most 10 MB (refused above, never truncated), a real
 * JPEG, PNG, WebP or HEIC by its magic bytes, at most 40 megapixels (checked from the header before
 * decoding), then decoded and written again as a JPEG by sharp, turned upright, at most 2048 px,
 * without any metadata (EXIF, GPS position, camera serial numbers are not copied).
 */
export const processPhoto = async (
  input: Uint8Array,
): Promise<{ ok: true; photo: ProcessedPhoto } | { ok: false; error: PhotoError }> => {
  if (input.length === 0) return { ok: false, error: 'empty' }
  if (input.length > maxPhotoBytes) return { ok: false, error: 'tooLarge' }
  if (!sniffPhoto(input)) return { ok: false, error: 'notAnImage' }
  try {
    const image = sharp(input, { limitInputPixels: maxPhotoPixels, failOn: 'error' })
    const meta = await image.metadata()
    if (!meta.width || !meta.height) return { ok: false, error: 'unreadable' }
    if (meta.width * meta.height > maxPhotoPixels) return { ok: false, error: 'tooManyPixels' }
    const { data, info } = await image
      .rotate()
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82 })
      .toBuffer({ resolveWithObject: true })
    return {
      ok: true,
      photo: { data, width: info.width, height: info.height, mimeType: 'image/jpeg' },
    }
  } catch (err) {
    const message = (err as Error)?.message ?? ''
    return { ok: false, error: /pixel limit/i.test(message) ? 'tooManyPixels' : 'unreadable' }
  }
}
