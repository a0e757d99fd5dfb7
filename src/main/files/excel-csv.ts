import { stringify } from 'csv-stringify/sync'

/**
 * OWASP's rule against CSV injection: a cell a spreadsheet would read as a formula (it starts with
 * =, +, -, @, a tab or a carriage return) is written with a leading apostrophe. A cell that
 * already starts with apostrophes before such a character gets one more, so the importer's one
 * removal gives back exactly what was exported.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/

export function neutralizeCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}

export function restoreCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell
}

/**
 * Every CSV Tillpoint writes (products, orders, Z reports): a BOM so spreadsheet programs read
 * non-ASCII text right, CRLF line ends, and every cell neutralized against formulas.
 */
export function excelCsv(header: readonly string[], records: ReadonlyArray<readonly string[]>): string {
  return stringify([header.map(neutralizeCell), ...records.map((record) => record.map(neutralizeCell))], { bom: true, record_delimiter: 'windows' })
}
