import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { outboxAdapter } from './outboxAdapter'

export type SmtpSettings = {
  url?: string
  host?: string
  port?: number
  user?: string
  pass?: string
  secure?: boolean
}

/** SMTP settings from the environment: SMTP_URL, or SMTP_HOST [+ SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_SECURE]. */
export const smtpFromEnv = (env: NodeJS.ProcessEnv = process.env): SmtpSettings | null => {
  if (env.SMTP_URL) return { url: env.SMTP_URL }
  if (env.SMTP_HOST) {
    return {
      host: env.SMTP_HOST,
      port: Number(env.SMTP_PORT || 587),
      user: env.SMTP_USER || undefined,
      pass: env.SMTP_PASS || undefined,
      secure: env.SMTP_SECURE === '1' || env.SMTP_SECURE === 'true',
    }
  }
  return null
}

/** MAIL_FROM as `Name <address>` or a bare address. */
export const mailFromEnv = (env: NodeJS.ProcessEnv, cityName: string) => {
  const raw = env.MAIL_FROM || 'no-reply@localhost'
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(raw)
  return match
    ? { fromName: match[1] || cityName, fromAddress: match[2] }
    : { fromName: cityName, fromAddress: raw.trim() }
}

/** The email adapter: real SMTP when configured, otherwise the outbox collection. */
export const emailAdapterFromEnv = ({
  env = process.env,
  outboxSlug,
  cityName,
}: {
  env?: NodeJS.ProcessEnv
  outboxSlug: string
  cityName: string
}): EmailAdapter | Promise<EmailAdapter> => {
  const { fromAddress, fromName } = mailFromEnv(env, cityName)
  const smtp = smtpFromEnv(env)
  if (!smtp) return outboxAdapter({ slug: outboxSlug, fromAddress, fromName })
  return nodemailerAdapter({
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    // The server may be down at boot; a failed send is logged when it happens.
    skipVerify: true,
    transportOptions: smtp.url
      ? (smtp.url as never)
      : {
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          auth: smtp.user ? { user: smtp.user, pass: smtp.pass } : undefined,
        },
  })
}
