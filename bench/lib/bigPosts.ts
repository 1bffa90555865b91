import http from 'node:http'

export type BigPostResult = { statuses: number[]; peakRssMb: number }

/**
 * `count` parallel POSTs of `bytes` each (a form body, with or without Content-Length), written in
 * full by every client whatever the server answers, as an attacker would; the server's RSS is
 * sampled meanwhile (`rssMb`) and the peak kept.
 */
export const bigPosts = async ({
  url,
  count,
  bytes,
  isChunked,
  rssMb,
}: {
  url: string
  count: number
  bytes: number
  isChunked: boolean
  rssMb: () => number
}): Promise<BigPostResult> => {
  let peakRssMb = rssMb()
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, rssMb())), 100)
  const chunk = Buffer.alloc(1024 * 1024, 'a')
  const one = () =>
    new Promise<number>((resolve) => {
      let status = 0
      const headers: http.OutgoingHttpHeaders = {
        'content-type': 'application/x-www-form-urlencoded',
        ...(isChunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(bytes) }),
      }
      const req = http.request(url, { method: 'POST', headers, agent: false }, (res) => {
        status = res.statusCode ?? 0
        res.resume()
      })
      // The server hangs up once it has answered and stopped listening: not a failure here.
      req.on('error', () => {})
      req.on('close', () => resolve(status))
      let sent = 0
      const write = () => {
        while (sent < bytes && !req.destroyed) {
          sent += chunk.length
          if (!req.write(chunk)) return void req.once('drain', write)
        }
        req.end()
      }
      write()
    })
  try {
    const statuses = await Promise.all(Array.from({ length: count }, one))
    peakRssMb = Math.max(peakRssMb, rssMb())
    return { statuses, peakRssMb }
  } finally {
    clearInterval(sampler)
  }
}
