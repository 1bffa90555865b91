/**
 * The multi-server deployment of the README's "Scaling out", started on this machine from real
 * parts: one Postgres database, Redis, an S3-compatible server (s3rver), an SMTP server, N web
 * servers (the production build, scripts/serve.ts, JOBS_AUTORUN=0), M job workers
 * (scripts/worker.ts) and nginx in front with deploy/nginx.conf. Used by tests/scale/run.ts
 * (`npm run test:scale`) and bench/scale.ts (`npm run bench:scale`).
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { SMTPServer } from 'smtp-server'

import { buildIfNeeded } from '../../scripts/lib/build'
import { freePort } from '../../scripts/lib/freePort'
import type { SeedAccounts } from '../../src/seed'
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  provisionTestServer,
  uniqueDatabaseName,
} from '../helpers/testServer'

export const root = path.resolve(import.meta.dirname, '../..')
/** Every process's output, kept after the run (overwritten by the next one). */
export const logDir = path.join(os.tmpdir(), 'ville-scale-logs')
const log = (message: string) => console.log(`[scale] ${message}`)

export type WebServer = {
  name: string
  port: number
  url: string
  process: ChildProcess | null
  start: () => Promise<void>
  kill: (signal?: NodeJS.Signals) => Promise<void>
}
export type Worker = { name: string; process: ChildProcess; stop: () => Promise<void> }

export type Cluster = {
  nginxUrl: string
  servers: WebServer[]
  workers: Worker[]
  databaseUrl: string
  secret: string
  accounts: SeedAccounts
  redis: { url: string; prefix: string; isOwn: boolean }
  s3: { endpoint: string; bucket: string; directory: string }
  mail: { received: Map<string, number>; total: () => number }
  dataDir: string
  env: Record<string, string>
  addWorker: () => Promise<Worker>
  /** Writes a new nginx config for these upstream ports and reloads nginx. */
  setUpstreams: (ports: number[]) => Promise<void>
  stop: () => Promise<void>
}

const isListening = (port: number, host = '127.0.0.1') =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const waitFor = async (what: string, check: () => Promise<boolean>, timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await sleep(200)
  }
  throw new Error(`${what}: not ready within ${timeoutMs / 1000} s`)
}

const isHealthy = async (url: string) =>
  (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) })).ok

/** A process group of its own, so stopping it stops whatever it started. */
const stopGroup = async (
  child: ChildProcess | null,
  signal: NodeJS.Signals = 'SIGTERM',
  graceMs = 10_000,
) => {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    process.kill(-child.pid, signal)
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // already gone
    }
  }, graceMs)
  await exited
  clearTimeout(timer)
}

/** Redis on 127.0.0.1:6379 when one listens (keys under a prefix of this run), else Debian's redis-server on a free port. */
const startRedis = async (tmp: string) => {
  const prefix = `ville-scale-${randomBytes(4).toString('hex')}:`
  if (process.env.REDIS_URL)
    return { url: process.env.REDIS_URL, prefix, isOwn: false, stop: async () => {} }
  if (await isListening(6379))
    return { url: 'redis://127.0.0.1:6379', prefix, isOwn: false, stop: async () => {} }
  const port = await freePort()
  const dir = path.join(tmp, 'redis')
  fs.mkdirSync(dir, { recursive: true })
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    },
  )
  await waitFor('redis-server', () => isListening(port), 20_000)
  log(`redis-server started on port ${port}`)
  return { url: `redis://127.0.0.1:${port}`, prefix, isOwn: true, stop: () => stopGroup(child) }
}

/** s3rver (an S3-compatible server from npm) in this process, its objects in `dir`. */
const startS3 = async (dir: string, bucket: string) => {
  const { default: S3rver } = (await import('s3rver')) as unknown as {
    default: new (options: Record<string, unknown>) => {
      run: () => Promise<{ port: number }>
      close: () => Promise<void>
    }
  }
  const port = await freePort()
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory: dir,
    configureBuckets: [{ name: bucket }],
  })
  await server.run()
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => server.close() }
}

