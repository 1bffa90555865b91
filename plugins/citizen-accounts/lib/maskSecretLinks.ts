const url = /https?:\/\/[^\s"'<>]+/g
// A path segment long and random enough to be a token (base64url, hex).
const tokenSegment = /\/[A-Za-z0-9_-]{24,}(?=[/?#]|$)/g

export const maskedMark = '[masqué / hidden]'

/**
 * Every link of a message with its query string and token-like path segments replaced: what staff
 * may read of an email. Verification, reset, unsubscribe and follow-up links all carry their
 * secret there, and whoever reads one can act as the resident.
 */
export const maskSecretLinks = (text: string): string =>
  text.replace(url, (link) => {
    const queryAt = link.search(/[?#]/)
    const path = (queryAt >= 0 ? link.slice(0, queryAt) : link).replace(
      tokenSegment,
      `/${maskedMark}`,
    )
    return queryAt >= 0 ? `${path}?${maskedMark}` : path
  })
