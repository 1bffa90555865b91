import type http from 'node:http'

import { refusal } from './badInput'

/**
 * Admission control for writes (every method but GET, HEAD and OPTIONS): at most `maxInFlight`
 * at once in this process, `maxQueued` more waiting their turn in arrival order, and beyond that
 * a 503 at once, with `Retry-After` and a message in both languages, before any of the body is
 * read. Reads are served by the micro-cache and the page cache and are not counted.
 *
 * Why: a rush that outruns the CPU (an opening night, a petition shared on the radio) otherwise
 * piles requests up inside Next and Payload, each holding its body, its parsed form and its
 * database work, until the process runs out of heap and every resident's request fails at once
 * (seen with 500 signatures a second on 2 cores: out of memory after 28 s). Refusing the excess
 * early keeps the server answering, and what it accepted is done.
 */
export const createAdmission = ({
  maxInFlight,
  maxQueued,
  retryAfterSeconds = 2,
}: {
  maxInFlight: number
  maxQueued: number
  retryAfterSeconds?: number
}) => {
  let inFlight = 0
  const waiting: (() => void)[] = []
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else inFlight -= 1
  }
  const stats = () => ({ inFlight, queued: waiting.length })
  /**
   * Runs `proceed` now or when a place frees, or answers 503 and returns false. The place is
   * given back when the response ends or the client goes away, whichever comes first.
   */
  const admit = (req: http.IncomingMessage, res: http.ServerResponse, proceed: () => void) => {
    if (/^(GET|HEAD|OPTIONS)$/i.test(req.method ?? 'GET')) {
      proceed()
      return true
    }
    const start = () => {
      let isReleased = false
      const done = () => {
        if (isReleased) return
        isReleased = true
        release()
      }
      res.once('close', done)
      res.once('finish', done)
      proceed()
    }
    if (inFlight < maxInFlight) {
      inFlight += 1
      start()
      return true
    }
    if (waiting.length < maxQueued) {
      let isGone = false
      // A client that gives up while waiting leaves the line.
      const onGone = () => {
        isGone = true
        const index = waiting.indexOf(turn)
        if (index >= 0) waiting.splice(index, 1)
      }
      const turn = () => {
        res.off('close', onGone)
        if (isGone) return release()
        start()
      }
      res.once('close', onGone)
      waiting.push(turn)
      return true
    }
    const { status, headers, body } = refusal({
      status: 503,
      code: 'busy',
      message: {
        fr: 'Trop de demandes en même temps : rien n’a été enregistré. Réessayez dans quelques secondes.',
        en: 'Too many requests at once: nothing was recorded. Try again in a few seconds.',
      },
      path: req.url ?? '/',
      accept: req.headers.accept,
    })
    res.writeHead(status, {
      ...headers,
      'Retry-After': String(retryAfterSeconds),
      Connection: 'close',
    })
    res.end(body)
    return false
  }
  return { admit, stats }
}
