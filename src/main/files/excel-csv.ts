import { stringify } from 'csv-stringify/sync'

/**
 * OWASP's rule against CSV injection: a cell a spreadsheet would read as a formula (it starts with
 * =, +, -, @, a tab or a carriage return) is written with a leading apostrophe. A cell that
 * already starts with apostrophes before such a character gets one more, so the importer's one
 * removal gives back exactly what was exported.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/

/** A plain number (a refund of -5.00) is not a formula and stays a number for the spreadsheet. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/

export function neutralizeCell(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell
}

export function restoreCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell
}

/**
 * A CSV Tillpoint writes in one piece (the products export): a BOM so spreadsheet programs read
 * non-ASCII text right, CRLF line ends, and every cell neutralized against formulas. Files
 * streamed to disk (orders, Z reports) get the same through `EXCEL_CSV_OPTIONS` in write-csv.ts.
 */
export function excelCsv(header: readonly string[], records: ReadonlyArray<readonly string[]>): string {
  return stringify([header, ...records], EXCEL_CSV_OPTIONS)
}

/** csv-stringify options for every CSV export, so Excel opens each one safely. */
export const EXCEL_CSV_OPTIONS = { bom: true, record_delimiter: 'windows', cast: { string: neutralizeCell } } as const
