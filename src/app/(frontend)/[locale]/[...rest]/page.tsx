import { notFound } from 'next/navigation'

// Any path no page claims: answer with the site's own 404 (inside the site layout) rather than
// Next's bare default, which has no language, header or way back.
export default function UnknownPage() {
  notFound()
}
