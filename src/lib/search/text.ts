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

/**
 * Whether two words are at most one edit apart (insert, delete, replace, or swap of neighbours),
 * checked without building the full distance table.
 */
export const isOneEditApart = (a: string, b: string): boolean => {
  if (a === b) return true
  const lengthGap = Math.abs(a.length - b.length)
  if (lengthGap > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true // replace
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2) // swap
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a]
  return longer.slice(i + 1) === shorter.slice(i) // insert or delete
}
