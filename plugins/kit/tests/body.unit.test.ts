import { describe, expect, it } from 'vitest'

import {
  BodyError,
  bodyErrorResponse,
  formatLimit,
  parseForm,
  readBodyBytes,
  readBodyText,
  readForm,
  readFormData,
} from '../body'

/** A body arriving in `chunks` pieces of `size` bytes, recording how many the reader pulled and whether it was cancelled. */
const streamed = (chunks: number, size: number) => {
  const seen = { pulled: 0, isCancelled: false }
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === chunks) return controller.close()
      seen.pulled++
      controller.enqueue(new Uint8Array(size).fill(97))
    },
    cancel() {
      seen.isCancelled = true
    },
  })
  return { body, seen }
}

const source = (body: ReadableStream<Uint8Array> | null, headers: Record<string, string> = {}) => ({
  body,
  headers: new Headers(headers),
})

describe('plugins/kit/body', () => {
  it('should refuse a declared length over the limit without reading a byte', async () => {
    const { body, seen } = streamed(10, 1024)
    await expect(
      readBodyBytes(source(body, { 'content-length': String(10 * 1024) }), { limit: 4096 }),
    ).rejects.toMatchObject({ code: 'tooLarge', status: 413, limit: 4096 })
    expect(seen.pulled).toBe(0)
    expect(seen.isCancelled).toBe(true)
  })

  it('should stop reading an undeclared body as soon as it passes the limit', async () => {
    const { body, seen } = streamed(1000, 1024)
    await expect(readBodyBytes(source(body), { limit: 4096 })).rejects.toBeInstanceOf(BodyError)
    // Five chunks of 1 KB pass 4 KB: the 995 others are never pulled.
    expect(seen.pulled).toBe(5)
    expect(seen.isCancelled).toBe(true)
  })

  it('should return a body within the limit whole', async () => {
    const { body } = streamed(4, 1024)
    expect((await readBodyBytes(source(body), { limit: 4096 })).byteLength).toBe(4096)
    expect(await readBodyText(source(null), { limit: 10 })).toBe('')
    expect(
      await readBodyText(new Request('http://x/', { method: 'POST', body: 'é=1' }), { limit: 10 }),
    ).toBe('é=1')
  })

  it('should refuse a form carrying a NUL character in a name or a value', async () => {
    expect(parseForm('a=1&b=deux').get('b')).toBe('deux')
    expect(() => parseForm('email=a%00b')).toThrow(
      expect.objectContaining({ code: 'nul', status: 400 }),
    )
    expect(() => parseForm('a%00=1')).toThrow(BodyError)
    await expect(
      readForm(new Request('http://x/', { method: 'POST', body: 'x=%00' }), { limit: 100 }),
    ).rejects.toMatchObject({ code: 'nul' })
  })

  it('should read multipart within the limit and refuse it past the limit, unreadable or with NUL', async () => {
    const form = new FormData()
    form.set('locale', 'fr')
    form.set('photo', new File([new Uint8Array(2000)], 'p.jpg', { type: 'image/jpeg' }))
    const request = () => new Request('http://x/', { method: 'POST', body: form })
    const data = await readFormData(request(), { limit: 10_000 })
    expect(data.get('locale')).toBe('fr')
    expect((data.get('photo') as File).size).toBe(2000)
    // A Request built from FormData declares no length: the counter cuts it.
    await expect(readFormData(request(), { limit: 1000 })).rejects.toMatchObject({
      code: 'tooLarge',
    })
    const broken = new Request('http://x/', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=zz' },
      body: 'not multipart',
    })
    await expect(readFormData(broken, { limit: 1000 })).rejects.toMatchObject({
      code: 'unreadable',
      status: 400,
    })
    const nul = new FormData()
    nul.set('draft', 'a\u0000')
    await expect(
      readFormData(new Request('http://x/', { method: 'POST', body: nul }), { limit: 1000 }),
    ).rejects.toMatchObject({ code: 'nul' })
  })

  it('should answer a refused body in French then English, as a page for browsers and JSON otherwise', async () => {
    expect(formatLimit(64 * 1024)).toEqual({ fr: '64 Ko', en: '64 KB' })
    expect(formatLimit(1.5 * 1024 * 1024)).toEqual({ fr: '1,5 Mo', en: '1.5 MB' })
    const page = bodyErrorResponse(
      new BodyError('tooLarge', 20_000),
      new Headers({ accept: 'text/html,application/xhtml+xml' }),
    )
    expect(page.status).toBe(413)
    expect(page.headers.get('content-type')).toContain('text/html')
    const html = await page.text()
    expect(html).toContain('Requête trop volumineuse : 19,5 Ko au plus.')
    expect(html).toContain('Request too large: 19.5 KB at most.')
    const json = bodyErrorResponse(
      new BodyError('nul'),
      new Headers({ accept: 'application/json' }),
    )
    expect(json.status).toBe(400)
    expect(await json.json()).toEqual({
      error: 'nul',
      message: {
        fr: 'Requête refusée : elle contient un caractère nul.',
        en: 'Request refused: it contains a null character.',
      },
      errors: [
        {
          message:
            'Requête refusée : elle contient un caractère nul. / Request refused: it contains a null character.',
        },
      ],
    })
  })
})
