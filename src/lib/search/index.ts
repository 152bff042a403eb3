import { LruMap } from '@/lib/lru'

import { foldText, tokenize } from './text'

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
  /** The requested slice of matching ids, in the requested order. */
  ids: string[]
  /** How many documents match in all. */
  total: number
  /** For each facet value: how many results there would be with it selected (other facets kept). */
  facetCounts: FacetCounts<Facets>
}

/** Compares two documents by their position in the list the index was built from. */
export type DocumentOrder = (a: number, b: number) => number

/** How good a kind of match is: a whole word beats a word start, which beats a typo or a part. */
const QUALITY = { exact: 1, prefix: 0.8, typo: 0.6, infix: 0.5 } as const
const MIN_PREFIX = 2
const MIN_TYPO = 5
const MIN_INFIX = 4
/** The letters a folded word can have (see `tokenize`), for generating typo variants. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'
/** Query words whose vocabulary matches are remembered per index (they repeat a lot). */
const MATCH_CACHE_SIZE = 512
/** Scores are compared in thousandths, so that a score and a position pack into one number. */
const SCORE_SCALE = 1000

type WordMatches = { tokens: Int32Array; qualities: Float32Array }

/** A set of documents as one bit per document. */
type Bits = Uint32Array

const popcount = (word: number): number => {
  let v = word - ((word >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

const countBits = (bits: Bits, mask?: Bits): number => {
  let count = 0
  for (let i = 0; i < bits.length; i += 1) count += popcount(mask ? bits[i] & mask[i] : bits[i])
  return count
}

const intersect = (target: Bits, other: Bits): Bits => {
  for (let i = 0; i < target.length; i += 1) target[i] &= other[i]
  return target
}

const hasBit = (bits: Bits, doc: number): boolean => (bits[doc >>> 5] & (1 << (doc & 31))) !== 0

/**
 * Takes documents one at a time and keeps only what the index needs of them (their folded words
 * with the best field weight, and their facet values), so that a large catalogue can be read in
 * pages without holding every text at once. Positions follow the order of `add`.
 */
export class SearchCollector<Facets extends string> {
  readonly ids: string[] = []
  /** Per folded word: position, weight, position, weight, … */
  readonly lists = new Map<string, number[]>()
  readonly facetDocuments = new Map<Facets, Map<string, number[]>>()

  constructor(private readonly facetNames: readonly Facets[]) {
    for (const facet of facetNames) this.facetDocuments.set(facet, new Map())
  }

  add(document: SearchDocument<Facets>): void {
    const doc = this.ids.length
    this.ids.push(document.id)
    const best = new Map<string, number>()
    for (const field of document.fields) {
      for (const token of tokenize(field.text))
        best.set(token, Math.max(best.get(token) ?? 0, field.weight))
    }
    for (const [token, weight] of best) {
      const list = this.lists.get(token)
      if (list) list.push(doc, weight)
      else this.lists.set(token, [doc, weight])
    }
    for (const facet of this.facetNames) {
      const values = this.facetDocuments.get(facet)!
      for (const value of new Set(document.facets[facet])) {
        const documents = values.get(value)
        if (documents) documents.push(doc)
        else values.set(value, [doc])
      }
    }
  }
}

/**
 * An in-memory inverted index over folded words. Every query word must match (AND); a word
 * matches a document word exactly, as its start, with one typo (words of five letters and more),
 * or inside a compound (four letters and more). Results are ranked by the weighted quality of the
 * matches. Facet counts are disjunctive: a facet's own selection is ignored when counting its
 * values, so that each value shows how many results choosing it would give.
 *
 * Built for 100,000 documents: the texts are not kept, postings are typed arrays, the vocabulary
 * is sorted (word starts are one binary search), every facet value is a bitset (filtering and
 * counting are word-wise AND and popcount), and named sort orders are computed once at build.
 */
export class SearchIndex<Facets extends string, Orders extends string = never> {
  private readonly ids: string[]
  private readonly words: number
  private readonly vocabulary: string[]
  private readonly postingStart: Int32Array
  private readonly postingDocs: Int32Array
  private readonly postingWeights: Float32Array
  private readonly facetBits = new Map<Facets, Map<string, Bits>>()
  private readonly orders = new Map<Orders, Int32Array>()
  private readonly everything: Bits
  private readonly matchCache = new LruMap<string, WordMatches>(MATCH_CACHE_SIZE)

  constructor(
    source: SearchDocument<Facets>[] | SearchCollector<Facets>,
    private readonly facetNames: readonly Facets[],
    orders: Partial<Record<Orders, DocumentOrder>> = {},
  ) {
    let collected: SearchCollector<Facets>
    if (source instanceof SearchCollector) collected = source
    else {
      collected = new SearchCollector(facetNames)
      for (const document of source) collected.add(document)
    }
    const { lists, facetDocuments } = collected
    const count = collected.ids.length
    this.ids = collected.ids
    this.words = Math.ceil(count / 32)

    this.vocabulary = [...lists.keys()].sort()
    this.postingStart = new Int32Array(this.vocabulary.length + 1)
    let total = 0
    this.vocabulary.forEach((token, position) => {
      this.postingStart[position] = total
      total += lists.get(token)!.length / 2
    })
    this.postingStart[this.vocabulary.length] = total
    this.postingDocs = new Int32Array(total)
    this.postingWeights = new Float32Array(total)
    this.vocabulary.forEach((token, position) => {
      const list = lists.get(token)!
      let at = this.postingStart[position]
      for (let i = 0; i < list.length; i += 2, at += 1) {
        this.postingDocs[at] = list[i]
        this.postingWeights[at] = list[i + 1]
      }
    })
    lists.clear()

    // Facets: one bitset per value.
    for (const facet of facetNames) {
      const values = new Map<string, Bits>()
      for (const [value, documents] of facetDocuments.get(facet) ?? []) {
        const bits = new Uint32Array(this.words)
        for (const doc of documents) bits[doc >>> 5] |= 1 << (doc & 31)
        values.set(value, bits)
      }
      this.facetBits.set(facet, values)
    }

    this.everything = new Uint32Array(this.words).fill(0xffffffff)
    if (count % 32) this.everything[this.words - 1] = (1 << (count % 32)) - 1

    for (const [name, compare] of Object.entries(orders) as [Orders, DocumentOrder][]) {
      const order = Int32Array.from(this.ids.keys())
      order.sort(compare)
      this.orders.set(name, order)
    }
  }

  get size(): number {
    return this.ids.length
  }

  /** Where a word would stand in the sorted vocabulary. */
  private lowerBound(word: string): number {
    let low = 0
    let high = this.vocabulary.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.vocabulary[middle] < word) low = middle + 1
      else high = middle
    }
    return low
  }

  /** The vocabulary words starting with `start`, as positions [first, end). */
  private startingWith(start: string): [number, number] {
    const first = this.lowerBound(start)
    let end = first
    while (end < this.vocabulary.length && this.vocabulary[end].startsWith(start)) end += 1
    return [first, end]
  }

  /**
   * Words one typo away, found by looking up the query word's variants in the sorted vocabulary
   * instead of comparing it with every word: with one letter replaced or two neighbours swapped
   * (as whole words, or as the start of a longer word: "fertigungstechnk"), and with one letter
   * left out or added.
   */
  private typoMatches(word: string, add: (token: number, quality: number) => void) {
    const whole = (variant: string) => {
      const at = this.lowerBound(variant)
      if (this.vocabulary[at] === variant) add(at, QUALITY.typo)
    }
    const wholeOrStart = (variant: string) => {
      const [first, end] = this.startingWith(variant)
      for (let token = first; token < end; token += 1)
        add(
          token,
          this.vocabulary[token] === variant ? QUALITY.typo : QUALITY.typo * QUALITY.prefix,
        )
    }
    for (let i = 0; i < word.length; i += 1) {
      const before = word.slice(0, i)
      const after = word.slice(i + 1)
      whole(before + after)
      for (const letter of ALPHABET) {
        if (letter !== word[i]) wholeOrStart(before + letter + after)
        whole(before + letter + word.slice(i))
      }
      if (i + 1 < word.length && word[i] !== word[i + 1])
        wholeOrStart(before + word[i + 1] + word[i] + word.slice(i + 2))
    }
    for (const letter of ALPHABET) whole(word + letter)
  }

  /** The vocabulary words a query word matches, with the quality of each match. */
  private matchesFor(word: string): WordMatches {
    const cached = this.matchCache.get(word)
    if (cached) return cached
    const tokens: number[] = []
    const qualities: number[] = []
    const add = (token: number, quality: number) => {
      tokens.push(token)
      qualities.push(quality)
    }
    // Exact and word-start matches are one contiguous range of the sorted vocabulary.
    const [first, end] = this.startingWith(word)
    for (let token = first; token < end; token += 1) {
      if (this.vocabulary[token] === word) add(token, QUALITY.exact)
      else if (word.length >= MIN_PREFIX) add(token, QUALITY.prefix)
    }
    if (word.length >= MIN_TYPO) this.typoMatches(word, add)
    // Parts of compounds ("fertigung" in "digitalfertigung") need a pass over the vocabulary.
    if (word.length >= MIN_INFIX) {
      for (let token = 0; token < this.vocabulary.length; token += 1) {
        const candidate = this.vocabulary[token]
        if (
          candidate.length > word.length &&
          candidate.includes(word) &&
          !candidate.startsWith(word)
        )
          add(token, QUALITY.infix)
      }
    }
    const matches = { tokens: Int32Array.from(tokens), qualities: Float32Array.from(qualities) }
    this.matchCache.set(word, matches)
    return matches
  }

  /** Score per document for one query word (0 where it does not match). */
  private scoresFor(word: string): Float32Array {
    const scores = new Float32Array(this.ids.length)
    const { tokens, qualities } = this.matchesFor(word)
    for (let i = 0; i < tokens.length; i += 1) {
      const quality = qualities[i]
      const end = this.postingStart[tokens[i] + 1]
      for (let at = this.postingStart[tokens[i]]; at < end; at += 1) {
        const score = this.postingWeights[at] * quality
        const doc = this.postingDocs[at]
        if (score > scores[doc]) scores[doc] = score
      }
    }
    return scores
  }

  /** The documents with any of the wanted values of one facet. */
  private facetMask(facet: Facets, wanted: string[]): Bits {
    const mask = new Uint32Array(this.words)
    const values = this.facetBits.get(facet)!
    for (const value of wanted) {
      const bits = values.get(value)
      if (bits) for (let i = 0; i < mask.length; i += 1) mask[i] |= bits[i]
    }
    return mask
  }

  /**
   * Matching documents, counted per facet value, and the slice [offset, offset + limit) of them:
   * by relevance when there is a query and no order, else in the named order (or index order).
   */
  search({
    query = '',
    filters = {},
    order,
    offset = 0,
    limit = Number.POSITIVE_INFINITY,
  }: {
    query?: string
    filters?: Partial<Record<Facets, string[]>>
    order?: Orders
    offset?: number
    limit?: number
  }): SearchResult<Facets> {
    offset = Math.max(0, Math.floor(offset))
    const words = [...new Set(tokenize(query))]
    let scores: Float32Array | undefined
    let base = this.everything
    if (words.length > 0) {
      const [first, ...rest] = words.map((word) => this.scoresFor(word))
      scores = first
      for (const more of rest) {
        for (let doc = 0; doc < scores.length; doc += 1)
          scores[doc] = scores[doc] > 0 && more[doc] > 0 ? scores[doc] + more[doc] : 0
      }
      base = new Uint32Array(this.words)
      for (let doc = 0; doc < scores.length; doc += 1)
        if (scores[doc] > 0) base[doc >>> 5] |= 1 << (doc & 31)
    }

    const masks = new Map<Facets, Bits>()
    for (const facet of this.facetNames) {
      const wanted = filters[facet] ?? []
      if (wanted.length > 0) masks.set(facet, this.facetMask(facet, wanted))
    }
    const passing = Uint32Array.from(base)
    for (const mask of masks.values()) intersect(passing, mask)

    // A document counts for a facet's values when it passes every other facet.
    const facetCounts = {} as FacetCounts<Facets>
    for (const facet of this.facetNames) {
      let within = passing
      if (masks.has(facet)) {
        within = Uint32Array.from(base)
        for (const [other, mask] of masks) if (other !== facet) intersect(within, mask)
      }
      const counts: Record<string, number> = {}
      for (const [value, bits] of this.facetBits.get(facet)!) {
        const count = countBits(within, bits)
        if (count > 0) counts[value] = count
      }
      facetCounts[facet] = counts
    }

    const total = countBits(passing)
    const end = Math.min(total, offset + limit)
    const ids: string[] = []
    if (scores && order === undefined) {
      // Relevance: pack (inverted score, position) into one number and sort natively.
      const size = this.ids.length
      const keys = new Float64Array(total)
      let at = 0
      let best = 0
      for (let doc = 0; doc < size; doc += 1) if (scores[doc] > best) best = scores[doc]
      const top = Math.round(best * SCORE_SCALE)
      for (let doc = 0; doc < size; doc += 1) {
        if (hasBit(passing, doc))
          keys[at++] = (top - Math.round(scores[doc] * SCORE_SCALE)) * size + doc
      }
      keys.sort()
      for (let i = offset; i < end; i += 1) ids.push(this.ids[keys[i] % size])
    } else {
      const sequence = order === undefined ? undefined : this.orders.get(order)
      let seen = 0
      for (let i = 0; i < this.ids.length && seen < end; i += 1) {
        const doc = sequence ? sequence[i] : i
        if (!hasBit(passing, doc)) continue
        if (seen >= offset) ids.push(this.ids[doc])
        seen += 1
      }
    }
    return { ids, total, facetCounts }
  }
}

export { foldText, tokenize }
