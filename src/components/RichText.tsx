import type { DefaultNodeTypes, SerializedBlockNode } from '@payloadcms/richtext-lexical'
import {
  type JSXConvertersFunction,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'
import type { ComponentProps } from 'react'

import { StepsBlock } from '@/blocks/Steps/Component'
import type { StepsBlock as StepsBlockFields } from '@/payload-types'

type Props = { data: ComponentProps<typeof LexicalRichText>['data']; stepsLabel?: string }

/** Lexical rich text as HTML, with the blocks editors may insert in it (numbered steps). */
export const RichText = ({ data, stepsLabel }: Props) => {
  const converters: JSXConvertersFunction<
    DefaultNodeTypes | SerializedBlockNode<StepsBlockFields>
  > = ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: {
      steps: ({ node }) => <StepsBlock steps={node.fields.steps} label={stepsLabel} />,
    },
  })
  return <LexicalRichText data={data} converters={converters} disableContainer />
}
