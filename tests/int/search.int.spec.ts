/** The search engine on its own: folding, prefixes, typos, ranking and facet counts. */
import { describe, expect, it } from 'vitest'

import { SearchIndex, type SearchDocument } from '@/lib/search'
import { foldText, tokenize } from '@/lib/search/text'

/**
 * Whether two words are at most one edit apart (insert, delete, replace, or swap of neighbours),
 * checked without building the full distance table.
 */
const isOneEditApart = (a: string, b: string): boolean => {
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

type Facet = 'kind' | 'sector'

const doc = (
  id: string,
  title: string,
  body: string,
  kind: string,
  sectors: string[],
): SearchDocument<Facet> => ({
  id,
  fields: [
    { text: title, weight: 10 },
    { text: body, weight: 1 },
  ],
  facets: { kind: [kind], sector: sectors },
})

const index = new SearchIndex<Facet>(
  [
    doc(
      'messe',
      'Statische digitale Ausbildungsmesse Xanten',
      'Betriebe stellen Ausbildungsplätze vor',
      'messe',
      ['logistik'],
    ),
    doc(
      'eurokran',
      'Planspiel EUROKRAN an Schulen',
      'Logistik erleben, Digitalisierung verstehen',
      'planspiel',
      ['logistik'],
    ),
    doc(
      'zq',
      'Zusatzqualifizierung „Digitale Fertigungstechnik“',
      'Für Berufskollegs in NRW',
      'zq',
      ['metall'],
    ),
    doc(
      'beratung',
      'Beratungsangebote für den Mittelstand',
      'Ausbildung in der Logistik, Größe egal',
      'beratung',
      ['logistik', 'quer'],
    ),
  ],
  ['kind', 'sector'],
)

describe('text folding', () => {
  it('ignores case, umlauts and ß, and treats spelled-out umlauts alike', () => {
    expect(foldText('Größe')).toBe(foldText('groesse'))
    expect(foldText('Übernahme')).toBe(foldText('UEBERNAHME'))
    expect(foldText('Straße')).toBe(foldText('strasse'))
  })

  it('knows one edit from two', () => {
    expect(isOneEditApart('ausbildungsmese', 'ausbildungsmesse')).toBe(true)
    expect(isOneEditApart('planspeil', 'planspiel')).toBe(true)
    expect(isOneEditApart('planspl', 'planspiel')).toBe(false)
  })
})

describe('search', () => {
  it('finds a word by its start inside a compound title', () => {
    expect(index.search({ query: 'fertigung' }).ids).toEqual(['zq'])
  })

  it('forgives one typo', () => {
    expect(index.search({ query: 'ausbildungsmese' }).ids).toContain('messe')
    expect(index.search({ query: 'eurokarn' }).ids).toEqual(['eurokran'])
  })

  it('is case-, umlaut- and ß-insensitive', () => {
    expect(index.search({ query: 'GROESSE' }).ids).toEqual(['beratung'])
    expect(index.search({ query: 'ausbildungsplatze' }).ids).toEqual(['messe'])
  })

  it('requires every word and ranks title matches first', () => {
    expect(index.search({ query: 'logistik digitalisierung' }).ids).toEqual(['eurokran'])
    const ranked = index.search({ query: 'ausbildung' }).ids
    expect(ranked[0]).toBe('messe')
    expect(ranked).toContain('beratung')
  })

  it('finds nothing for nonsense', () => {
    expect(index.search({ query: 'qqqqqq' }).ids).toEqual([])
  })
})

describe('facets', () => {
  it('count what each value would leave, keeping the other facets', () => {
    const { ids, facetCounts } = index.search({ filters: { sector: ['logistik'] } })
    expect(ids.sort()).toEqual(['beratung', 'eurokran', 'messe'])
    expect(facetCounts.kind).toEqual({ messe: 1, planspiel: 1, beratung: 1 })
    // The sector facet ignores its own selection, so switching to "metall" shows 1.
    expect(facetCounts.sector).toEqual({ logistik: 3, metall: 1, quer: 1 })
  })

  it('combine: values within a facet are alternatives, facets narrow each other', () => {
    const { ids } = index.search({ filters: { kind: ['messe', 'zq'], sector: ['logistik'] } })
    expect(ids).toEqual(['messe'])
  })

  it('work together with the query', () => {
    const { ids, facetCounts } = index.search({
      query: 'logistik',
      filters: { kind: ['planspiel'] },
    })
    expect(ids).toEqual(['eurokran'])
    expect(facetCounts.kind).toEqual({ planspiel: 1, beratung: 1 })
  })
})

describe('orders and pages', () => {
  const ordered = new SearchIndex<Facet, 'title'>(
    ['delta', 'alpha', 'charlie', 'bravo'].map((title, position) =>
      doc(title, `Planspiel ${title}`, 'Logistik', position % 2 ? 'planspiel' : 'messe', []),
    ),
    ['kind', 'sector'],
    {
      title: (a, b) =>
        ['delta', 'alpha', 'charlie', 'bravo'][a].localeCompare(
          ['delta', 'alpha', 'charlie', 'bravo'][b],
        ),
    },
  )

  it('pages through a named order computed at build, counting all matches', () => {
    expect(ordered.search({ order: 'title' }).ids).toEqual(['alpha', 'bravo', 'charlie', 'delta'])
    const second = ordered.search({ order: 'title', offset: 2, limit: 2 })
    expect(second.ids).toEqual(['charlie', 'delta'])
    expect(second.total).toBe(4)
    const filtered = ordered.search({ order: 'title', filters: { kind: ['planspiel'] }, limit: 1 })
    expect(filtered.ids).toEqual(['alpha'])
    expect(filtered.total).toBe(2)
  })

  it('pages through relevance', () => {
    const all = index.search({ query: 'logistik' })
    expect(all.total).toBe(2)
    expect(index.search({ query: 'logistik', offset: 1, limit: 1 }).ids).toEqual([all.ids[1]])
    expect(index.search({ query: 'logistik', offset: 5, limit: 10 }).ids).toEqual([])
  })
})

/**
 * The index against a plain re-statement of its rules on generated documents: the same matches,
 * the same ranking and the same facet counts for many queries and filter combinations. The bitsets,
 * the sorted vocabulary and the packed relevance keys must not change what is found.
 */
describe('the index agrees with a straightforward implementation', () => {
  let seed = 7
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const WORDS = [
    'ausbildung',
    'ausbildungsmesse',
    'messe',
    'planspiel',
    'logistik',
    'logistikkoffer',
    'digital',
    'digitalisierung',
    'fertigung',
    'fertigungstechnik',
    'pflege',
    'betrieb',
    'berufsorientierung',
    'schule',
    'schulen',
    'kran',
    'eurokran',
    'werkstatt',
    'beratung',
  ]
  const KINDS = ['messe', 'planspiel', 'zq', 'beratung'] as const
  const SECTORS = ['logistik', 'metall', 'pflege', 'quer'] as const
  const documents = Array.from({ length: 301 }, (_, position) =>
    doc(
      `d${position}`,
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(WORDS)).join(' '),
      Array.from({ length: 2 + Math.floor(random() * 6) }, () => pick(WORDS)).join(' '),
      pick(KINDS),
      [...new Set(Array.from({ length: Math.floor(random() * 3) }, () => pick(SECTORS)))],
    ),
  )
  const large = new SearchIndex<Facet>(documents, ['kind', 'sector'])

  const quality = (word: string, token: string): number => {
    if (token === word) return 1
    if (token.startsWith(word)) return 0.8
    if (word.length >= 5 && isOneEditApart(word, token)) return 0.6
    if (word.length >= 4 && token.includes(word)) return 0.5
    if (
      word.length >= 5 &&
      token.length > word.length &&
      isOneEditApart(word, token.slice(0, word.length))
    )
      return 0.48
    return 0
  }
  const reference = (query: string, filters: Partial<Record<Facet, string[]>>) => {
    const words = [...new Set(tokenize(query))]
    const scored = documents.map((document, position) => {
      let total = 0
      for (const word of words) {
        let best = 0
        for (const field of document.fields)
          for (const token of tokenize(field.text))
            best = Math.max(best, Math.fround(field.weight * Math.fround(quality(word, token))))
        if (best === 0) return { position, score: -1 }
        total = Math.fround(total + best)
      }
      return { position, score: total }
    })
    const passes = (position: number, skip?: Facet) =>
      (['kind', 'sector'] as const).every(
        (facet) =>
          facet === skip ||
          !filters[facet]?.length ||
          documents[position].facets[facet].some((value) => filters[facet]!.includes(value)),
      )
    const matching = scored.filter(({ score }) => score >= 0)
    const counts = Object.fromEntries(
      (['kind', 'sector'] as const).map((facet) => {
        const values: Record<string, number> = {}
        for (const { position } of matching.filter(({ position }) => passes(position, facet)))
          for (const value of documents[position].facets[facet])
            values[value] = (values[value] ?? 0) + 1
        return [facet, values]
      }),
    )
    const results = matching.filter(({ position }) => passes(position))
    if (words.length) results.sort((a, b) => b.score - a.score || a.position - b.position)
    return { ids: results.map(({ position }) => `d${position}`), facetCounts: counts }
  }

  it('for queries, typos, prefixes and facet combinations', () => {
    const queries = [
      '',
      'ausbildung',
      'ausb',
      'logistikkofer',
      'fertigungstechnk',
      'schule kran',
      'esse',
      'messe digital',
      'qqqq',
      'kran',
    ]
    for (const query of queries) {
      for (let round = 0; round < 6; round += 1) {
        const filters: Partial<Record<Facet, string[]>> = {}
        if (random() < 0.5) filters.kind = [pick(KINDS), pick(KINDS)]
        if (random() < 0.5) filters.sector = [pick(SECTORS)]
        const expected = reference(query, filters)
        const actual = large.search({ query, filters })
        expect({ query, filters, ...actual }).toEqual({
          query,
          filters,
          ids: expected.ids,
          total: expected.ids.length,
          facetCounts: expected.facetCounts,
        })
      }
    }
  })
})
