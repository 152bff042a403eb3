import type { RequestStatus } from '@/constants'
import { DAY_MS } from '@/lib/dates'
import { OPEN_STATUSES } from '@/lib/requests/workflow'

import { byKey, quarterKey, yearOfQuarter } from './quarters'

/**
 * The programme's impact, computed from the records alone (requests with their status history,
 * adoptions): records in, figures out. Which records come in (the user's office or all) is
 * decided by the caller; nothing here looks at who asks.
 *
 * How each figure is counted (also shown under the figures in the admin view):
 * - A request counts at a stage when it ever reached it, whatever happened later: a request
 *   declined after a trial counts as requested, in consultation and in trial. "Consultation"
 *   counts requests that reached in-consultation, trial or adopted (the workflow reaches the
 *   last two only through consultation, so the funnel never narrows the wrong way).
 * - Declined and withdrawn are counted apart, with the stages they reached before.
 * - A request's quarter is the quarter it arrived in (its first history entry, else when it was
 *   stored), Berlin time; it stays in that quarter whenever it moves on (a cohort).
 * - A request for several products counts once for each product and once for its office and
 *   in the total.
 * - A request's office is the office it was routed to; requests no office covers have none.
 * - Days to adoption: from arrival to the first move to "adopted", in days (to one decimal);
 *   the median over the adopted requests of a row, none when the row has no adoption.
 * - Adoptions per state count the adoption records (one per product) by the state of their place
 *   and the quarter of their start (`since`, else when recorded), Berlin time; adoptions recorded
 *   without a request count here, and are also given on their own. They are not in the funnel.
 */

export type ImpactRequest = {
  id: string | number
  officeId: string | number | null | undefined
  productIds: readonly (string | number)[]
  createdAt: string
  status: RequestStatus
  history: readonly { at: string; to: string }[]
}

export type ImpactAdoption = {
  id: string | number
  state: string | null | undefined
  /** When it started (`since`) or, without that, when it was recorded. */
  date: string | null | undefined
  hasRequest: boolean
}

export const FUNNEL_STAGES = ['requests', 'consultation', 'trial', 'adopted'] as const
export type FunnelStage = (typeof FUNNEL_STAGES)[number]

export type Funnel = Record<FunnelStage, number> & {
  declined: number
  withdrawn: number
  open: number
  /** Median days from arrival to adoption; null when nothing in the row was adopted. */
  medianDaysToAdoption: number | null
}

export type OfficeFunnel = { officeId: string | null; funnel: Funnel }
export type ProductFunnel = { productId: string; funnel: Funnel }
export type QuarterFunnel = { quarter: string; funnel: Funnel }
export type DetailFunnel = {
  officeId: string | null
  productId: string
  quarter: string
  funnel: Funnel
}

export type StateAdoptions = {
  /** The state's code (`NW`), or null for a place without a state. */
  state: string | null
  total: number
  byQuarter: Record<string, number>
  byYear: Record<string, number>
}

export type ImpactFigures = {
  total: Funnel
  byOffice: OfficeFunnel[]
  byProduct: ProductFunnel[]
  byQuarter: QuarterFunnel[]
  /** Office × product × quarter, for the CSV: every combination that has a request. */
  detail: DetailFunnel[]
  adoptions: {
    total: number
    withoutRequest: number
    byState: StateAdoptions[]
    /** Every quarter and year that has an adoption, oldest first (the columns of a table). */
    quarters: string[]
    years: string[]
  }
}

/** What one request contributes: the stages reached and the days it took to adoption. */
type Path = {
  reached: Set<FunnelStage | 'declined' | 'withdrawn'>
  isOpen: boolean
  daysToAdoption: number | null
  quarter: string
}

const CONSULTATION_OR_LATER = new Set(['in-consultation', 'trial', 'adopted'])

const time = (value: string | null | undefined): number => {
  const ms = value ? Date.parse(value) : NaN
  return Number.isNaN(ms) ? NaN : ms
}

/** The request's way through the workflow, from its history (and its current status). */
export const requestPath = (request: ImpactRequest): Path => {
  const entries = request.history
    .map((entry) => ({ to: entry.to, at: time(entry.at) }))
    .filter((entry) => !Number.isNaN(entry.at))
    .sort((a, b) => a.at - b.at)
  const statuses = new Set<string>([...entries.map((entry) => entry.to), request.status])
  const arrival = entries[0]?.at ?? time(request.createdAt)
  const reached: Path['reached'] = new Set(['requests'])
  if ([...statuses].some((status) => CONSULTATION_OR_LATER.has(status))) reached.add('consultation')
  if (statuses.has('trial')) reached.add('trial')
  if (statuses.has('adopted')) reached.add('adopted')
  if (statuses.has('declined')) reached.add('declined')
  if (statuses.has('withdrawn')) reached.add('withdrawn')
  const adoptedAt = entries.find((entry) => entry.to === 'adopted')?.at
  const daysToAdoption =
    adoptedAt !== undefined && !Number.isNaN(arrival)
      ? Math.max(0, (adoptedAt - arrival) / DAY_MS)
      : null
  return {
    reached,
    isOpen: OPEN_STATUSES.includes(request.status),
    daysToAdoption,
    quarter: quarterKey(Number.isNaN(arrival) ? null : new Date(arrival)) ?? 'unknown',
  }
}

