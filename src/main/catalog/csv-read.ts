import { productInputSchema, type ParsedProductInput } from '../../shared/catalog'
import { REQUIRED_FIELDS, type CsvField, type CsvFormat, type CsvMapping, type CsvRowError, type DecimalMark } from '../../shared/catalog-import'
import { reason, type Reason } from '../../shared/reasons'
import { SOLD_BY, type SoldBy } from '../../shared/sold-by'
import { AppError } from '../core/app-error'
import { issueData } from '../ipc/issue-data'
import { yieldToEventLoop } from '../core/yield'
import { OPTION_SLOTS, parseDecimalAmount, parseQuantity, parseTaxPercent } from './csv-format'
import type { CsvRecord } from './csv-records'
import { shapeRows, type CsvCells, type CsvRow } from './csv-shape'

const MAX_ROWS = 100_000
/** Products checked between two turns of the event loop. */
const CHECK_CHUNK = 2000

/** How CSV prices become minor units: the shop's digits, times a factor (the sample shop scales). */
export interface CsvPricing {
  digits: number
  factor: number
  decimalMark: DecimalMark
}

/** One product as the file describes it: the lines of its rows, in order, and its checked input. */
export interface CsvProduct {
  key: string
  lines: number[]
  rows: CsvCells[]
  input: ParsedProductInput | null
}

export interface CsvReading {
  rowCount: number
  products: CsvProduct[]
  errors: CsvRowError[]
  skippedBlankRows: number
}

/**
 * Reads a mapped catalog file and checks every row on its own and within its product, without the
 * database. Only a file without rows, or without a column for a required field, is refused whole.
 */
