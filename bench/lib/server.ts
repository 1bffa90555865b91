import type { ChildProcess } from 'node:child_process'

import { runServer } from '../../scripts/lib/build'
import { freePort } from '../../scripts/lib/freePort'

/** The production server on a free loopback port, once `/fr` answers 200. */
export const startBenchServer = async (): Promise<{ web: ChildProcess; base: string }> => {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const web = runServer({ port, host: '127.0.0.1', isDetached: true })
  for (;;) {
    if (web.exitCode !== null) throw new Error('the server exited during start')
    if (
      await fetch(`${base}/fr`)
        .then((r) => r.status === 200)
        .catch(() => false)
    )
      return { web, base }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Stops a server started above (its whole process group) and waits for it to exit. */
export const stopBenchServer = async (web: ChildProcess | null) => {
  if (!web?.pid || web.exitCode !== null) return
  const exited = new Promise((resolve) => web.once('exit', resolve))
  process.kill(-web.pid, 'SIGTERM')
  await exited
}
