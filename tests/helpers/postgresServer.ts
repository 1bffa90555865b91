import type { TestProject } from 'vitest/node'

import { provisionTestServer } from './testServer'

declare module 'vitest' {
  export interface ProvidedContext {
    testServerUrl: string
  }
}

export default async function setup(project: TestProject) {
  const server = await provisionTestServer()
  project.provide('testServerUrl', server.serverUrl)
  return server.stop
}
