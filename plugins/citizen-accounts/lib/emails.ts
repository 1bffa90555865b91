import { accountTranslator } from '../i18n/translate'
import type { AccountLocale } from '../types'
import { city } from '@engines/city'

export type EmailKind = 'verify' | 'reset' | 'exists' | 'alertConfirm'

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  )

/**
 * One accessible message in HTML and plain text: a language attribute, real text before the
 * button-looking link, the link also written out in full, no image needed to understand it.
 */
export const renderEmail = ({
  kind,
  locale,
  url,
  cityName,
}: {
  kind: EmailKind
  locale: AccountLocale
  url: string
  cityName: string
}): { subject: string; html: string; text: string } => {
  const t = accountTranslator(locale)
  const subject = t(`email.${kind}Subject`)
  const body = t(`email.${kind}Body`)
  const action = t(`email.${kind}Action`)
  const ignore = t('email.ignore')
  const signature = t('email.signature', { city: cityName })
  const text = [t('email.greeting'), '', body, url, '', ignore, '', signature].join('\n')
  const html = `<!doctype html>
<html lang="${city.languageTags[locale]}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; background: #ffffff;">
<p>${escapeHtml(t('email.greeting'))}</p>
<p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(url)}" style="display: inline-block; background: #0b3d6b; color: #ffffff; padding: 12px 18px; border-radius: 4px; text-decoration: none; font-weight: bold;">${escapeHtml(action)}</a></p>
<p style="word-break: break-all;">${escapeHtml(url)}</p>
<p>${escapeHtml(ignore)}</p>
<p>${escapeHtml(signature)}</p>
</body>
</html>`
  return { subject, html, text }
}

/** An SMS's usual ceiling (two concatenated segments' worth, what carriers deliver whole). */
const smsMax = 300

/**
 * The SMS: title, the instructions when there are any (what to do is the point of an alert), and
 * the link, always whole; the instructions are shortened with "…" when all three do not fit.
 */
const smsText = ({
  title,
  instruction,
  url,
  label,
}: {
  title: string
  instruction?: string | null
  url: string
  label: (text: string) => string
}) => {
  const plain = `${title} — ${url}`
  if (!instruction) return plain.slice(0, smsMax)
  const room = smsMax - `${title} —  — ${url}`.length
  const full = label(instruction.replace(/\s+/g, ' ').trim())
  if (full.length <= room) return `${title} — ${full} — ${url}`
  if (room < 20) return plain.slice(0, smsMax)
  return `${title} — ${full.slice(0, room - 1).trimEnd()}… — ${url}`
}

/**
 * An alert (a notice, a news item, or the collection reminder whose title is its subject): title,
 * summary, the notice's instructions to residents ("Consignes") when it has any, a link to read
 * more, and the one-click unsubscribe link. The SMS carries the instructions too.
 */
export const renderAlertEmail = ({
  locale,
  title,
  summary,
  instruction,
  url,
  unsubscribeUrl,
  cityName,
  kind = 'notice',
}: {
  locale: AccountLocale
  title: string
  summary: string
  /** The notice's instructions to residents (what to do), if any. */
  instruction?: string | null
  url: string
  unsubscribeUrl: string
  cityName: string
  kind?: 'notice' | 'news' | 'reminder'
}) => {
  const t = accountTranslator(locale)
  const subject =
    kind === 'reminder'
      ? title
      : t(kind === 'news' ? 'alerts.newsSubject' : 'alerts.subject', { title })
  const more = t(
    ({ notice: 'alerts.readMore', news: 'alerts.readNews', reminder: 'alerts.schedule' } as const)[
      kind
    ],
  )
  const steps = instruction?.trim()
    ? t('alerts.instruction', { instruction: instruction.trim() })
    : null
  const text = [
    title,
    '',
    summary,
    ...(steps ? ['', steps] : []),
    '',
    `${more} ${url}`,
    '',
    `${t('alerts.unsubscribe')} ${unsubscribeUrl}`,
    '',
    t('email.signature', { city: cityName }),
  ].join('\n')
  const html = `<!doctype html>
<html lang="${city.languageTags[locale]}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; background: #ffffff;">
<h1 style="font-size: 20px;">${escapeHtml(title)}</h1>
<p>${escapeHtml(summary)}</p>
${steps ? `<p style="border-left: 4px solid #0b3d6b; padding-left: 12px; white-space: pre-line;">${escapeHtml(steps)}</p>\n` : ''}<p><a href="${escapeHtml(url)}" style="color: #0a4f8f;">${escapeHtml(more)}</a></p>
<p style="font-size: 14px; color: #4a4f55;"><a href="${escapeHtml(unsubscribeUrl)}" style="color: #0a4f8f;">${escapeHtml(t('alerts.unsubscribe'))}</a></p>
<p>${escapeHtml(t('email.signature', { city: cityName }))}</p>
</body>
</html>`
  const sms = smsText({
    title,
    instruction,
    url,
    label: (text) => t('alerts.instruction', { instruction: text }),
  })
  return { subject, html, text, sms }
}