/** A real SMTP server counting what each address receives. */
const startMail = async () => {
  const received = new Map<string, number>()
  let total = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, session, callback) {
      stream.on('data', () => {})
      stream.on('end', () => {
        for (const { address } of session.envelope.rcptTo) {
          const to = address.toLowerCase()
          received.set(to, (received.get(to) ?? 0) + 1)
          total++
        }
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as net.AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    total: () => total,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * deploy/nginx.conf as the repository has it, with only what differs on this machine replaced:
 * the upstream servers, the listen address and the cache folder. Wrapped in a main config that
 * keeps every file nginx writes (pid, logs, temp folders) under `dir`.
 */
export const nginxConfig = ({
  dir,
  listenPort,
  upstreamPorts,
}: {
  dir: string
  listenPort: number
  upstreamPorts: number[]
}) => {
  let site = fs.readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')
  const sample = /(upstream ville_web \{[^}]*?\n)((?:[ \t]*server [^\s;]+ [^;\n]*;\n)+)/
  const match = sample.exec(site)
  if (!match) throw new Error('deploy/nginx.conf: no upstream server lines to replace')
  // The sample's own parameters (max_fails, fail_timeout), only the addresses replaced.
  const parameters = /server [^\s;]+ ([^;\n]*);/.exec(match[2])?.[1] ?? ''
  const servers = upstreamPorts
    .map((port) => `    server 127.0.0.1:${port} ${parameters};`)
    .join('\n')
  site = site.replace(sample, (_, head: string) => `${head}${servers}\n`)
  if (!site.includes('listen 80;')) throw new Error('deploy/nginx.conf: no `listen 80;` to replace')
  site = site.replace('listen 80;', `listen 127.0.0.1:${listenPort};`)
  site = site.replace('/var/cache/nginx/ville-ouverte', path.join(dir, 'cache'))
  fs.writeFileSync(path.join(dir, 'ville-ouverte.conf'), site)
  const main = `# Generated by tests/scale/cluster.ts from deploy/nginx.conf
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${logDir}/nginx-error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    log_format scale '$msec "$request" $status upstream=$upstream_addr status=$upstream_status cache=$upstream_cache_status time=$request_time up=$upstream_response_time';
    access_log ${logDir}/nginx-access.log scale;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/ville-ouverte.conf;
}
`
  fs.writeFileSync(path.join(dir, 'nginx.conf'), main)
  return path.join(dir, 'nginx.conf')
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

export const startCluster = async ({
  webServers = 2,
  workers = 1,
}: { webServers?: number; workers?: number } = {}): Promise<Cluster> => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ville-scale-'))
  fs.rmSync(logDir, { recursive: true, force: true })
  fs.mkdirSync(logDir, { recursive: true })
  fs.chmodSync(tmp, 0o755)
  const stops: (() => Promise<unknown>)[] = []
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((err) => log(`teardown: ${err}`))
    fs.rmSync(tmp, { recursive: true, force: true })
  }
  try {
    const pgServer = await provisionTestServer()
    stops.push(pgServer.stop)
    const database = uniqueDatabaseName('ville_scale')
    await createDatabase(pgServer.serverUrl, database)
    stops.push(() => dropDatabase(pgServer.serverUrl, database))
    const dbUrl = databaseUrl(pgServer.serverUrl, database)

    const redis = await startRedis(tmp)
    stops.push(redis.stop)
    const bucket = 'ville-ouverte'
    const s3Dir = path.join(tmp, 's3')
    const s3 = await startS3(s3Dir, bucket)
    stops.push(s3.stop)
    const mail = await startMail()
    stops.push(mail.stop)
    log(
      `Postgres ${new URL(pgServer.serverUrl).host}, Redis ${redis.url}${redis.isOwn ? ' (started here)' : ''}, S3 ${s3.endpoint}, SMTP ${mail.url}`,
    )

    const nginxPort = await freePort()
    const secret = randomBytes(32).toString('hex')
    const ports = await Promise.all(Array.from({ length: webServers }, () => freePort()))
    // Reserved now, started below; nginx's address is the site's address for every server.
    const nginxDir = path.join(tmp, 'nginx')
    fs.mkdirSync(nginxDir)
    const shared: Record<string, string> = {
      DATABASE_URL: dbUrl,
      PAYLOAD_SECRET: secret,
      NEXT_TELEMETRY_DISABLED: '1',
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: redis.prefix,
      S3_BUCKET: bucket,
      S3_ENDPOINT: s3.endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      SMTP_URL: mail.url,
      JOBS_AUTORUN: '0',
      TRUSTED_PROXY_IPS: '127.0.0.1',
      DATABASE_POOL_MAX: '10',
    }

    // The seed, with the bucket: the demo city's media go to S3 as an editor's uploads would.
    const seedDir = path.join(tmp, 'seed')
    const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], {
      cwd: root,
      env: { ...process.env, ...shared, DATA_DIR: seedDir },
      encoding: 'utf8',
    })
    const summary = seeded.stdout.split('\n').find((line) => line.includes('Seeded:'))
    if (seeded.status !== 0 || !summary)
      throw new Error(`seed failed (exit ${seeded.status}):\n${seeded.stdout}\n${seeded.stderr}`)
    log(summary.trim())
    const accounts = JSON.parse(
      fs.readFileSync(path.join(seedDir, 'demo-credentials.json'), 'utf8'),
    ) as SeedAccounts

    await buildIfNeeded(log)

    const servers: WebServer[] = ports.map((port, index) => {
      const name = String.fromCharCode(65 + index)
      // Each server its own data folder: nothing a server writes on its disk is seen by another.
      const dataDir = path.join(tmp, `server-${name}`)
      fs.mkdirSync(dataDir, { recursive: true })
      const server: WebServer = {
        name,
        port,
        url: `http://127.0.0.1:${port}`,
        process: null,
        start: async () => {
          const out = fs.openSync(path.join(logDir, `server-${name}.log`), 'a')
          server.process = spawn(
            process.execPath,
            ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--host', '127.0.0.1'],
            {
              cwd: root,
              stdio: ['ignore', out, out],
              detached: true,
              env: {
                ...process.env,
                NODE_ENV: 'production',
                ...shared,
                DATA_DIR: dataDir,
                SERVER_URL: `http://127.0.0.1:${nginxPort}`,
              },
            },
          )
          fs.closeSync(out)
          const child = server.process
          await waitFor(`web server ${name}`, async () => {
            if (child.exitCode !== null)
              throw new Error(`web server ${name} exited with ${child.exitCode}`)
            return isHealthy(server.url)
          })
        },
        kill: async (signal = 'SIGKILL') => stopGroup(server.process, signal),
      }
      return server
    })
    await Promise.all(servers.map((s) => s.start()))
    stops.push(() => Promise.all(servers.map((s) => s.kill('SIGTERM'))))
    log(`web servers ${servers.map((s) => `${s.name} :${s.port}`).join(', ')}`)

    const workerList: Worker[] = []
    const env = { ...shared, SERVER_URL: `http://127.0.0.1:${nginxPort}` }
    const addWorker = async () => {
      const name = `worker-${workerList.length + 1}`
      const dataDir = path.join(tmp, name)
      fs.mkdirSync(dataDir, { recursive: true })
      const out = fs.openSync(path.join(logDir, `${name}.log`), 'a')
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
        cwd: root,
        env: {
          ...process.env,
          ...env,
          DATA_DIR: dataDir,
          NODE_ENV: 'production',
          JOBS_POLL_MS: '250',
        },
        stdio: ['ignore', out, out],
        detached: true,
      })
      fs.closeSync(out)
      const worker: Worker = { name, process: child, stop: () => stopGroup(child) }
      workerList.push(worker)
      stops.push(worker.stop)
      await sleep(500)
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`)
      return worker
    }
    for (let i = 0; i < workers; i++) await addWorker()

    // nginx last, on the port every server was told is the site's address.
    const nginx = await startNginxOn(nginxDir, nginxPort, ports)
    stops.push(() => nginx.stop())
    log(`nginx ${nginx.url} → ${ports.map((p) => `:${p}`).join(', ')}`)

    return {
      nginxUrl: nginx.url,
      servers,
      workers: workerList,
      databaseUrl: dbUrl,
      secret,
      accounts,
      redis: { url: redis.url, prefix: redis.prefix, isOwn: redis.isOwn },
      s3: { endpoint: s3.endpoint, bucket, directory: s3Dir },
      mail: { received: mail.received, total: mail.total },
      dataDir: tmp,
      env,
      addWorker,
      setUpstreams: (list) => nginx.reload(list),
      stop: stopAll,
    }
  } catch (err) {
    await stopAll()
    throw err
  }
}

/**
 * nginx as an ordinary user (`nobody` when this runs as root: the master drops too), on a port
 * chosen beforehand (the servers' SERVER_URL names it), everything it writes under `dir`.
 */
const startNginxOn = async (dir: string, listenPort: number, upstreamPorts: number[]) => {
  fs.mkdirSync(path.join(dir, 'cache'), { recursive: true })
  const conf = nginxConfig({ dir, listenPort, upstreamPorts })
  const nginx = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx'
  const args = ['-p', dir, '-c', conf, '-e', path.join(logDir, 'nginx-error.log')]
  let command = nginx
  let commandArgs = args
  if (isRoot()) {
    execFileSync('chown', ['-R', 'nobody:nogroup', dir])
    fs.writeFileSync(path.join(logDir, 'nginx-access.log'), '')
    fs.writeFileSync(path.join(logDir, 'nginx-error.log'), '')
    execFileSync('chown', [
      'nobody:nogroup',
      path.join(logDir, 'nginx-access.log'),
      path.join(logDir, 'nginx-error.log'),
    ])
    command = 'setpriv'
    commandArgs = ['--reuid=nobody', '--regid=nogroup', '--clear-groups', nginx, ...args]
  }
  const test = spawnSync(command, [...commandArgs, '-t'], { encoding: 'utf8' })
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`)
  const child = spawn(command, commandArgs, {
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  })
  await waitFor('nginx', () => isListening(listenPort), 20_000)
  const reload = async (ports: number[]) => {
    nginxConfig({ dir, listenPort, upstreamPorts: ports })
    if (isRoot()) execFileSync('chown', ['-R', 'nobody:nogroup', dir])
    process.kill(child.pid!, 'SIGHUP')
    await sleep(1000)
  }
  return {
    url: `http://127.0.0.1:${listenPort}`,
    child,
    reload,
    stop: () => stopGroup(child, 'SIGQUIT'),
  }
}
