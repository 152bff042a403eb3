import {
  buildEditorState,
  type DefaultNodeTypes,
  type DefaultTypedEditorState,
} from '@payloadcms/richtext-lexical'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/**
 * Lexical rich text from plain paragraphs, for demo content and tests. Lexical's own builder
 * makes one paragraph from `text`; several are its paragraphs in a row.
 */
export const richText = (...paragraphs: string[]): DefaultTypedEditorState =>
  buildEditorState<DefaultNodeTypes>({
    nodes: paragraphs.flatMap((text) => buildEditorState<DefaultNodeTypes>({ text }).root.children),
  })

/** The plain text of a Lexical document, or '' for anything else (for the search index). */
export const plainText = (value: unknown): string =>
  value && typeof value === 'object' && 'root' in value
    ? convertLexicalToPlaintext({ data: value as SerializedEditorState })
    : ''
