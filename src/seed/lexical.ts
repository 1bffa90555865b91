/** A Lexical rich-text value made of plain paragraphs (what seeded bodies need). */
export const paragraphs = (texts: string[]) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: texts.map((text) => ({
      type: 'paragraph',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      textFormat: 0,
      children: [
        { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
      ],
    })),
  },
})

type LexicalChild =
  ReturnType<typeof paragraphs>['root']['children'][number] | Record<string, unknown>

/** A stable 24-hex id (Payload's block and array rows use ObjectId-like ids) from a text key. */
const idFor = (key: string): string => {
  let a = 0x811c9dc5
  let b = 0x01000193
  let c = 0x9e3779b9
  for (const ch of key) {
    const code = ch.codePointAt(0) ?? 0
    a = Math.imul(a ^ code, 0x01000193) >>> 0
    b = Math.imul(b ^ code, 0x85ebca6b) >>> 0
    c = Math.imul(c ^ code, 0xc2b2ae35) >>> 0
  }
  return [a, b, c].map((n) => n.toString(16).padStart(8, '0')).join('')
}

/**
 * A Lexical value made of paragraphs with a Steps block after the first paragraph (the way an
 * editor writes a procedure: one sentence of context, the numbered steps, then the details).
 */
export const paragraphsWithSteps = (
  texts: string[],
  steps: { title: string; text?: string }[],
  key: string,
) => {
  const value = paragraphs(texts)
  const children: LexicalChild[] = [...value.root.children]
  const block = {
    type: 'block',
    version: 2,
    format: '' as const,
    fields: {
      id: idFor(`${key}:block`),
      blockName: '',
      blockType: 'steps',
      steps: steps.map((step, index) => ({
        id: idFor(`${key}:${index}`),
        title: step.title,
        text: step.text ?? null,
      })),
    },
  }
  children.splice(Math.min(1, children.length), 0, block)
  return { root: { ...value.root, children } }
}
