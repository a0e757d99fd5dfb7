import { LIMITS } from '../../shared/catalog'

/** The catalog CSV: one row per variant; rows sharing a product_key are one product's variants. */
export const CSV_COLUMNS = [
  'product_key',
  'name',
  'category',
  'tax_rate',
  'option1_name',
  'option1_value',
  'option2_name',
  'option2_value',
  'option3_name',
  'option3_value',
  'sku',
  'barcode',
  'price',
  'stock',
  'low_stock_threshold'
] as const

export type CsvColumn = (typeof CSV_COLUMNS)[number]
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['name', 'sku', 'price']
export const OPTION_SLOTS = [1, 2, 3] as const

const MAX_MINOR_UNITS = 1_000_000_000_000n

/**
 * "2.50" -> 250 for a currency with 2 digits, from the digits of the text (never through a float).
 * Extra decimals are accepted only when they are zeros ("2.500" is 2.50).
 */
export function parseDecimalAmount(text: string, digits: number): { value: number } | { error: string } {
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text)
  if (!match) return { error: `"${text}" is not an amount: use digits with a point, such as 2.50` }
  const whole = match[1] as string
  const fraction = match[2] ?? ''
  const extra = fraction.slice(digits)
  if (/[^0]/.test(extra)) {
    return { error: `"${text}" has more decimals than the currency allows (${digits})` }
  }
  const minor = BigInt(whole + fraction.slice(0, digits).padEnd(digits, '0'))
  if (minor > MAX_MINOR_UNITS) return { error: `"${text}" is too large` }
  return { value: Number(minor) }
}

export function formatDecimalAmount(minor: number, digits: number): string {
  if (digits === 0) return String(minor)
  const text = String(minor).padStart(digits + 1, '0')
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`
}

/** "20" -> 2000 and "5.5" -> 550 basis points; a trailing % is allowed. */
export function parseTaxPercent(text: string): { value: number } | { error: string } {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%?$/.exec(text)
  if (!match) return { error: `"${text}" is not a tax rate: use a percentage such as 20 or 5.5` }
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  if (basisPoints > 10_000) return { error: `"${text}" is above 100%` }
  return { value: basisPoints }
}

export function formatTaxPercent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100)
  const fraction = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : String(whole)
}

/** A whole count such as stock; an empty cell is 0. */
export function parseCount(text: string, what: string): { value: number } | { error: string } {
  if (text === '') return { value: 0 }
  if (!/^\d+$/.test(text)) return { error: `${what} "${text}" is not a whole number of 0 or more` }
  const value = Number(text)
  if (value > LIMITS.stock) return { error: `${what} "${text}" is too large` }
  return { value }
}

/**
 * The line (1-based, header = 1) where each record starts, from the byte offsets where csv-parse
 * says each record ends; blank lines before a record are skipped as the parser skips them.
 */
export function recordStartLines(csv: string, recordEndBytes: readonly number[]): number[] {
  const bytes = Buffer.from(csv, 'utf8')
  const lines: number[] = []
  let line = 1
  let position = 0
  const advanceTo = (end: number) => {
    for (; position < end; position++) {
      const byte = bytes[position]
      if (byte === 0x0a || (byte === 0x0d && bytes[position + 1] !== 0x0a)) line++
    }
  }
  let start = 0
  for (const end of recordEndBytes) {
    while (start < end && (bytes[start] === 0x0a || bytes[start] === 0x0d)) start++
    advanceTo(start)
    lines.push(line)
    start = end
  }
  return lines
}
