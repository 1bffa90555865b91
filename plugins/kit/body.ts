/**
 * Request bodies read with a ceiling. `req.text()`, `req.json()` and `req.formData()` read the
 * whole body into memory before anyone can look at its size: eight parallel 100 MB posts to a
 * sign-in form took the server from 0.95 GB to 1.9 GB. These readers refuse a declared length above
 * the limit before reading a byte, and stop reading (cancelling the stream) as soon as an
 * undeclared (chunked) body passes it, so no more than `limit` bytes are ever held.
 *
 * Works on a Fetch `Request`, a Next `NextRequest` and a Payload `PayloadRequest` alike.
 */

/** What these readers need of a request: its headers and its body stream. */
export type BodySource = {
  headers: Headers
  body?: ReadableStream<Uint8Array> | null
}

export type BodyErrorCode = 'tooLarge' | 'nul' | 'unreadable'

/** A body refused for what it is, not for a server fault: answered 413 or 400, never 500. */
export class BodyError extends Error {
  readonly code: BodyErrorCode
  readonly status: 400 | 413
  /** The ceiling in bytes, for `tooLarge`. */
  readonly limit: number | null

  constructor(code: BodyErrorCode, limit: number | null = null) {
    super(
      code === 'tooLarge'
        ? `Request body over ${limit} bytes`
        : code === 'nul'
          ? 'Request body contains a NUL character'
          : 'Unreadable request body',
    )
    this.name = 'BodyError'
    this.code = code
    this.status = code === 'tooLarge' ? 413 : 400
    this.limit = limit
  }
}

export const isBodyError = (err: unknown): err is BodyError => err instanceof BodyError

/** "64 Ko" / "64 KB", "20 Mo" / "20 MB": how a limit is named to residents. */
export const formatLimit = (bytes: number): { fr: string; en: string } => {
  const isMegabytes = bytes >= 1024 * 1024
  const value = isMegabytes ? bytes / (1024 * 1024) : bytes / 1024
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1)
  return isMegabytes
    ? { fr: `${shown.replace('.', ',')} Mo`, en: `${shown} MB` }
    : { fr: `${shown.replace('.', ',')} Ko`, en: `${shown} KB` }
}

/** The message of a refused body, French first then English. */
export const bodyErrorMessage = (err: BodyError): { fr: string; en: string } => {
  if (err.code === 'tooLarge') {
    const size = formatLimit(err.limit ?? 0)
    return {
      fr: `Requête trop volumineuse : ${size.fr} au plus.`,
      en: `Request too large: ${size.en} at most.`,
    }
  }
  if (err.code === 'nul')
    return {
      fr: 'Requête refusée : elle contient un caractère nul.',
      en: 'Request refused: it contains a null character.',
    }
  return {
    fr: 'Requête illisible : envoyez-la de nouveau.',
    en: 'Unreadable request: send it again.',
  }
}

/** The body's bytes, at most `limit` of them, or a `BodyError('tooLarge')`. */
export const readBodyBytes = async (
  source: BodySource,
  { limit }: { limit: number },
): Promise<Uint8Array> => {
  const declared = source.headers.get('content-length')
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) {
    // Not read at all: cancel the stream so nothing of it is buffered for nobody.
    await source.body?.cancel().catch(() => {})
    throw new BodyError('tooLarge', limit)
  }
  if (!source.body) return new Uint8Array(0)
  const reader = source.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limit) {
        await reader.cancel().catch(() => {})
        throw new BodyError('tooLarge', limit)
      }
      chunks.push(value)
    }
  } catch (err) {
    if (isBodyError(err)) throw err
    // The client went away mid-body, or the body was already read.
    throw new BodyError('unreadable')
  } finally {
    reader.releaseLock()
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/** The body as UTF-8 text, at most `limit` bytes of it. */
export const readBodyText = async (
  source: BodySource,
  options: { limit: number },
): Promise<string> => new TextDecoder().decode(await readBodyBytes(source, options))

/** Whether a string carries a NUL character, which Postgres refuses in text. */
export const hasNul = (value: string) => value.includes('\u0000')

/**
 * An `application/x-www-form-urlencoded` body as fields, at most `limit` bytes, refused
 * (`BodyError('nul')`) when a name or value carries a NUL character: no form of this site sends
 * one, and Postgres would refuse it further on.
 */
export const readForm = async (
  source: BodySource,
  options: { limit: number },
): Promise<URLSearchParams> => parseForm(await readBodyText(source, options))

/** Urlencoded text as fields, refused (`BodyError('nul')`) when a name or value carries NUL. */
export const parseForm = (text: string): URLSearchParams => {
  const form = new URLSearchParams(text)
  for (const [name, value] of form) if (hasNul(name) || hasNul(value)) throw new BodyError('nul')
  return form
}

/**
 * A multipart (or urlencoded) body as `FormData`, counted while it streams in and cut at `limit`
 * bytes; refused when a text field carries NUL, unreadable (`BodyError('unreadable')`) when it
 * does not parse.
 */
export const readFormData = async (
  source: BodySource,
  { limit }: { limit: number },
): Promise<FormData> => {
  const declared = source.headers.get('content-length')
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) {
    await source.body?.cancel().catch(() => {})
    throw new BodyError('tooLarge', limit)
  }
  let size = 0
  const counted = source.body?.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength
        if (size > limit) controller.error(new BodyError('tooLarge', limit))
        else controller.enqueue(chunk)
      },
    }),
  )
  let data: FormData
  try {
    data = await new Response(counted ?? null, {
      headers: { 'content-type': source.headers.get('content-type') ?? '' },
    }).formData()
  } catch {
    throw new BodyError(size > limit ? 'tooLarge' : 'unreadable', limit)
  }
  for (const [name, value] of data)
    if (hasNul(name) || (typeof value === 'string' && hasNul(value))) throw new BodyError('nul')
  return data
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const wantsHtml = (headers: Headers) => /\btext\/html\b/.test(headers.get('accept') ?? '')

/**
 * A refusal a resident can read: a short page in French then English for a browser's form post,
 * JSON otherwise (`error`, `message.fr` / `message.en` as the plugins' JSON answers, and
 * `errors[0].message` as Payload's own errors). Never cached.
 */
export const refusalResponse = (
  status: number,
  code: string,
  message: { fr: string; en: string },
  requestHeaders: Headers,
): Response => {
  const headers = { 'Cache-Control': 'no-store' }
  if (wantsHtml(requestHeaders)) {
    const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(message.fr)}</title></head><body><main><h1>${escapeHtml(message.fr)}</h1><p lang="en">${escapeHtml(message.en)}</p></main></body></html>`
    return new Response(html, {
      status,
      headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
    })
  }
  return Response.json(
    { error: code, message, errors: [{ message: `${message.fr} / ${message.en}` }] },
    { status, headers },
  )
}

/** The answer to a refused body (413 or 400), as `refusalResponse`. */
export const bodyErrorResponse = (err: BodyError, requestHeaders: Headers): Response =>
  refusalResponse(err.status, err.code, bodyErrorMessage(err), requestHeaders)
