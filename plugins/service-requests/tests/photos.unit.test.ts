import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { maxPhotoBytes, processPhoto, sniffPhoto } from '../form/photos'

const jpegWithGps = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'Secret 9' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '45/1 30/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '73/1 34/1 0/1',
      },
    })
    .toBuffer()

describe('service requests: photos', () => {
  it('should recognise images by their bytes, not their name', async () => {
    expect(sniffPhoto(await jpegWithGps())).toBe('jpeg')
    expect(
      sniffPhoto(
        await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
          .png()
          .toBuffer(),
      ),
    ).toBe('png')
    expect(
      sniffPhoto(
        await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
          .webp()
          .toBuffer(),
      ),
    ).toBe('webp')
    expect(sniffPhoto(Buffer.from('<!doctype html><html><body>photo.jpg</body></html>'))).toBeNull()
    expect(
      sniffPhoto(
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      ),
    ).toBeNull()
    expect(
      sniffPhoto(Buffer.from('\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000')),
    ).toBe('heic')
  })

  it('should refuse HTML renamed .jpg, SVG, empty, oversized and pixel-flood files with a reason', async () => {
    expect(await processPhoto(Buffer.from('<html><script>alert(1)</script></html>'))).toEqual({
      ok: false,
      error: 'notAnImage',
    })
    expect(await processPhoto(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({
      ok: false,
      error: 'notAnImage',
    })
    expect(await processPhoto(Buffer.alloc(0))).toEqual({ ok: false, error: 'empty' })
    const big = Buffer.concat([await jpegWithGps(), Buffer.alloc(maxPhotoBytes)])
    expect(await processPhoto(big)).toEqual({ ok: false, error: 'tooLarge' })
    // 10,000 × 5,000 of one colour: a few hundred kilobytes of PNG, 50 megapixels once decoded.
    const flood = await sharp({
      create: { width: 10_000, height: 5_000, channels: 3, background: '#000' },
    })
      .png({ compressionLevel: 9, palette: true, colours: 2 })
      .toBuffer()
    expect(flood.length).toBeLessThan(maxPhotoBytes)
    expect(await processPhoto(flood)).toEqual({ ok: false, error: 'tooManyPixels' })
    // A JPEG cut in the middle.
    const cut = (await jpegWithGps()).subarray(0, 200)
    expect(await processPhoto(cut)).toEqual({ ok: false, error: 'unreadable' })
  })

  it('should re-encode as JPEG without EXIF or GPS', async () => {
    const input = await jpegWithGps()
    const before = await sharp(input).metadata()
    expect(before.exif).toBeDefined()
    const result = await processPhoto(input)
    if (!result.ok) throw new Error(result.error)
    const after = await sharp(result.photo.data).metadata()
    expect(after.format).toBe('jpeg')
    expect(after.exif).toBeUndefined()
    expect(after.xmp).toBeUndefined()
    expect(result.photo.data.includes(Buffer.from('Secret 9'))).toBe(false)
    expect(result.photo.data.includes(Buffer.from('GPS'))).toBe(false)
  })
})
