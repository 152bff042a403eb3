/**
 * CSV writing for files opened in a spreadsheet (the staff's request export, the public open
 * data): RFC 4180 quoting, CRLF line ends, a byte order mark so that Excel reads UTF-8, and no
 * cell a spreadsheet would run as a formula.
 */

export type CsvValue = string | number | boolean | null | undefined

export const BOM = '\uFEFF'

/** Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/

/** One cell: formulas defused with a leading apostrophe, quoted when it holds `"`, `,` or a line end. */
export const csvCell = (value: CsvValue): string => {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvRow = (values: readonly CsvValue[]): string => values.map(csvCell).join(',')

/** The whole file: BOM, header and rows, each line ended by CRLF. */
export const toCsv = (header: readonly string[], rows: readonly (readonly CsvValue[])[]): string =>
  BOM + [header, ...rows].map((row) => `${csvRow(row)}\r\n`).join('')
