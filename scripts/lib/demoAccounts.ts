import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { SeedAccounts } from '../../src/seed'

const password = () => randomBytes(9).toString('base64url')

/**
 * Demo logins: fixed addresses, passwords generated once per installation and kept in
 * .data/demo-credentials.json (never a well-known password on a server someone forgot to secure).
 */
export const demoAccounts = (dataDir: string): SeedAccounts => {
  const file = path.join(dataDir, 'demo-credentials.json')
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as SeedAccounts
  } catch {
    const accounts: SeedAccounts = {
      admin: { email: 'admin@lac-azur.example', password: process.env.SEED_ADMIN_PASSWORD || password() },
      editor: { email: 'communications@lac-azur.example', password: password() },
      agent: { email: 'travaux@lac-azur.example', password: password() },
    }
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, JSON.stringify(accounts, null, 2), { mode: 0o600 })
    return accounts
  }
}

export const printDemoAccounts = (accounts: SeedAccounts, url: string) => {
  const lines = [
    '',
    `  Site:   ${url}/fr`,
    `  Admin:  ${url}/admin`,
    `    administrator   ${accounts.admin.email}  /  ${accounts.admin.password}`,
    `    editor          ${accounts.editor.email}  /  ${accounts.editor.password}`,
    `    agent           ${accounts.agent.email}  /  ${accounts.agent.password}`,
    '  (demo logins are kept in .data/demo-credentials.json)',
    '',
  ]
  console.log(lines.join('\n'))
}
