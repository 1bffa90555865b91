import { city } from '@engines/city'

import type { PetitionLocale } from '../types'

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  )

export type RenderedEmail = { subject: string; text: string; html: string }

/**
 * One accessible message in plain text and HTML: the language attribute, paragraphs of real text,
 * every link also written out in full, no image. `links` are shown as "label: url".
 */
export const renderEmail = ({
  locale,
  subject,
  paragraphs,
  links,
  footer = [],
  footerLinks = [],
}: {
  locale: PetitionLocale
  subject: string
  paragraphs: string[]
  links: { label: string; url: string }[]
  footer?: string[]
  footerLinks?: { label: string; url: string }[]
}): RenderedEmail => {
  const linkLine = (l: { label: string; url: string }) =>
    `${l.label}${locale === 'fr' ? ' : ' : ': '}${l.url}`
  const text = [
    ...paragraphs.flatMap((p) => [p, '']),
    ...links.flatMap((l) => [linkLine(l), '']),
    '--',
    ...footer,
    ...footerLinks.map(linkLine),
  ]
    .join('\n')
    .trim()
  const html = `<!doctype html>
<html lang="${city.languageTags[locale]}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; background: #ffffff;">
${paragraphs.map((p) => `<p style="white-space: pre-line;">${escapeHtml(p)}</p>`).join('\n')}
${links.map((l) => `<p><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a><br>${escapeHtml(l.url)}</p>`).join('\n')}
<hr>
${footer.map((f) => `<p style="font-size: 14px; color: #444444;">${escapeHtml(f)}</p>`).join('\n')}
${footerLinks.map((l) => `<p style="font-size: 14px;"><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a><br>${escapeHtml(l.url)}</p>`).join('\n')}
</body>
</html>`
  return { subject, text, html }
}
