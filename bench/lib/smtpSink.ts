/** A local SMTP server that accepts and discards mail, in its own process (bench/fanout.ts forks it). */
import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

let received = 0
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  // No reverse DNS lookup of the client: a sink on this machine need not know its name.
  disableReverseLookup: true,
  logger: false,
  onData(stream, _session, callback) {
    stream.on('data', () => {})
    stream.on('end', () => {
      received++
      callback()
    })
  },
})
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (server.server.address() as AddressInfo).port })
})
process.on('message', (message: { type?: string }) => {
  if (message.type === 'count') process.send?.({ received })
  if (message.type === 'stop') server.close(() => process.exit(0))
})
