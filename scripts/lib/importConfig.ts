/**
 * Imports the Payload config from a script run by Node (tsx), not by Next or Vitest.
 *
 * Lexical's Node builds (`lexical`, `@lexical/*` `.node.mjs`) each pick their build with a
 * top-level await, and the config's module graph reaches a dozen of them through the rich-text
 * editor. On Node 20, evaluating that many async modules in one graph sometimes leaves one of them
 * unsettled: nothing is pending any more, so Node exits with code 0 and nothing done (`npm run
 * seed` did so in 15–50% of runs once the import graph changed shape). Evaluating them first, one
 * at a time and dependencies first, leaves no async module in the config's graph.
 */
const lexicalModules = [
  'lexical',
  '@lexical/selection',
  '@lexical/utils',
  '@lexical/extension',
  '@lexical/html',
  '@lexical/list',
  '@lexical/clipboard',
  '@lexical/table',
  '@lexical/a11y',
  '@lexical/dragon',
  '@lexical/rich-text',
  '@lexical/headless',
  '@lexical/react/LexicalDecoratorBlockNode',
]

export const importPayloadConfig = async () => {
  for (const name of lexicalModules) await import(name)
  return (await import('../../payload.config')).default
}
