/**
 * The process tests/crash.int.test.ts kills: it posts the form's last step for every draft key in
 * CRASH_DRAFTS at once, through the real endpoint (as the production server would run it), and
 * prints one line per answer. It runs the plugin's test host (../host.ts) against the test file's database (DATABASE_URL,
 * PAYLOAD_SECRET and DATA_DIR come from the parent).
 */
import { getPayload, handleEndpoints } from 'payload'

import { createCsrfToken } from '../../residents/csrf'
import { hostConfig } from '../host'

const base = 'http://localhost:3000'
const keys = JSON.parse(process.env.CRASH_DRAFTS ?? '[]') as string[]
const payload = await getPayload({ config: await hostConfig() })
process.stdout.write('ready\n')
await Promise.all(
  keys.map(async (draft) => {
    const body = new URLSearchParams({
      locale: 'fr',
      csrf: createCsrfToken(payload.secret, 'anonymous'),
      step: 'review',
      draft,
      name: 'Crash',
      email: 'crash@example.test',
    })
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/service-requests-form/step`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: base,
          'sec-fetch-site': 'same-origin',
        },
        body: body.toString(),
      }),
    })
    process.stdout.write(`sent ${draft} ${response.headers.get('location')}\n`)
  }),
)
process.stdout.write('done\n')
process.exit(0)
