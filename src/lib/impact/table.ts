import type { Funnel, ImpactFigures } from './figures'

/**
 * The impact figures as one table for reports (the CSV export): one row per figure row of the
 * view, told apart by `section`, with stable technical column names. Ids beside the names, so
 * that scripts can join rows across exports even when a name changes.
 */

export const IMPACT_COLUMNS = [
  'section',
  'officeId',
  'office',
  'productId',
  'product',
  'quarter',
  'state',
  'requests',
  'consultation',
  'trial',
  'adopted',
  'declined',
  'withdrawn',
  'open',
  'medianDaysToAdoption',
  'adoptions',
] as const

export const IMPACT_SECTIONS = [
  'total',
  'office',
  'product',
  'quarter',
  'office-product-quarter',
  'adoptions-total',
  'adoptions-without-request',
  'adoptions-state',
  'adoptions-state-quarter',
] as const
export type ImpactSection = (typeof IMPACT_SECTIONS)[number]

export type ImpactCell = string | number | null
export type ImpactLabels = {
  office: (id: string | null) => string
  product: (id: string) => string
}

type Row = Partial<Record<(typeof IMPACT_COLUMNS)[number], ImpactCell>> & {
  section: ImpactSection
}

const funnelCells = (funnel: Funnel) => ({
  requests: funnel.requests,
  consultation: funnel.consultation,
  trial: funnel.trial,
  adopted: funnel.adopted,
  declined: funnel.declined,
  withdrawn: funnel.withdrawn,
  open: funnel.open,
  medianDaysToAdoption: funnel.medianDaysToAdoption,
})

/** Every row of the export, in the order of IMPACT_COLUMNS (empty cells are null). */
export const impactRows = (figures: ImpactFigures, labels: ImpactLabels): ImpactCell[][] => {
  const office = (id: string | null) => ({ officeId: id, office: labels.office(id) })
  const product = (id: string) => ({ productId: id, product: labels.product(id) })
  const rows: Row[] = [
    { section: 'total', ...funnelCells(figures.total) },
    ...figures.byOffice.map((row): Row => ({
      section: 'office',
      ...office(row.officeId),
      ...funnelCells(row.funnel),
    })),
    ...figures.byProduct.map((row): Row => ({
      section: 'product',
      ...product(row.productId),
      ...funnelCells(row.funnel),
    })),
    ...figures.byQuarter.map((row): Row => ({
      section: 'quarter',
      quarter: row.quarter,
      ...funnelCells(row.funnel),
    })),
    ...figures.detail.map((row): Row => ({
      section: 'office-product-quarter',
      ...office(row.officeId),
      ...product(row.productId),
      quarter: row.quarter,
      ...funnelCells(row.funnel),
    })),
    { section: 'adoptions-total', adoptions: figures.adoptions.total },
    { section: 'adoptions-without-request', adoptions: figures.adoptions.withoutRequest },
    ...figures.adoptions.byState.map((row): Row => ({
      section: 'adoptions-state',
      state: row.state,
      adoptions: row.total,
    })),
    ...figures.adoptions.byState.flatMap((row) =>
      figures.adoptions.quarters
        .filter((quarter) => row.byQuarter[quarter])
        .map((quarter): Row => ({
          section: 'adoptions-state-quarter',
          state: row.state,
          quarter,
          adoptions: row.byQuarter[quarter],
        })),
    ),
  ]
  return rows.map((row) => IMPACT_COLUMNS.map((column) => row[column] ?? null))
}
