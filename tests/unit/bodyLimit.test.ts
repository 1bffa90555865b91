import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bodyLimitFor, bodyLimits, guardRequest } from '@/server/bodyLimit'

describe('bodyLimitFor', () => {
  it('should choose the limit from the path and the content type', () => {
    expect(bodyLimitFor({ path: '/api/graphql', contentType: 'application/json' })).toBe(
      bodyLimits.graphql,
    )
    expect(
      bodyLimitFor({
        path: '/api/citizen-account/login',
        contentType: 'application/x-www-form-urlencoded',
      }),
    ).toBe(bodyLimits.form)
    expect(bodyLimitFor({ path: '/api/service-requests-form/step?locale=fr' })).toBe(
      bodyLimits.form,
    )
    expect(bodyLimitFor({ path: '/api/surveys/12/answer' })).toBe(bodyLimits.form)
    expect(
      bodyLimitFor({
        path: '/api/service-requests-form/photos',
        contentType: 'multipart/form-data; boundary=x',
      }),
    ).toBe(bodyLimits.photos)
    expect(bodyLimitFor({ path: '/api/addresses/import', contentType: 'text/csv' })).toBe(
      bodyLimits.addressImport,
    )
    expect(bodyLimitFor({ path: '/open311/v2/requests.json' })).toBe(bodyLimits.open311)
    expect(
      bodyLimitFor({ path: '/api/media', contentType: 'multipart/form-data; boundary=x' }),
    ).toBe(bodyLimits.upload)
    expect(
      bodyLimitFor({ path: '/api/pages/3', contentType: 'application/json; charset=utf-8' }),
    ).toBe(bodyLimits.json)
    expect(
      bodyLimitFor({ path: '/api/news', contentType: 'application/x-www-form-urlencoded' }),
    ).toBe(bodyLimits.other)
    expect(
      bodyLimitFor({ path: '/admin/collections/news', contentType: 'text/plain;charset=UTF-8' }),
    ).toBe(bodyLimits.other)
    // Uploads stay above Payload's own 20 MB cap, so its message answers a file just over it.
    expect(bodyLimits.upload).toBeGreaterThan(20 * 1024 * 1024)
  })
})

