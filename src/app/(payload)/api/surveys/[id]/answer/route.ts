import { getPayloadClient } from '@/lib/data/payload'
import { answerRoute } from '@plugins/surveys/routes'

// The survey form's endpoint, more specific than Payload's /api/[...slug] beside it: the same
// handler as the plugin's Payload endpoint without Payload's REST request set-up, which was most
// of each answer's CPU (plugins/surveys/README.md, "Benchmark").
export const dynamic = 'force-dynamic'

export const POST = answerRoute(getPayloadClient)
