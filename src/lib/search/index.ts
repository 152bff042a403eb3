import { foldText, isOneEditApart, tokenize } from './text'

/** A field of a searchable document, with how much a match in it counts. */
export type SearchField = { text: string; weight: number }

export type SearchDocument<Facets extends string> = {
  id: string
  fields: SearchField[]
  /** The values a document has per facet (several for multi-valued facets such as sectors). */
  facets: Record<Facets, string[]>
}

export type FacetCounts<Facets extends string> = Record<Facets, Record<string, number>>

export type SearchResult<Facets extends string> = {
  /** Matching ids, best first (or in index order when there was no query). */
  ids: string[]
  scores: Map<string, number>
  /** For each facet value: how many results there would be with it selected (other facets kept). */
  facetCounts: FacetCounts<Facets>
}

/** How good a kind of match is: a whole word beats a word start, which beats a typo or a part. */
const QUALITY = { exact: 1, prefix: 0.8, typo: 0.6, infix: 0.5 } as const
const MIN_PREFIX = 2
const MIN_TYPO = 5
const MIN_INFIX = 4

type Posting = { doc: number; weight: number }

/**
 * An in-memory inverted index over folded words. Every query word must match (AND); a word
 * matches a document word exactly, as its start, with one typo (words of five letters and more),
 * or inside a compound (four letters and more). Results are ranked by the weighted quality of the
 * matches. Facet counts are disjunctive: a facet's own selection is ignored when counting its
 * values, so that each value shows how many results choosing it would give.
 */
export class SearchIndex<Facets extends string> {
  private readonly documents: SearchDocument<Facets>[]
  private readonly postings = new Map<string, Posting[]>()
  private readonly vocabulary: string[]

  constructor(
    documents: SearchDocument<Facets>[],
    private readonly facetNames: readonly Facets[],
  ) {
    this.documents = documents
    documents.forEach((document, doc) => {
      const best = new Map<string, number>()
      for (const field of document.fields) {
        for (const token of tokenize(field.text))
          best.set(token, Math.max(best.get(token) ?? 0, field.weight))
      }
      for (const [token, weight] of best) {
        const list = this.postings.get(token)
        if (list) list.push({ doc, weight })
        else this.postings.set(token, [{ doc, weight }])
      }
    })
    this.vocabulary = [...this.postings.keys()]
  }

  get size(): number {
    return this.documents.length
  }

  /** Score per document for one query word (documents where it does not match are absent). */
  private scoresFor(word: string): Map<number, number> {
    const scores = new Map<number, number>()
    const add = (token: string, quality: number) => {
      for (const { doc, weight } of this.postings.get(token) ?? []) {
        scores.set(doc, Math.max(scores.get(doc) ?? 0, weight * quality))
      }
    }
    for (const token of this.vocabulary) {
      if (token === word) add(token, QUALITY.exact)
      else if (word.length >= MIN_PREFIX && token.startsWith(word)) add(token, QUALITY.prefix)
      else if (word.length >= MIN_TYPO && isOneEditApart(word, token)) add(token, QUALITY.typo)
      else if (word.length >= MIN_INFIX && token.includes(word)) add(token, QUALITY.infix)
      // A typo within the start of a longer word: "fertigungstechnk" still finds its word.
      else if (
        word.length >= MIN_TYPO &&
        token.length > word.length &&
        isOneEditApart(word, token.slice(0, word.length))
      ) {
        add(token, QUALITY.typo * QUALITY.prefix)
      }
    }
    return scores
  }

  search({
    query = '',
    filters = {},
  }: {
    query?: string
    filters?: Partial<Record<Facets, string[]>>
  }): SearchResult<Facets> {
    const words = [...new Set(tokenize(query))]
    let candidates: Map<number, number>
    if (words.length === 0) {
      candidates = new Map(this.documents.map((_, doc) => [doc, 0]))
    } else {
      const [first, ...rest] = words.map((word) => this.scoresFor(word))
      candidates = first
      for (const scores of rest) {
        const next = new Map<number, number>()
        for (const [doc, score] of candidates) {
          const more = scores.get(doc)
          if (more !== undefined) next.set(doc, score + more)
        }
        candidates = next
      }
    }

    const active = this.facetNames.filter((facet) => (filters[facet]?.length ?? 0) > 0)
    const matchesFacet = (doc: number, facet: Facets) => {
      const wanted = filters[facet] ?? []
      return (
        wanted.length === 0 ||
        this.documents[doc].facets[facet].some((value) => wanted.includes(value))
      )
    }

    const facetCounts = Object.fromEntries(
      this.facetNames.map((facet) => [facet, {}]),
    ) as FacetCounts<Facets>
    const results: number[] = []
    for (const doc of candidates.keys()) {
      const failing = active.filter((facet) => !matchesFacet(doc, facet))
      if (failing.length === 0) results.push(doc)
      // A document counts for a facet's values when it passes every other facet.
      for (const facet of this.facetNames) {
        if (failing.length === 0 || (failing.length === 1 && failing[0] === facet)) {
          const counts: Record<string, number> = facetCounts[facet]
          for (const value of new Set(this.documents[doc].facets[facet])) {
            counts[value] = (counts[value] ?? 0) + 1
          }
        }
      }
    }

    if (words.length > 0) results.sort((a, b) => candidates.get(b)! - candidates.get(a)! || a - b)
    const ids = results.map((doc) => this.documents[doc].id)
    const scores = new Map(results.map((doc) => [this.documents[doc].id, candidates.get(doc) ?? 0]))
    return { ids, scores, facetCounts }
  }
}

export { foldText, tokenize }