export async function readCatalogRecords(
  records: readonly CsvRecord[],
  mapping: CsvMapping,
  format: CsvFormat,
  pricing: CsvPricing,
  onProgress: (done: number, total: number) => void
): Promise<CsvReading> {
  const [header, ...body] = records
  if (!header) throw new AppError('CSV_INVALID', 'The file is empty.')
  const missing = REQUIRED_FIELDS.filter((field) => !mapping.includes(field))
  if (missing.length > 0) {
    throw new AppError('CSV_INVALID', `No column is matched to ${missing.join(', ')}: choose which column holds ${missing.length > 1 ? 'each' : 'it'}.`, {
      details: { missing: missing.join(', ') }
    })
  }
  if (body.length > MAX_ROWS) throw new AppError('CSV_INVALID', `The file has ${body.length} rows; import at most ${MAX_ROWS} at once.`)
  const rows: CsvRow[] = []
  for (const record of body) {
    if (record.cells.every((cell) => cell.trim() === '')) continue
    const cells: CsvCells = {}
    mapping.forEach((field, position) => {
      if (field) cells[field] = (record.cells[position] ?? '').trim()
    })
    const extraCells = record.cells.slice(header.cells.length).filter((cell) => cell.trim() !== '').length
    rows.push({ line: record.line, cells, extraCells, raw: record.cells })
  }
  const shaped = shapeRows(format, header.cells, rows)
  if (shaped.rows.length === 0) throw new AppError('CSV_INVALID', 'The file has a header but no product rows.')
  const errors: CsvRowError[] = []
  const groups = new Map<string, CsvRow[]>()
  for (const row of shaped.rows) {
    const key = row.cells.product_key || `line ${row.line}`
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  const products: CsvProduct[] = []
  let done = 0
  for (const [key, group] of groups) {
    products.push(readProduct(key, group, pricing, errors))
    done += group.length
    if (products.length % CHECK_CHUNK === 0) {
      onProgress(done, shaped.rows.length)
      await yieldToEventLoop()
    }
  }
  onProgress(shaped.rows.length, shaped.rows.length)
  errors.sort((a, b) => a.line - b.line)
  return { rowCount: shaped.rows.length, products, errors, skippedBlankRows: shaped.skipped }
}

/** Product-level fields: blank on a product's later rows means "same as its first row". */
const PRODUCT_FIELDS = ['name', 'category', 'tax_rate', 'option1_name', 'option2_name', 'option3_name', 'sold_by'] as const

const FIELD_OF_INPUT: Record<string, CsvField> = {
  name: 'name',
  category: 'category',
  taxRateBp: 'tax_rate',
  options: 'option1_name',
  sku: 'sku',
  barcode: 'barcode',
  price: 'price',
  stock: 'stock',
  lowStockThreshold: 'low_stock_threshold',
  attributes: 'option1_value',
  soldBy: 'sold_by'
}

function readProduct(key: string, rows: CsvRow[], pricing: CsvPricing, errors: CsvRowError[]): CsvProduct {
  let bad = false
  const report = (line: number, column: CsvField | null, why: Reason) => {
    errors.push({ line, column, reason: why })
    bad = true
  }
  const first = rows[0] as CsvRow
  const cellsOf = rows.map((row) => {
    const cells: CsvCells = { ...row.cells }
    if (row.extraCells > 0) {
      report(row.line, null, reason('csv.extraCells', { count: row.extraCells }))
    }
    for (const field of PRODUCT_FIELDS) {
      const own = cells[field] ?? ''
      const firstValue = first.cells[field] ?? ''
      if (own === '') cells[field] = firstValue
      else if (row !== first && own !== firstValue) {
        report(row.line, field, reason('csv.differs', { field, value: own, firstValue, firstLine: first.line, key }))
      }
    }
    return cells
  })
  const firstCells = cellsOf[0] as CsvCells
  const name = firstCells.name ?? ''
  const taxText = (firstCells.tax_rate || '0').replace(',', pricing.decimalMark === 'comma' ? '.' : ',')
  const tax = parseTaxPercent(taxText)
  if ('error' in tax) report(first.line, 'tax_rate', tax.error)
  const soldByText = (firstCells.sold_by ?? '').trim().toLowerCase() || 'each'
  const soldBy = SOLD_BY.find((unit) => unit === soldByText)
  if (!soldBy) report(first.line, 'sold_by', reason('csv.soldByUnknown', { text: firstCells.sold_by ?? '', units: SOLD_BY.join(', ') }))
  const optionNames = OPTION_SLOTS.map((slot) => firstCells[`option${slot}_name`] ?? '')
  const optionValues = optionNames.map(() => [] as string[])
  const combos = new Map<string, number>()
  const variants = rows.map((row, index) => {
    const cells = cellsOf[index] as CsvCells
    const attributes: Record<string, string> = {}
    OPTION_SLOTS.forEach((slot, position) => {
      const optionName = optionNames[position] as string
      const value = cells[`option${slot}_value`] ?? ''
      if (optionName && !value) report(row.line, `option${slot}_value`, reason('csv.optionValueMissing', { option: optionName }))
      if (!optionName && value) report(row.line, `option${slot}_name`, reason('csv.optionNameMissing', { slot, value }))
      if (!optionName || !value) return
      const values = optionValues[position] as string[]
      const known = values.find((candidate) => candidate.toLowerCase() === value.toLowerCase())
      if (!known) values.push(value)
      attributes[optionName] = known ?? value
    })
    const combo = JSON.stringify(Object.values(attributes).map((value) => value.toLowerCase()))
    const twin = combos.get(combo)
    if (twin !== undefined) {
      if (Object.keys(attributes).length === 0) report(row.line, 'product_key', reason('csv.sameKey', { key, line: twin }))
      else report(row.line, 'option1_value', reason('csv.sameOptions', { line: twin }))
    } else combos.set(combo, row.line)
    const amounts = readAmounts(row, cells, pricing, soldBy ?? 'each', report)
    return {
      sku: cells.sku ?? '',
      barcode: cells.barcode || null,
      attributes,
      price: amounts.price,
      stock: amounts.stock,
      lowStockThreshold: amounts.lowStockThreshold,
      cost: amounts.cost
    }
  })
  const options = optionNames.flatMap((optionName, position) => (optionName ? [{ name: optionName, values: optionValues[position] as string[] }] : []))
  const checked = productInputSchema.safeParse({
    name,
    category: firstCells.category ?? '',
    taxRateBp: 'value' in tax ? tax.value : 0,
    options,
    variants,
    soldBy: soldBy ?? 'each'
  })
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [head, index, field] = issue.path
      const onVariant = head === 'variants' && typeof index === 'number'
      const row = onVariant ? (rows[index] ?? first) : first
      report(row.line, FIELD_OF_INPUT[String(onVariant ? field : head)] ?? null, reason('csv.field', issueData(issue)))
    }
  }
  return { key, lines: rows.map((row) => row.line), rows: cellsOf, input: !bad && checked.success ? checked.data : null }
}

function readAmounts(
  row: CsvRow,
  cells: CsvCells,
  pricing: CsvPricing,
  soldBy: SoldBy,
  report: (line: number, column: CsvField, why: Reason) => void
): { price: number; stock: number; lowStockThreshold: number; cost: number | null } {
  const price = cells.price ? parseDecimalAmount(cells.price, pricing.digits, pricing.decimalMark) : { error: reason('csv.priceRequired', {}) }
  if ('error' in price) report(row.line, 'price', price.error)
  const cost = cells.cost ? parseDecimalAmount(cells.cost, pricing.digits, pricing.decimalMark) : null
  if (cost && 'error' in cost) report(row.line, 'cost', cost.error)
  const stock = parseQuantity(cells.stock ?? '', soldBy, pricing.decimalMark)
  if ('error' in stock) report(row.line, 'stock', stock.error)
  const threshold = parseQuantity(cells.low_stock_threshold ?? '', soldBy, pricing.decimalMark)
  if ('error' in threshold) report(row.line, 'low_stock_threshold', threshold.error)
  return {
    price: 'value' in price ? price.value * pricing.factor : 0,
    cost: cost && 'value' in cost ? cost.value * pricing.factor : null,
    stock: 'value' in stock ? stock.value : 0,
    lowStockThreshold: 'value' in threshold ? threshold.value : 0
  }
}