/** The middle value (the mean of the two middle ones for an even count), to one decimal. */
export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const value = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return Math.round(value * 10) / 10
}

/** Sums paths into one funnel row. */
class Tally {
  private counts = { requests: 0, consultation: 0, trial: 0, adopted: 0, declined: 0, withdrawn: 0 }
  private open = 0
  private days: number[] = []

  add(path: Path): void {
    for (const stage of path.reached) this.counts[stage] += 1
    if (path.isOpen) this.open += 1
    if (path.daysToAdoption !== null) this.days.push(path.daysToAdoption)
  }

  funnel(): Funnel {
    return { ...this.counts, open: this.open, medianDaysToAdoption: median(this.days) }
  }
}

const tallyOf = <K>(map: Map<K, Tally>, key: K): Tally => {
  let tally = map.get(key)
  if (!tally) map.set(key, (tally = new Tally()))
  return tally
}

const numericFirst = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true })

/** Every figure of the impact view from the records the caller may see. */
export const computeImpact = ({
  requests,
  adoptions,
}: {
  requests: readonly ImpactRequest[]
  adoptions: readonly ImpactAdoption[]
}): ImpactFigures => {
  const total = new Tally()
  const offices = new Map<string | null, Tally>()
  const products = new Map<string, Tally>()
  const quarters = new Map<string, Tally>()
  const details = new Map<
    string,
    { officeId: string | null; productId: string; quarter: string; tally: Tally }
  >()
  for (const request of requests) {
    const path = requestPath(request)
    const officeId =
      request.officeId === null || request.officeId === undefined ? null : String(request.officeId)
    total.add(path)
    tallyOf(offices, officeId).add(path)
    tallyOf(quarters, path.quarter).add(path)
    for (const productId of new Set(request.productIds.map(String))) {
      tallyOf(products, productId).add(path)
      const key = JSON.stringify([officeId, productId, path.quarter])
      let detail = details.get(key)
      if (!detail) {
        detail = { officeId, productId, quarter: path.quarter, tally: new Tally() }
        details.set(key, detail)
      }
      detail.tally.add(path)
    }
  }
  const officeKey = (id: string | null) => id ?? '\uffff'
  return {
    total: total.funnel(),
    byOffice: [...offices.entries()]
      .sort(([a], [b]) => numericFirst(officeKey(a), officeKey(b)))
      .map(([officeId, tally]) => ({ officeId, funnel: tally.funnel() })),
    byProduct: [...products.entries()]
      .map(([productId, tally]) => ({ productId, funnel: tally.funnel() }))
      .sort(
        (a, b) => b.funnel.requests - a.funnel.requests || numericFirst(a.productId, b.productId),
      ),
    byQuarter: [...quarters.entries()]
      .sort(([a], [b]) => byKey(a, b))
      .map(([quarter, tally]) => ({ quarter, funnel: tally.funnel() })),
    detail: [...details.values()]
      .sort(
        (a, b) =>
          numericFirst(officeKey(a.officeId), officeKey(b.officeId)) ||
          numericFirst(a.productId, b.productId) ||
          byKey(a.quarter, b.quarter),
      )
      .map(({ tally, ...keys }) => ({ ...keys, funnel: tally.funnel() })),
    adoptions: countAdoptions(adoptions),
  }
}

/** Adoption records per state, quarter and year. */
export const countAdoptions = (
  adoptions: readonly ImpactAdoption[],
): ImpactFigures['adoptions'] => {
  const states = new Map<string | null, StateAdoptions>()
  const quarters = new Set<string>()
  let withoutRequest = 0
  for (const adoption of adoptions) {
    const state = adoption.state || null
    let row = states.get(state)
    if (!row) states.set(state, (row = { state, total: 0, byQuarter: {}, byYear: {} }))
    const quarter = quarterKey(adoption.date) ?? 'unknown'
    const year = quarter === 'unknown' ? 'unknown' : yearOfQuarter(quarter)
    row.total += 1
    row.byQuarter[quarter] = (row.byQuarter[quarter] ?? 0) + 1
    row.byYear[year] = (row.byYear[year] ?? 0) + 1
    quarters.add(quarter)
    if (!adoption.hasRequest) withoutRequest += 1
  }
  const sortedQuarters = [...quarters].sort(byKey)
  return {
    total: adoptions.length,
    withoutRequest,
    byState: [...states.values()].sort(
      (a, b) => b.total - a.total || (a.state ?? '\uffff').localeCompare(b.state ?? '\uffff'),
    ),
    quarters: sortedQuarters,
    years: [...new Set(sortedQuarters.map((q) => (q === 'unknown' ? q : yearOfQuarter(q))))],
  }
}
