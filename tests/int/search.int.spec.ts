/** The search engine on its own: folding, prefixes, typos, ranking and facet counts. */
import { describe, expect, it } from 'vitest'

import { SearchIndex, type SearchDocument } from '@/lib/search'
import { foldText, isOneEditApart } from '@/lib/search/text'

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
