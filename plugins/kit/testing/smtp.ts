import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** One message as the test SMTP server received it, parsed (quoted-printable and RFC 2047 decoded). */
export type TestMail = {
  /** The envelope sender (MAIL FROM). */
  from: string
  /** The envelope recipients (RCPT TO). */
  to: string[]
  subject: string
  text: string
  html: string
}

/**
 * A real SMTP server for the integration tests, in process, on a free port of 127.0.0.1: set
 * `process.env.SMTP_URL = mail.url` before building the config, and the site sends to it as it would
 * to the city's relay. Each message is parsed with mailparser and pushed to `messages`, oldest first.
 */
export const startTestSmtp = async () => {
  const messages: TestMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // No reverse DNS lookup of the client: a sink on this machine need not know its name.
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
          })
          callback()
        })
        .catch((err: Error) => callback(err))
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo

  /** The first message received that matches, waiting for it up to `timeoutMs`; throws after that. */
  const waitFor = async (predicate: (message: TestMail) => boolean, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = messages.find(predicate)
      if (found) return found
      if (Date.now() > deadline) throw new Error(`no matching message within ${timeoutMs} ms`)
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type TestSmtp = Awaited<ReturnType<typeof startTestSmtp>>
