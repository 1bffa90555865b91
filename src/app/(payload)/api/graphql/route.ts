/* Generated-style Payload GraphQL route, kept thin: src/server/apiGuard.ts bounds and checks the body first. The playground is not served: it loads from a CDN. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphql } from '@/server/apiGuard'

export const POST = guardGraphql(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
