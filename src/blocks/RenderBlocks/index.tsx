import type { Locale } from '@/i18n/config'
import { getTranslator } from '@/i18n/translate'
import type { Page } from '@/payload-types'

import { CalloutBlock } from '../Callout/Component'
import { ContentBlock } from '../Content/Component'
import { LinkListBlock } from '../LinkList/Component'
import { MiniSurveyBlock } from '../MiniSurvey/Component'

/** A page's layout blocks, in order. */
export const RenderBlocks = ({
  blocks,
  locale,
  path,
}: {
  blocks: Page['layout']
  locale: Locale
  /** This page's address (mini-surveys come back to it). */ path?: string
}) => {
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
          case 'miniSurvey': {
            const surveyId = typeof block.survey === 'object' ? block.survey?.id : block.survey
            return surveyId ? (
              <MiniSurveyBlock
                key={key}
                surveyId={surveyId}
                locale={locale}
                returnTo={path ?? `/${locale}`}
              />
            ) : null
          }
          default:
            return null
        }
      })}
    </>
  )
}
