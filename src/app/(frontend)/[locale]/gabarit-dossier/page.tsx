import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { registerDashboardFastPath } from '@/lib/data/dashboard'
import { accountPageTitle } from '@plugins/citizen-accounts/frontend'
import { dashboardSlot } from '@/server/dossierSlot'

// The web server's fast path for the dashboard (src/server/dossierFastPath.ts) finds its loader
// here: this module is part of Next's server bundle, beside the one Payload instance.
registerDashboardFastPath()

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: accountPageTitle(locale), robots: { index: false } }
}

/**
 * The site's layout around an empty "Mon dossier", cached like every public page (the site-wide
 * banner, header and footer expire with their tags): the web server draws a signed-in
 * resident's dashboard into the slot (src/server/dossierFastPath.ts). It holds nothing
 * personal; the server answers it to this machine only.
 */
export default async function DashboardShellPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <div id={dashboardSlot.id} />
}
