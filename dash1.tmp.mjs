import fs from 'node:fs'
const base = 'http://127.0.0.1:3100'
const d = JSON.parse(fs.readFileSync('.data/demo-credentials.json', 'utf8'))
const c = d.citizens[1]
const html = await (await fetch(`${base}/fr/mon-dossier/connexion`)).text()
const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1]
const r = await fetch(`${base}/api/citizen-account/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, 'sec-fetch-site': 'same-origin' }, body: new URLSearchParams({ email: c.email, password: c.password, csrf, locale: 'fr' }).toString() })
const cookie = r.headers.getSetCookie().find((c) => c.startsWith('payload-token=')).split(';')[0]
for (let i = 0; i < 3; i++) await fetch(base + '/fr/mon-dossier', { headers: { cookie } })
await new Promise(r=>setTimeout(r,500))
fs.writeFileSync('/tmp/mark', String(Date.now()))
console.log('MARK')
await fetch(base + '/fr/mon-dossier', { headers: { cookie } })
