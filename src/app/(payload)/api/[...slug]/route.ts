/* Generated-style Payload REST routes, kept thin: src/server/apiGuard.ts answers bad input (4xx) before Payload. */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { getPayloadClient } from '@/lib/data/payload'
import { guardRest } from '@/server/apiGuard'

export const GET = guardRest(REST_GET(config), getPayloadClient)
export const POST = guardRest(REST_POST(config), getPayloadClient)
export const DELETE = guardRest(REST_DELETE(config), getPayloadClient)
export const PATCH = guardRest(REST_PATCH(config), getPayloadClient)
export const PUT = guardRest(REST_PUT(config), getPayloadClient)
export const OPTIONS = REST_OPTIONS(config)