/** A real server with the guard in front of a handler that reads the whole body, as Next would. */
describe('guardRequest', () => {
  const seen: { path: string; bytes: number | null; error: string | null }[] = []
  let server: http.Server
  let base: string

  beforeAll(async () => {
    const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
      if (guardRequest(req, res)) return
      if (/^100-continue$/i.test(String(req.headers.expect ?? ''))) res.writeContinue()
      void (async () => {
        const record = {
          path: req.url ?? '',
          bytes: null as number | null,
          error: null as string | null,
        }
        seen.push(record)
        try {
          let bytes = 0
          for await (const chunk of req) bytes += (chunk as Buffer).length
          record.bytes = bytes
          res.writeHead(200, { 'content-type': 'text/plain' }).end(`read ${bytes}`)
        } catch (err) {
          record.error = (err as Error).name
          res.writeHead(500).end('handler saw an error')
        }
      })()
    }
    server = http.createServer(onRequest)
    server.on('checkContinue', onRequest)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    // Refused bodies keep their connection open a few seconds (lingerMs): do not wait for them.
    server.closeAllConnections()
    return new Promise<void>((resolve) => server.close(() => resolve()))
  })

  type Answer = {
    status: number
    body: string
    headers: http.IncomingHttpHeaders
    sent: number
    writeError: string | null
  }
  const send = (
    path: string,
    {
      headers = {},
      chunks = 0,
      chunkSize = 16 * 1024,
      declaresAll = false,
    }: {
      headers?: http.OutgoingHttpHeaders
      chunks?: number
      chunkSize?: number
      declaresAll?: boolean
    },
  ) =>
    new Promise<Answer>((resolve, reject) => {
      let sent = 0
      let isAnswered = false
      let writeError: string | null = null
      const req = http.request(`${base}${path}`, { method: 'POST', headers }, (res) => {
        isAnswered = true
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => {
          // As curl does after a final answer with `Connection: close`: stop and hang up.
          if (declaresAll) {
            const done = () =>
              resolve({ status: res.statusCode ?? 0, body, headers: res.headers, sent, writeError })
            if (req.writableFinished || req.destroyed) done()
            else {
              req.once('finish', done)
              req.once('close', done)
            }
          } else {
            resolve({ status: res.statusCode ?? 0, body, headers: res.headers, sent, writeError })
            req.destroy()
          }
        })
      })
      req.on('error', (err) => {
        writeError = (err as NodeJS.ErrnoException).code ?? err.message
        if (!isAnswered) reject(err)
      })
      const chunk = Buffer.alloc(chunkSize, 'a')
      const more = () => {
        // A client that writes its whole declared body before it looks at the answer, as Playwright's.
        while ((declaresAll || !isAnswered) && sent < chunks) {
          sent++
          if (!req.write(chunk)) return void req.once('drain', more)
        }
        if (declaresAll || !isAnswered) req.end()
      }
      if (headers.expect) req.on('continue', more)
      else more()
    })

  it('should answer a declared length over the limit with 413 before the handler runs', async () => {
    const before = seen.length
    const answer = await send('/api/citizen-account/login', {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(bodyLimits.form + 1),
        accept: 'text/html',
      },
      chunks: 1,
      chunkSize: 1024,
    })
    expect(answer.status).toBe(413)
    expect(answer.headers.connection).toBe('close')
    expect(answer.body).toContain('Requête trop volumineuse : 128 Ko au plus.')
    expect(answer.body).toContain('Request too large: 128 KB at most.')
    expect(seen.length).toBe(before)
  })

  it('should let a client still writing its declared body read the 413 (no reset while it writes)', async () => {
    const chunkSize = 64 * 1024
    const answer = await send('/api/users/login', {
      headers: { 'content-type': 'application/json', 'content-length': String(512 * chunkSize) },
      chunks: 512,
      chunkSize,
      declaresAll: true,
    })
    expect(answer.status).toBe(413)
    expect(answer.writeError).toBeNull()
    expect(answer.body).toContain('Request too large: 4 MB at most.')
  })

  it('should refuse an oversized body announced with Expect: 100-continue before the client sends it', async () => {
    const answer = await send('/api/graphql', {
      headers: {
        'content-type': 'application/json',
        'content-length': String(1024 * 1024),
        expect: '100-continue',
      },
      chunks: 64,
    })
    expect(answer.status).toBe(413)
    expect(answer.sent).toBe(0)
    expect(JSON.parse(answer.body)).toMatchObject({
      error: 'tooLarge',
      message: {
        fr: 'Requête trop volumineuse : 256 Ko au plus.',
        en: 'Request too large: 256 KB at most.',
      },
    })
  })

  it('should cut a chunked body at the limit with 413, and the handler never sees it end', async () => {
    const answer = await send('/api/citizen-account/login', {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'transfer-encoding': 'chunked',
      },
      chunks: 64 * 16,
    })
    expect(answer.status).toBe(413)
    expect(answer.body).toContain('Request too large: 128 KB at most.')
    // 16 MB offered: the answer came long before.
    expect(answer.sent).toBeLessThan(64 * 16)
    await expect.poll(() => seen.at(-1)?.error).toBeTruthy()
    expect(seen.at(-1)?.bytes).toBeNull()
  })

  it('should hand a chunked body within the limit to the handler whole', async () => {
    const answer = await send('/api/citizen-account/login', {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'transfer-encoding': 'chunked',
      },
      chunks: 4,
    })
    expect(answer).toMatchObject({ status: 200, body: `read ${4 * 16 * 1024}` })
  })

  it('should answer a page address with %00 with 400, and leave the API its own answer', async () => {
    const page = await new Promise<{ status: number; body: string }>((resolve) =>
      http.get(`${base}/fr/actualites/%00`, (res) => {
        let body = ''
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      }),
    )
    expect(page.status).toBe(400)
    expect(page.body).toContain('Adresse de page invalide.')
    expect(page.body).toContain('Invalid page address.')
    const api = await fetch(`${base}/api/news/%00`)
    expect(api.status).toBe(200)
  })
})
