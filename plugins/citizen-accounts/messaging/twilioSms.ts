import type { SmsAdapter } from '../types'

/**
 * Twilio's Messages API (also spoken by several other providers). Configured by env:
 * SMS_PROVIDER=twilio, TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM (a number in E.164),
 * TWILIO_API_URL to point it elsewhere (a test server, a compatible provider).
 */
export const twilioSmsAdapter = ({
  accountSid,
  authToken,
  from,
  apiUrl = 'https://api.twilio.com',
}: {
  accountSid: string
  authToken: string
  from: string
  apiUrl?: string
}): SmsAdapter => ({
  name: 'twilio',
  send: async ({ to, text }) => {
    const response = await fetch(
      `${apiUrl.replace(/\/$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`,
      {
        method: 'POST',
        headers: {
          Authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ To: toE164(to), From: from, Body: text }).toString(),
        signal: AbortSignal.timeout(15_000),
      },
    )
    if (!response.ok)
      throw new Error(
        `SMS provider answered ${response.status}: ${(await response.text()).slice(0, 200)}`,
      )
  },
})

/** North American numbers as residents type them ("819 555-0123") to E.164 (+18195550123). */
export const toE164 = (phone: string) => {
  const digits = phone.replace(/\D/g, '')
  if (phone.trim().startsWith('+')) return `+${digits}`
  if (digits.length === 10) return `+1${digits}`
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`
  return `+${digits}`
}

/** The provider named by SMS_PROVIDER, or null (then the recording adapter is used). */
export const smsAdapterFromEnv = (
  env: Record<string, string | undefined> = process.env,
): SmsAdapter | null => {
  if (env.SMS_PROVIDER !== 'twilio') return null
  const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM: from } = env
  if (!accountSid || !authToken || !from)
    throw new Error(
      'SMS_PROVIDER=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM',
    )
  return twilioSmsAdapter({ accountSid, authToken, from, apiUrl: env.TWILIO_API_URL })
}
