import type { Locale } from '@/i18n/config'
import { getTranslator } from '@/i18n/translate'
import type { Page } from '@/payload-types'

import { CalloutBlock } from '../Callout/Component'
import { ContentBlock } from '../Content/Component'
import { LinkListBlock } from '../LinkList/Component'

/** A page's layout blocks, in order. */
export const RenderBlocks = ({ blocks, locale }: { blocks: Page['layout']; locale: Locale }) => {
  const t = getTranslator(locale)
  return (
    <>
      {blocks.map((block, index) => {
        const key = block.id ?? `${block.blockType}-${index}`
        switch (block.blockType) {
          case 'content':
            return <ContentBlock key={key} richText={block.richText} />
          case 'callout':
            return (
              <CalloutBlock
                key={key}
                id={`encadre-${index}`}
                tone={block.tone}
                title={block.title}
                text={block.text}
                toneLabel={t(`services.pages.tones.${block.tone}`)}
              />
            )
          case 'linkList':
            return <LinkListBlock key={key} title={block.title} links={block.links} />
          default:
            return null
        }
      })}
    </>
  )
}
