import path from 'node:path'

import { ensureDatabase, startEmbeddedPostgres } from './embeddedPostgres'

export type Database = { url: string; isEmbedded: boolean; stop: () => Promise<void> }

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL under .data/postgres, started now and
 * stopped by `stop()`.
 */
export const resolveDatabase = async (
  dataDir: string,
  log: (m: string) => void,
): Promise<Database> => {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, isEmbedded: false, stop: async () => {} }
  }
  const cluster = await startEmbeddedPostgres({
    dir: path.join(dataDir, 'postgres'),
    log: (line) => {
      if (/error|fatal|panic/i.test(line)) log(`[postgres] ${line}`)
    },
  })
  await ensureDatabase(cluster.urlFor('postgres'), 'ville')
  log(
    `Embedded PostgreSQL listening on 127.0.0.1:${cluster.port} (data in ${path.join(dataDir, 'postgres')})`,
  )
  return { url: cluster.urlFor('ville'), isEmbedded: true, stop: cluster.stop }
}
