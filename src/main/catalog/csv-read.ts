import { parse } from 'csv-parse/sync'
import { productInputSchema, type CsvRowError, type ParsedProductInput } from '../../shared/catalog'
import { AppError } from '../core/app-error'
import {
  CSV_COLUMNS,
  OPTION_SLOTS,
  REQUIRED_COLUMNS,
  parseCount,
  parseDecimalAmount,
  parseTaxPercent,
  recordStartLines,
  type CsvColumn
} from './csv-format'

const MAX_ROWS = 100_000

/** How CSV prices become minor units: the shop's digits, times a factor (the sample shop scales). */
export interface CsvPricing {
  digits: number
  factor: number
}

/** One product as the file describes it: the lines of its rows, in order, and its checked input. */
export interface CsvProduct {
  key: string
  lines: number[]
  input: ParsedProductInput | null
}

export interface CsvReading {
  rowCount: number
  products: CsvProduct[]
  errors: CsvRowError[]
}

type Cells = Partial<Record<CsvColumn, string>>

interface Row {
  line: number
  cells: Cells
  /** Filled cells beyond the header's columns: a sign of an unquoted comma. */
  extraCells: number
}

/**
 * Reads a catalog CSV and checks every row on its own and within its product, without the
 * database. File-level problems (not CSV, unknown or missing columns) refuse the whole file.
 */
export function readCatalogCsv(csv: string, pricing: CsvPricing): CsvReading {
  const rows = parseRows(csv)
  const errors: CsvRowError[] = []
  const groups = new Map<string, Row[]>()
  for (const row of rows) {
    const key = row.cells.product_key || `line ${row.line}`
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  const products = [...groups.entries()].map(([key, group]) => readProduct(key, group, pricing, errors))
  errors.sort((a, b) => a.line - b.line)
  return { rowCount: rows.length, products, errors }
}

function parseRows(csv: string): Row[] {
  let parsed: Array<{ record: string[]; info: { bytes: number } }>
  try {
    // With `info`, each record comes with where it ends, from which its first line is found.
    parsed = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof parsed
  } catch (error) {
    const line = error instanceof Error && 'lines' in error ? Number(error.lines) : null
    const reason = error instanceof Error ? error.message : String(error)
    throw new AppError('CSV_INVALID', `This file is not valid CSV${line ? ` (line ${line})` : ''}: ${reason}`, {
      details: { line }
    })
  }
  const starts = recordStartLines(
    csv,
    parsed.map((entry) => entry.info.bytes)
  )
  const [header, ...records] = parsed
  if (!header) throw new AppError('CSV_INVALID', 'The file is empty.')
  const columns = readHeader(header.record)
  if (records.length > MAX_ROWS) {
    throw new AppError('CSV_INVALID', `The file has ${records.length} rows; import at most ${MAX_ROWS} at once.`)
  }
  const rows: Row[] = []
  records.forEach(({ record }, index) => {
    if (record.every((cell) => cell.trim() === '')) return
    const cells: Cells = {}
    columns.forEach((column, position) => {
      cells[column] = (record[position] ?? '').trim()
    })
    const extraCells = record.slice(columns.length).filter((cell) => cell.trim() !== '').length
    rows.push({ line: starts[index + 1] as number, cells, extraCells })
  })
  if (rows.length === 0) throw new AppError('CSV_INVALID', 'The file has a header but no product rows.')
  return rows
}

function readHeader(cells: string[]): CsvColumn[] {
  const names = cells.map((cell) => cell.trim().toLowerCase())
  const known = new Set<string>(CSV_COLUMNS)
  const unknown = names.filter((name) => !known.has(name))
  if (unknown.length > 0) {
    throw new AppError('CSV_INVALID', `The header has unknown columns: ${unknown.join(', ')}. Known columns: ${CSV_COLUMNS.join(', ')}.`)
  }
  const repeated = names.filter((name, index) => names.indexOf(name) !== index)
  if (repeated.length > 0) throw new AppError('CSV_INVALID', `The header repeats ${repeated.join(', ')}.`)
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column))
  if (missing.length > 0) throw new AppError('CSV_INVALID', `The header lacks the required columns: ${missing.join(', ')}.`)
  return names as CsvColumn[]
}

/** Product-level columns: blank on a product's later rows means "same as its first row". */
const PRODUCT_COLUMNS = ['name', 'category', 'tax_rate', 'option1_name', 'option2_name', 'option3_name'] as const

