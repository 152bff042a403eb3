/**
 * Builds Lexical rich-text JSON from plain paragraphs, for demo content and tests. Only the node
 * shapes the default Lexical editor accepts: root → paragraph → text.
 */
export type LexicalRoot = {
  root: {
    type: 'root'
    children: LexicalParagraph[]
    direction: 'ltr'
    format: ''
    indent: 0
    version: 1
  }
}

type LexicalParagraph = {
  type: 'paragraph'
  children: {
    type: 'text'
    text: string
    detail: 0
    format: 0
    mode: 'normal'
    style: ''
    version: 1
  }[]
  direction: 'ltr'
  format: ''
  indent: 0
  textFormat: 0
  version: 1
}

export const richText = (...paragraphs: string[]): LexicalRoot => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      version: 1,
      children: [
        { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 },
      ],
    })),
  },
})

/** The plain text of a Lexical document (for search indexes, previews and tests). */
export const plainText = (value: unknown): string => {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const { text, children } = node as { text?: unknown; children?: unknown[] }
    if (typeof text === 'string') return text
    return Array.isArray(children) ? children.map(walk).join(children.length > 1 ? '\n' : '') : ''
  }
  return walk((value as { root?: unknown } | null)?.root)
}
