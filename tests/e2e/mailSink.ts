import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type SunkMail = {
  to: string[]
  subject: string
  text: string
  html: string
  receivedAt: number
}

/**
 * A real SMTP server for the browser tests: the site sends its mail to it over SMTP as it would to
 * the city's relay, and each message lands as a JSON file in `dir`, where the specs (other
 * processes) read it. The site's outbox is never read: staff only ever see masked links there.
 */
export const startMailSink = async (dir: string) => {
  fs.mkdirSync(dir, { recursive: true })
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const message: SunkMail = {
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            receivedAt: Date.now(),
          }
          // Written whole, then renamed: a reader never sees half a file.
          const file = path.join(dir, `${Date.now()}-${String(++count).padStart(6, '0')}.json`)
          fs.writeFileSync(`${file}.tmp`, JSON.stringify(message))
          fs.renameSync(`${file}.tmp`, file)
          callback()
        })
        .catch((err: Error) => callback(err))
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The messages received so far for an address, oldest first. */
export const mailsTo = (dir: string, to: string): SunkMail[] =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as SunkMail)
    .filter((m) => m.to.includes(to.toLowerCase()))