const FIELD_COLUMNS: Record<string, CsvColumn> = {
  name: 'name',
  category: 'category',
  taxRateBp: 'tax_rate',
  options: 'option1_name',
  sku: 'sku',
  barcode: 'barcode',
  price: 'price',
  stock: 'stock',
  lowStockThreshold: 'low_stock_threshold',
  attributes: 'option1_value'
}

function readProduct(key: string, rows: Row[], pricing: CsvPricing, errors: CsvRowError[]): CsvProduct {
  let bad = false
  const report = (line: number, column: CsvColumn | null, reason: string) => {
    errors.push({ line, column, reason })
    bad = true
  }
  const first = rows[0] as Row
  const cellsOf = rows.map((row) => {
    const cells: Cells = { ...row.cells }
    if (row.extraCells > 0) report(row.line, null, `The row has ${row.extraCells} more filled cells than the header has columns: quote any value that holds a comma`)
    for (const column of PRODUCT_COLUMNS) {
      const own = cells[column] ?? ''
      const firstValue = first.cells[column] ?? ''
      if (own === '') cells[column] = firstValue
      else if (row !== first && own !== firstValue) {
        report(row.line, column, `${column} "${own}" differs from "${firstValue}" on line ${first.line}, the first row of product ${key}`)
      }
    }
    return cells
  })
  const firstCells = cellsOf[0] as Cells
  const tax = parseTaxPercent(firstCells.tax_rate || '0')
  if ('error' in tax) report(first.line, 'tax_rate', tax.error)
  const optionNames = OPTION_SLOTS.map((slot) => firstCells[`option${slot}_name`] ?? '')
  const optionValues = optionNames.map(() => [] as string[])
  const combos = new Map<string, number>()
  const variants = rows.map((row, index) => {
    const cells = cellsOf[index] as Cells
    const attributes: Record<string, string> = {}
    OPTION_SLOTS.forEach((slot, position) => {
      const name = optionNames[position] as string
      const value = cells[`option${slot}_value`] ?? ''
      if (name && !value) report(row.line, `option${slot}_value`, `${name} is missing`)
      if (!name && value) report(row.line, `option${slot}_name`, `option${slot}_value "${value}" has no option${slot}_name`)
      if (!name || !value) return
      const values = optionValues[position] as string[]
      const known = values.find((candidate) => candidate.toLowerCase() === value.toLowerCase())
      if (!known) values.push(value)
      attributes[name] = known ?? value
    })
    const combo = JSON.stringify(Object.values(attributes).map((value) => value.toLowerCase()))
    const twin = combos.get(combo)
    if (twin !== undefined) {
      const why = Object.keys(attributes).length === 0 ? `shares product_key ${key} with line ${twin} but no option columns tell them apart` : `has the same options as line ${twin}`
      report(row.line, Object.keys(attributes).length === 0 ? 'product_key' : 'option1_value', `This row ${why}`)
    } else combos.set(combo, row.line)
    return { sku: cells.sku ?? '', barcode: cells.barcode || null, attributes, ...readAmounts(row, cells, pricing, report) }
  })
  const options = optionNames.flatMap((name, position) => (name ? [{ name, values: optionValues[position] as string[] }] : []))
  const checked = productInputSchema.safeParse({
    name: firstCells.name ?? '',
    category: firstCells.category ?? '',
    taxRateBp: 'value' in tax ? tax.value : 0,
    options,
    variants
  })
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [head, index, field] = issue.path
      const onVariant = head === 'variants' && typeof index === 'number'
      const row = onVariant ? (rows[index] ?? first) : first
      const column = FIELD_COLUMNS[String(onVariant ? field : head)] ?? null
      report(row.line, column, issue.message)
    }
  }
  return { key, lines: rows.map((row) => row.line), input: !bad && checked.success ? checked.data : null }
}

function readAmounts(
  row: Row,
  cells: Cells,
  pricing: CsvPricing,
  report: (line: number, column: CsvColumn, reason: string) => void
): { price: number; stock: number; lowStockThreshold: number } {
  const price = cells.price ? parseDecimalAmount(cells.price, pricing.digits) : { error: 'Price is required' }
  if ('error' in price) report(row.line, 'price', price.error)
  const stock = parseCount(cells.stock ?? '', 'Stock')
  if ('error' in stock) report(row.line, 'stock', stock.error)
  const threshold = parseCount(cells.low_stock_threshold ?? '', 'Low-stock threshold')
  if ('error' in threshold) report(row.line, 'low_stock_threshold', threshold.error)
  return {
    price: 'value' in price ? price.value * pricing.factor : 0,
    stock: 'value' in stock ? stock.value : 0,
    lowStockThreshold: 'value' in threshold ? threshold.value : 0
  }
}
