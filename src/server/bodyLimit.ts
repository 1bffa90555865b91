import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

import { BodyError } from '../../plugins/kit/body'
import { hasEncodedNul, messages, type Refusal, refusal, tooLargeMessage } from './badInput'

/**
 * How large a request body may be, chosen from its path and content type, and enforced while it
 * is read: in front of Next by the production server (`guardRequest` below, used by
 * scripts/serve.ts) and again inside the app by the REST/GraphQL guard (src/server/apiGuard.ts) and
 * the plugins' bounded readers (plugins/kit/body.ts), for hosts that run Next without serve.ts.
 */
const KB = 1024
const MB = 1024 * 1024

export const bodyLimits = {
  /** A GraphQL query and its variables: the admin's and partners' queries are a few KB. */
  graphql: 256 * KB,
  /** The plugins' plain HTML forms: sign-in, registration, request form steps, "me too", surveys. */
  form: 128 * KB,
  /** Open311 POSTs (form fields only: photos come as media_url), as plugins/service-requests/open311/post.ts. */
  open311: 64 * KB,
  /** Payload REST JSON: the admin saving a document (Lexical pages can be large). */
  json: 4 * MB,
  /**
   * Multipart to Payload REST: a file up to the 20 MB of payload.config.ts `upload.limits` and its
   * fields, with room above so a file just over 20 MB gets Payload's own, more precise, message.
   */
  upload: 25 * MB,
  /** The request form's photo step: 5 photos of 10 MB at most (plugins/service-requests/form/photos.ts) and the form. */
  photos: 51 * MB,
  /** The address registry's CSV, staff only (collections/Addresses/endpoints/importCsv.ts: 64 MB). */
  addressImport: 65 * MB,
  /** Everything else (pages, the admin's server functions): Next's own 1 MB for server actions. */
  other: 1 * MB,
} as const

/** The plugins' form endpoints, at their default paths (plugins/index.ts does not move them). */
const formPaths =
  /^\/api\/(citizen-account|service-requests-form)\/|^\/api\/surveys\/[^/]+\/answer\/?$/

export const bodyLimitFor = ({
  path,
  contentType,
}: {
  path: string
  contentType?: string | null
}): number => {
  const pathname = path.split('?')[0]
  const type = (contentType ?? '').toLowerCase()
  if (/^\/api\/graphql\/?$/.test(pathname)) return bodyLimits.graphql
  if (/^\/api\/addresses\/import\/?$/.test(pathname)) return bodyLimits.addressImport
  if (/^\/api\/service-requests-form\/photos\/?$/.test(pathname)) return bodyLimits.photos
  if (formPaths.test(pathname)) return bodyLimits.form
  if (pathname.startsWith('/open311/')) return bodyLimits.open311
  if (pathname.startsWith('/api/')) {
    if (type.startsWith('multipart/')) return bodyLimits.upload
    if (/^application\/([\w.-]+\+)?json\b/.test(type)) return bodyLimits.json
  }
  return bodyLimits.other
}

type Write = { writeHead: (...args: unknown[]) => unknown; end: (...args: unknown[]) => unknown }

/**
 * How long a refused body may keep arriving after its answer. Closing at once would reset a
 * connection the client is still writing to, and the client could lose the answer with it (an
 * EPIPE instead of a 413). So, as nginx's lingering close, this side of the connection is closed
 * after the answer, what the client still sends is read and dropped — never kept — until it stops
 * or for this long at most, then the connection is cut.
 */
export const lingerMs = 5000

const lingerBeforeClosing = (socket: Socket) => {
  // Node calls destroySoon() once the answer (sent with `Connection: close`) has gone out.
  socket.destroySoon = function lingeringClose(this: Socket) {
    if (this.writable) this.end()
    const timer = setTimeout(() => this.destroy(), lingerMs)
    timer.unref()
    this.once('close', () => clearTimeout(timer))
    // The client has sent all it will: nothing left unread could reset the connection.
    this.once('end', () => this.destroy())
    return this
  }
}

