import { getPayloadClient } from '@/lib/data/payload'
import { siteUrl } from '@/utilities/siteUrl'
import {
  handleOpen311Get,
  handleOpen311Post,
  open311Response,
  readOpen311Form,
  requestOptions,
} from '@plugins/service-requests/open311'

// Open311 GeoReport v2 lives at the spec's path (/open311/v2/…), outside /api and outside the
// language prefix (src/proxy.ts leaves /open311 alone): a Next route handler that hands the path to
// the service-requests plugin, which answers JSON or XML. Route handlers rather than Payload
// endpoints plus a rewrite: the URL is the public contract, and the handler stays three lines.
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ path: string[] }> }

const unexpected = () =>
  Response.json(
    [
      {
        code: 500,
        description: 'Unexpected error, try again later / Erreur inattendue, réessayez plus tard',
      },
    ],
    { status: 500, headers: { 'Cache-Control': 'no-store' } },
  )

export async function GET(request: Request, { params }: Context) {
  const { path } = await params
  const payload = await getPayloadClient()
  try {
    const answer = await handleOpen311Get({
      payload,
      options: requestOptions(payload),
      path,
      query: new URL(request.url).searchParams,
      baseUrl: siteUrl(),
    })
    return open311Response(answer)
  } catch (err) {
    payload.logger.error({ err, msg: 'open311: GET failed' })
    return unexpected()
  }
}

export async function POST(request: Request, { params }: Context) {
  const { path } = await params
  const payload = await getPayloadClient()
  try {
    const form = await readOpen311Form(request, path)
    if (!(form instanceof URLSearchParams)) return open311Response(form)
    const answer = await handleOpen311Post({
      payload,
      options: requestOptions(payload),
      path,
      form,
      headers: request.headers,
    })
    return open311Response(answer)
  } catch (err) {
    payload.logger.error({ err, msg: 'open311: POST failed' })
    return unexpected()
  }
}
