import { LIMITS } from '../../shared/catalog'
import type { DecimalMark } from '../../shared/catalog-import'
import { reason, type Reason } from '../../shared/reasons'
import { isWeighed, WEIGHT_SCALE, type SoldBy } from '../../shared/sold-by'

/** A cell read as a number, or why it cannot be (a screen words the reason). */
export type CellRead = { value: number } | { error: Reason }

export const OPTION_SLOTS = [1, 2, 3] as const

const MAX_MINOR_UNITS = 1_000_000_000_000n

/** A currency sign or code before or after the amount, and spaces used to group thousands. */
const DECORATION = /[\p{Sc}\s\u00a0\u202f]|^[A-Z]{3}|[A-Z]{3}$/gu

/**
 * "2.50" -> 250 for a currency with 2 digits, from the digits of the text (never through a float).
 * With a decimal comma "2,50" is the same, and "1.234,50" groups thousands with points (with a
 * point, "1,234.50"). Extra decimals are accepted only when they are zeros ("2.500" is 2.50).
 */
export function parseDecimalAmount(text: string, digits: number, mark: DecimalMark = 'point'): CellRead {
  const [decimal, group] = mark === 'comma' ? [',', '.'] : ['.', ',']
  const bare = text.replace(DECORATION, '')
  const grouped = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d*)?$`).test(bare)
  const plain = grouped ? bare.replaceAll(group, '') : bare
  const match = new RegExp(`^(\\d+)(?:\\${decimal}(\\d*))?$`).exec(plain)
  if (!match) {
    return { error: reason('csv.notAmount', { text, example: mark === 'comma' ? '2,50' : '2.50' }) }
  }
  const whole = match[1] as string
  const fraction = match[2] ?? ''
  const extra = fraction.slice(digits)
  if (/[^0]/.test(extra)) {
    return { error: reason('csv.tooManyDecimals', { text, digits }) }
  }
  const minor = BigInt(whole + fraction.slice(0, digits).padEnd(digits, '0'))
  if (minor > MAX_MINOR_UNITS) return { error: reason('csv.tooLarge', { text }) }
  return { value: Number(minor) }
}

/**
 * The decimal mark the file's amounts use: the one that appears where only a decimal mark can
 * (not followed by exactly three digits, or after the other mark); the shop's locale decides
 * when the amounts do not tell.
 */
export function detectDecimalMark(amounts: Iterable<string>, locale: string): DecimalMark {
  let comma = 0
  let point = 0
  for (const raw of amounts) {
    const text = raw.replace(DECORATION, '')
    if (/^\d+(\.\d{3})*,(\d{1,2}|\d{4,})$/.test(text) || /^\d{1,3}(\.\d{3})+,\d+$/.test(text)) comma++
    else if (/^\d+(,\d{3})*\.(\d{1,2}|\d{4,})$/.test(text) || /^\d{1,3}(,\d{3})+\.\d+$/.test(text)) point++
  }
  if (comma !== point) return comma > point ? 'comma' : 'point'
  return localeDecimalMark(locale)
}

export function localeDecimalMark(locale: string): DecimalMark {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((entry) => entry.type === 'decimal')
  return part?.value === ',' ? 'comma' : 'point'
}

export function formatDecimalAmount(minor: number, digits: number): string {
  if (digits === 0) return String(minor)
  const text = String(minor).padStart(digits + 1, '0')
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`
}

/** "20" -> 2000 and "5.5" -> 550 basis points; a trailing % is allowed. */
export function parseTaxPercent(text: string): CellRead {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%?$/.exec(text)
  if (!match) return { error: reason('csv.notTaxRate', { text }) }
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  if (basisPoints > 10_000) return { error: reason('csv.taxAbove100', { text }) }
  return { value: basisPoints }
}

export function formatTaxPercent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100)
  const fraction = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : String(whole)
}

/**
 * A stock or threshold in the product's unit: a whole count, or for a product sold by weight a
 * weight with up to three decimals in the file's decimal mark ("1.25" kg is 1250 thousandths).
 */
export function parseQuantity(text: string, soldBy: SoldBy, mark: DecimalMark): CellRead {
  if (!isWeighed(soldBy)) return parseCount(text)
  if (text === '') return { value: 0 }
  const decimal = mark === 'comma' ? ',' : '.'
  const match = new RegExp(`^(\\d+)(?:\\${decimal}(\\d{0,3}))?$`).exec(text)
  if (!match) return { error: reason('csv.notWeight', { text, unit: soldBy }) }
  const value = Number(match[1]) * WEIGHT_SCALE + Number((match[2] ?? '').padEnd(3, '0'))
  if (value > LIMITS.stock) return { error: reason('csv.tooLarge', { text }) }
  return { value }
}

/** A whole count such as stock; an empty cell is 0. */
export function parseCount(text: string): CellRead {
  if (text === '') return { value: 0 }
  if (!/^\d+$/.test(text)) return { error: reason('csv.notCount', { text }) }
  const value = Number(text)
  if (value > LIMITS.stock) return { error: reason('csv.tooLarge', { text }) }
  return { value }
}
