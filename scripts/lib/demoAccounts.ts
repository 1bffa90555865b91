import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { generateApiKey } from '../../plugins/service-requests/open311'
import type { SeedAccounts } from '../../src/seed'
import type { DemoCitizen } from '../../src/seed/citizens'

const password = () => randomBytes(9).toString('base64url')

/**
 * Demo logins: fixed addresses, passwords generated once per installation and kept in
 * .data/demo-credentials.json (never a well-known password on a server someone forgot to secure).
 */
/** One demo resident per sector of the demo city (citizen-accounts plugin). */
const demoCitizens = (): DemoCitizen[] => [
  {
    email: 'resident.vieux-village@lac-azur.example',
    name: 'Sophie Lavoie',
    sectorCode: 'vieux-village',
    preferredLanguage: 'fr',
    password: password(),
  },
  {
    email: 'resident.plateau@lac-azur.example',
    name: 'Karim Haddad',
    sectorCode: 'plateau',
    preferredLanguage: 'fr',
    password: password(),
  },
  {
    email: 'resident.les-berges@lac-azur.example',
    name: 'Emily Walsh',
    sectorCode: 'les-berges',
    preferredLanguage: 'en',
    password: password(),
  },
  {
    email: 'resident.parc-des-erables@lac-azur.example',
    name: 'Luc Bouchard',
    sectorCode: 'parc-des-erables',
    preferredLanguage: 'fr',
    password: password(),
  },
]

export const demoAccounts = (dataDir: string): SeedAccounts => {
  const file = path.join(dataDir, 'demo-credentials.json')
  let accounts: SeedAccounts
  try {
    accounts = JSON.parse(fs.readFileSync(file, 'utf8')) as SeedAccounts
    // Installations from before the citizen accounts (or the Open311 client) get them added once.
    if (accounts.citizens && accounts.open311) return withOpen311Env(accounts)
    accounts.citizens ??= demoCitizens()
    accounts.open311 ??= { apiKey: generateApiKey() }
  } catch {
    accounts = {
      admin: {
        email: 'admin@lac-azur.example',
        password: process.env.SEED_ADMIN_PASSWORD || password(),
      },
      editor: { email: 'communications@lac-azur.example', password: password() },
      agent: { email: 'travaux@lac-azur.example', password: password() },
      citizens: demoCitizens(),
      open311: { apiKey: generateApiKey() },
    }
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(accounts, null, 2), { mode: 0o600 })
  return withOpen311Env(accounts)
}

/** OPEN311_DEMO_API_KEY, when set, is the demo client's key (and is never written to the file). */
const withOpen311Env = (accounts: SeedAccounts): SeedAccounts => {
  const key = process.env.OPEN311_DEMO_API_KEY
  return key ? { ...accounts, open311: { apiKey: key, isFromEnv: true } } : accounts
}

export const printDemoAccounts = (accounts: SeedAccounts, url: string) => {
  const lines = [
    '',
    `  Site:   ${url}/fr`,
    `  Admin:  ${url}/admin`,
    `    administrator   ${accounts.admin.email}  /  ${accounts.admin.password}`,
    `    editor          ${accounts.editor.email}  /  ${accounts.editor.password}`,
    `    agent           ${accounts.agent.email}  /  ${accounts.agent.password}`,
    ...(accounts.citizens?.length
      ? [
          `  Mon dossier:  ${url}/fr/mon-dossier/connexion`,
          ...accounts.citizens.map(
            (c) => `    resident (${c.sectorCode})  ${c.email}  /  ${c.password}`,
          ),
        ]
      : []),
    ...(accounts.open311
      ? [
          `  Open311:  ${url}/open311/v2/discovery.json`,
          `    client « Démo Open311 »  api_key ${accounts.open311.isFromEnv ? '(OPEN311_DEMO_API_KEY)' : accounts.open311.apiKey}`,
        ]
      : []),
    '  (demo logins are kept in .data/demo-credentials.json)',
    '',
  ]
  console.log(lines.join('\n'))
}
