import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { smsAdapterFromEnv, toE164 } from '../messaging/twilioSms'

describe('citizen accounts: SMS provider adapter', () => {
  let server: http.Server
  let url: string
  const requests: { path: string; auth: string; body: string }[] = []

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        requests.push({ path: req.url ?? '', auth: req.headers.authorization ?? '', body })
        const isRejected = body.includes('To=%2B15550000000')
        res
          .writeHead(isRejected ? 400 : 201, { 'content-type': 'application/json' })
          .end(isRejected ? '{"message":"invalid To"}' : '{"sid":"SM1"}')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('should post the message to the provider with basic auth and an E.164 number', async () => {
    const sms = smsAdapterFromEnv({
      SMS_PROVIDER: 'twilio',
      TWILIO_ACCOUNT_SID: 'AC123',
      TWILIO_AUTH_TOKEN: 'secret',
      TWILIO_FROM: '+18195550000',
      TWILIO_API_URL: url,
    })
    await sms!.send({ to: '819 555-0123', text: 'Avis d’ébullition' })
    expect(requests[0].path).toBe('/2010-04-01/Accounts/AC123/Messages.json')
    expect(requests[0].auth).toBe(`Basic ${Buffer.from('AC123:secret').toString('base64')}`)
    expect(Object.fromEntries(new URLSearchParams(requests[0].body))).toEqual({
      To: '+18195550123',
      From: '+18195550000',
      Body: 'Avis d’ébullition',
    })
  })

  it('should fail loudly when the provider refuses, so the delivery is logged as failed and retried', async () => {
    const sms = smsAdapterFromEnv({
      SMS_PROVIDER: 'twilio',
      TWILIO_ACCOUNT_SID: 'AC123',
      TWILIO_AUTH_TOKEN: 'secret',
      TWILIO_FROM: '+18195550000',
      TWILIO_API_URL: url,
    })
    await expect(sms!.send({ to: '+1 555 000 0000', text: 'x' })).rejects.toThrow(/answered 400/)
  })

  it('should use no provider without SMS_PROVIDER, and refuse an incomplete configuration', () => {
    expect(smsAdapterFromEnv({})).toBeNull()
    expect(() => smsAdapterFromEnv({ SMS_PROVIDER: 'twilio' })).toThrow(/TWILIO_ACCOUNT_SID/)
    expect(toE164('(819) 555-0123')).toBe('+18195550123')
    expect(toE164('1 819 555 0123')).toBe('+18195550123')
  })
})
