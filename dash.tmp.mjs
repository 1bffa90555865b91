import autocannon from 'autocannon'
import fs from 'node:fs'
const base = process.env.BASE || 'http://127.0.0.1:3100'
const d = JSON.parse(fs.readFileSync('.data/demo-credentials.json', 'utf8'))
const signIn = async (email, password) => {
  const html = await (await fetch(`${base}/fr/mon-dossier/connexion`)).text()
  const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1]
  const r = await fetch(`${base}/api/citizen-account/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, 'sec-fetch-site': 'same-origin' }, body: new URLSearchParams({ email, password, csrf, locale: 'fr' }).toString() })
  return r.headers.getSetCookie().find((c) => c.startsWith('payload-token=')).split(';')[0]
}
const cookies = await Promise.all(d.citizens.map((c) => signIn(c.email, c.password)))
const path = process.env.P || '/fr/mon-dossier'
const one = await fetch(base + path, { headers: { cookie: cookies[0] } })
console.log(one.status, (await one.text()).length, one.headers.get('cache-control'))
const r = await autocannon({ url: base, connections: 20, duration: Number(process.env.S || 10), requests: cookies.map((cookie) => ({ method: 'GET', path, headers: { cookie } })) })
console.log(path, r.requests.average, 'req/s p50', r.latency.p50, 'p97.5', r.latency.p97_5, 'p99', r.latency.p99, 'non2xx', r.non2xx)
