import path from 'node:path'

import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })

/** The boundary errors ESLint reports for `code` written at `file` (nothing is written to disk). */
const boundaryErrors = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return result!.messages
    .filter(
      (m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'no-restricted-imports',
    )
    .map((m) => m.message)
}

describe('import boundaries (eslint.config.mjs)', () => {
  it('should refuse a plugin that imports the app, by alias or by relative path, or another plugin', async () => {
    expect(
      await boundaryErrors(
        'plugins/surveys/lib/x.ts',
        "import { getPayloadClient } from '@/lib/data/payload'\n",
      ),
    ).toEqual([expect.stringContaining('A plugin imports only')])
    expect(
      await boundaryErrors(
        'plugins/surveys/lib/x.ts',
        "import { getPayloadClient } from '../../../src/lib/data/payload'\n",
      ),
    ).toHaveLength(1)
    expect(
      await boundaryErrors(
        'plugins/surveys/index.ts',
        "import { noticeKinds } from '@collections/Notices'\n",
      ),
    ).toHaveLength(1)
    expect(
      await boundaryErrors(
        'plugins/surveys/lib/x.ts',
        "import { accountOptions } from '../../citizen-accounts/frontend/citizen'\n",
      ),
    ).toHaveLength(1)
  })

  it('should let a plugin import its own files, the kit and the engines', async () => {
    expect(
      await boundaryErrors(
        'plugins/surveys/lib/x.ts',
        "import { surveyHref } from './routes'\nimport { readBodyText } from '../../kit/body'\nimport { sectorForPoint } from '@engines/place'\n",
      ),
    ).toEqual([])
  })

  it('should refuse an engine that imports Payload, Next or the app', async () => {
    expect(
      await boundaryErrors('engines/place/x.ts', "import type { Payload } from 'payload'\n"),
    ).toHaveLength(1)
    expect(
      await boundaryErrors(
        'engines/calendar/x.ts',
        "import { unstable_cache } from 'next/cache'\n",
      ),
    ).toHaveLength(1)
    expect(
      await boundaryErrors(
        'engines/calendar/x.ts',
        "import { getTranslator } from '@/i18n/translate'\n",
      ),
    ).toHaveLength(1)
    expect(
      await boundaryErrors(
        'engines/calendar/x.ts',
        "import { tz } from '@date-fns/tz'\nimport { CalendarError } from './errors'\n",
      ),
    ).toEqual([])
  })

  it('should let the app import a plugin through its entry points only', async () => {
    expect(
      await boundaryErrors(
        'src/lib/x.ts',
        "import { listCitizenRequests } from '@plugins/service-requests/follow/followUpView'\n",
      ),
    ).toEqual([expect.stringContaining('entry points only')])
    expect(
      await boundaryErrors(
        'src/lib/x.ts',
        "import { PublicRequestsPage } from '@plugins/service-requests/frontend'\nimport { seedSurveys } from '@plugins/surveys/seed'\n",
      ),
    ).toEqual([])
  })
})
