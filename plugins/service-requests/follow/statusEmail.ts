import type { Payload } from 'payload'

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The site's public address, for links written into emails. */
export const siteBase = (payload: Payload) =>
  (payload.config.serverURL || 'http://localhost:3000').replace(/\/$/, '')

/**
 * Sends a status email as text and as simple HTML built from the same lines (one paragraph each),
 * the link made clickable in the HTML. Shared by the submitter's and the followers' emails.
 */
export const sendStatusEmail = async ({
  payload,
  to,
  subject,
  lines,
  url,
}: {
  payload: Payload
  to: string
  subject: string
  lines: string[]
  url: string
}) => {
  const link = escapeHtml(url)
  await payload.sendEmail({
    to,
    subject,
    text: lines.join('\n\n'),
    html: lines
      .map((line) => `<p>${escapeHtml(line).replace(link, `<a href="${link}">${link}</a>`)}</p>`)
      .join('\n'),
  })
}
