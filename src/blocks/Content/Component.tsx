import { RichText } from '@/components/RichText'
import type { ContentBlock as ContentBlockProps } from '@/payload-types'

export const ContentBlock = ({ richText }: Pick<ContentBlockProps, 'richText'>) => (
  <div className="block-content">
    <RichText data={richText} />
  </div>
)
