import { NotFoundContent } from '@/components/NotFoundContent'

// Not-found pages receive no params: French first, English beside it.
export default function NotFound() {
  return <NotFoundContent />
}