const send = (
  req: IncomingMessage,
  res: ServerResponse,
  { status, headers, body }: Refusal,
  write: Write = res as unknown as Write,
) => {
  lingerBeforeClosing(req.socket)
  // The rest of the body is never read for a handler: this connection carries no other request.
  write.writeHead.call(res, status, {
    ...headers,
    'Content-Length': Buffer.byteLength(body),
    Connection: 'close',
  })
  write.end.call(res, body)
}

const tooLarge = (req: IncomingMessage, limit: number) =>
  refusal({
    status: 413,
    message: tooLargeMessage(limit),
    code: 'tooLarge',
    path: req.url ?? '/',
    accept: req.headers.accept,
  })

/** Everything Next could write with: replaced by no-ops once this guard has answered in its place. */
const responseMethods = [
  'writeHead',
  'setHeader',
  'appendHeader',
  'removeHeader',
  'flushHeaders',
  'write',
  'end',
  'writeContinue',
] as const

/**
 * Answers the request in place of Next when it cannot be served (returns true), or prepares it and
 * returns false (hand it to Next):
 *   - `%00` in the URL of a page: 400 (the API and Open311 answer it themselves, in their formats);
 *   - a declared `Content-Length` over the limit: 413 at once, nothing of the body read;
 *   - a body without a length (chunked): counted as Node's HTTP parser hands over each chunk, never
 *     buffered here; past the limit, the rest is dropped, Next's answer is replaced by the 413 and
 *     the request stream fails for Next, so no handler ever acts on a truncated body.
 * Call it first, before anything else wraps `res`.
 */
export const guardRequest = (req: IncomingMessage, res: ServerResponse): boolean => {
  const url = req.url ?? '/'
  if (hasEncodedNul(url) && !/^\/(api|open311)\//.test(url)) {
    send(
      req,
      res,
      refusal({
        status: 400,
        message: messages.url,
        code: 'nul',
        path: url,
        accept: req.headers.accept,
      }),
    )
    return true
  }
  const declared = req.headers['content-length']
  const isChunked = req.headers['transfer-encoding'] !== undefined
  if (declared === undefined && !isChunked) return false
  const limit = bodyLimitFor({ path: url, contentType: req.headers['content-type'] })
  if (declared !== undefined && Number(declared) > limit) {
    send(req, res, tooLarge(req, limit))
    return true
  }
  // With a Content-Length, Node's parser never hands over more than it declared.
  if (!isChunked) return false

  const original = Object.fromEntries(responseMethods.map((name) => [name, res[name]])) as Pick<
    ServerResponse,
    (typeof responseMethods)[number]
  >
  const push = req.push.bind(req)
  let received = 0
  let isOver = false
  // Once the 413 has gone out and the connection closed: an error (never an end) for whoever still
  // reads the body. Node itself would leave that reader waiting forever: a request whose response
  // is finished is no longer aborted when its socket closes.
  const failForNext = () => {
    const fail = () => req.destroy(new BodyError('tooLarge', limit))
    if (req.socket.destroyed) fail()
    else req.socket.once('close', fail)
  }
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    // Past the limit, what the client still sends (and its end) is dropped.
    if (isOver) return true
    if (chunk !== null) received += (chunk as Buffer).length
    if (received <= limit) return push(chunk, encoding)
    isOver = true
    if (!res.headersSent) {
      for (const name of res.getHeaderNames()) res.removeHeader(name)
      for (const name of responseMethods)
        (res as unknown as Record<string, unknown>)[name] =
          name === 'write' ? () => true : () => res
      send(req, res, tooLarge(req, limit), original as unknown as Write)
    }
    failForNext()
    // Keep reading (and dropping) what the client still sends, so it can read the 413.
    return true
  }
  return false
}
