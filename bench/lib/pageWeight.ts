import { chromium } from 'playwright-core'

export type PageWeight = {
  path: string
  jsBytes: number
  totalBytes: number
  requests: number
  jsFiles: number
}

/**
 * Loads each page in Debian's Chromium (a phone-sized window, cold cache) and adds up the bytes
 * that crossed the wire per resource type, as compressed by the server: what a resident's data plan
 * pays for one visit.
 */
export const measurePageWeight = async (
  baseUrl: string,
  paths: string[],
): Promise<PageWeight[]> => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromiumSandbox: false,
    args: [
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  })
  const results: PageWeight[] = []
  try {
    for (const path of paths) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
      })
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
      const types = new Map<string, string>()
      let jsBytes = 0
      let totalBytes = 0
      let requests = 0
      let jsFiles = 0
      cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type))
      cdp.on('Network.loadingFinished', (event) => {
        requests += 1
        totalBytes += event.encodedDataLength
        if (types.get(event.requestId) === 'Script') {
          jsBytes += event.encodedDataLength
          jsFiles += 1
        }
      })
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
      results.push({ path, jsBytes, totalBytes, requests, jsFiles })
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return results
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
