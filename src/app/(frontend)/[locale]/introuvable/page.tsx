import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/NotFoundContent'

export const metadata: Metadata = {
  title: 'Page introuvable · Page not found',
  robots: { index: false },
}

/**
 * The not-found page as a plain page. Next.js answers a `notFound()` from a dynamic page with an
 * empty HTML shell and renders the message only through client JavaScript
 * (vercel/next.js#62228, #98954); the server (src/server/htmlOnly.ts) sends this page's HTML
 * with the 404 status instead, so the message shows without JavaScript.
 */
export default function NotFoundPage() {
  return <NotFoundContent />
}
