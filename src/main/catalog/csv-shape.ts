import type { CsvField, CsvFormat } from '../../shared/catalog-import'
import { normalizeHeader } from './csv-mapping'

export type CsvCells = Partial<Record<CsvField, string>>

export interface CsvRow {
  line: number
  cells: CsvCells
  /** Filled cells beyond the header's columns: a sign of an unquoted separator. */
  extraCells: number
  /** The record as read, for the structure columns a format has beyond the fields (WooCommerce's Type). */
  raw: readonly string[]
}

/**
 * Each vendor's structure, turned into Tillpoint's (rows sharing product_key are one product's
 * variants; a row without a name, SKU, price, barcode or option is nothing to import and skipped:
 * Shopify writes one such row for each extra product image).
 */
export function shapeRows(format: CsvFormat, headers: readonly string[], rows: CsvRow[]): { rows: CsvRow[]; skipped: number } {
  const structured = format === 'woocommerce' ? wooCommerce(headers, rows) : format === 'square' ? square(headers, rows) : rows
  const kept = structured.filter((row) => hasContent(row.cells))
  if (format === 'shopify') kept.forEach(shopifyDefaultTitle)
  return { rows: kept, skipped: rows.length - kept.length }
}

function hasContent(cells: CsvCells): boolean {
  return Boolean(cells.name || cells.sku || cells.price || cells.barcode || cells.option1_value || cells.option2_value || cells.option3_value)
}

/** Shopify gives a product without options the one option Title with the value Default Title. */
function shopifyDefaultTitle(row: CsvRow): void {
  if (row.cells.option1_value === 'Default Title' && (row.cells.option1_name ?? 'Title') === 'Title') {
    row.cells.option1_name = ''
    row.cells.option1_value = ''
  }
}

/**
 * Square lists one row per variation under the item's name; an item with one variation calls it
 * "Regular". Variations without Square options are told apart by their variation name.
 */
function square(headers: readonly string[], rows: CsvRow[]): CsvRow[] {
  const variationAt = headers.map(normalizeHeader).indexOf('variation name')
  const counts = new Map<string, number>()
  for (const row of rows) counts.set(row.cells.name ?? '', (counts.get(row.cells.name ?? '') ?? 0) + 1)
  return rows.map((row) => {
    const cells = { ...row.cells, product_key: row.cells.name ?? '' }
    if (!cells.option1_value && variationAt >= 0) cells.option1_value = (row.raw[variationAt] ?? '').trim()
    const single = counts.get(cells.name ?? '') === 1
    if (single && (cells.option1_value === 'Regular' || !cells.option1_value) && !cells.option1_name) cells.option1_value = ''
    else if (cells.option1_value && !cells.option1_name) cells.option1_name = 'Variation'
    return { ...row, cells }
  })
}

/**
 * WooCommerce writes a variable product as a parent row (Type "variable", its attribute values as a
 * list) followed by one row per variation whose Parent is "id:<parent ID>" or the parent's SKU.
 * The parent gives the product its name, category and option names; each variation is a variant.
 */
function wooCommerce(headers: readonly string[], rows: CsvRow[]): CsvRow[] {
  const names = headers.map(normalizeHeader)
  const column = (name: string) => names.indexOf(name)
  const [typeAt, idAt, parentAt] = [column('type'), column('id'), column('parent')]
  const cell = (row: CsvRow, at: number) => (at >= 0 ? (row.raw[at] ?? '').trim() : '')
  const kind = (row: CsvRow) => cell(row, typeAt).toLowerCase()
  const parents = new Map<string, CsvRow>()
  for (const row of rows) {
    if (!kind(row).includes('variable')) continue
    const id = cell(row, idAt)
    if (id) parents.set(`id:${id}`, row)
    if (row.cells.sku) parents.set(row.cells.sku, row)
  }
  const shaped: CsvRow[] = []
  for (const row of rows) {
    const type = kind(row)
    if (type.includes('variable') || type.includes('grouped') || type.includes('external')) continue
    if (!type.includes('variation')) {
      shaped.push({ ...row, cells: { ...row.cells, product_key: '' } })
      continue
    }
    const parentRef = cell(row, parentAt)
    const parent = parents.get(parentRef)
    const cells: CsvCells = { ...row.cells, product_key: `woo ${parent ? `line ${parent.line}` : parentRef}` }
    if (parent) {
      cells.name = parent.cells.name ?? ''
      cells.category = parent.cells.category ?? ''
      for (const slot of [1, 2, 3] as const) cells[`option${slot}_name`] = parent.cells[`option${slot}_name`] || cells[`option${slot}_name`] || ''
    }
    shaped.push({ ...row, cells })
  }
  return shaped
}
