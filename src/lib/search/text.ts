/**
 * Text folding for German search: case, umlauts and ß do not matter, and the spelled-out forms
 * (ae, oe, ue, ss) match the letters they stand for. Index and query are folded the same way.
 */
export const foldText = (text: string): string =>
  text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // ä → a, é → e
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')

/** Folded words of at least two characters. */
export const tokenize = (text: string): string[] =>
  foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length >= 2)
