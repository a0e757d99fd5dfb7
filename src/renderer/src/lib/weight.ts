import { t } from '../i18n/i18n'
import { isWeighed, parseWeight, WEIGHT_SCALE, type SoldBy } from '../../../shared/sold-by'
import { asciiDigits } from './digits'
import { parseCountInput } from './count'

export type WeightParse = { ok: true; value: number } | { ok: false; message: string }

/** A weight typed at the till ("1.25", "1,25", "٫٥") as thousandths of the product's unit. */
export function parseWeightInput(text: string, soldBy: SoldBy): WeightParse {
  const value = parseWeight(asciiDigits(text))
  if (value === null) return { ok: false, message: t('counter.weight.invalid', { unit: unitLabel(soldBy) }) }
  if (value === 0) return { ok: false, message: t('counter.weight.zero') }
  if (value > 100_000 * WEIGHT_SCALE) return { ok: false, message: t('counter.weight.tooLarge', { unit: unitLabel(soldBy) }) }
  return { ok: true, value }
}

/** The unit's short name as printed (kg, g, lb); 'each' has none. */
export function unitLabel(soldBy: SoldBy): string {
  return soldBy === 'each' ? '' : t(`counter.unit.${soldBy}`)
}

/** A stored quantity as the shop reads it: "3", or "1.25 kg" in the shop's number format. */
export function formatQuantity(quantity: number, soldBy: SoldBy, locale: string): string {
  if (!isWeighed(soldBy)) return new Intl.NumberFormat(locale).format(quantity)
  const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(quantity / WEIGHT_SCALE)
  return t('counter.weight.amount', { amount, unit: unitLabel(soldBy) })
}

/**
 * A stock quantity typed in Products: whole units for a counted product (parseCountInput), a weight
 * with the locale's decimal mark for a weighed one, as thousandths. A count on the shelf may be 0;
 * a signed change may be negative when `allowNegative`.
 */
export function parseStockInput(text: string, soldBy: SoldBy, { allowNegative = false, label = '' } = {}): WeightParse {
  if (!isWeighed(soldBy)) return parseCountInput(text, { allowNegative, label })
  const trimmed = asciiDigits(text).trim()
  const negative = trimmed.startsWith('-')
  if (negative && !allowNegative) return { ok: false, message: t('input.count.negative', { label }) }
  const value = parseWeight(trimmed.replace(/^[+-]/, ''))
  if (value === null) return { ok: false, message: t('counter.weight.invalid', { unit: unitLabel(soldBy) }) }
  if (value > 100_000 * WEIGHT_SCALE) return { ok: false, message: t('counter.weight.tooLarge', { unit: unitLabel(soldBy) }) }
  return { ok: true, value: negative ? -value : value }
}
