import { gtinCheckDigit } from './barcode'

/**
 * EAN-13 scale labels (in-store codes, prefixes 20-29): 2 prefix digits, the item code (the
 * product's PLU, held as its barcode), the value, then the EAN check digit. The shop chooses which
 * prefixes its scales print, how many digits the item code has (the value takes the rest of the
 * ten) and whether the value is the price (minor units) or the weight (thousandths of the product's
 * unit: grams for a product sold by the kg).
 */
export const SCALE_ITEM_DIGITS = [4, 5, 6] as const
export type ScaleItemDigits = (typeof SCALE_ITEM_DIGITS)[number]
export const SCALE_VALUES = ['price', 'weight'] as const
export type ScaleValue = (typeof SCALE_VALUES)[number]

export interface ScaleLayout {
  /** Two-digit prefixes (20-29) read as scale labels; none: scale labels are off. */
  prefixes: readonly number[]
  itemDigits: ScaleItemDigits
  value: ScaleValue
}

export interface ScaleLabel {
  itemCode: string
  value: ScaleValue
  /** Minor units for a price, thousandths of the unit for a weight. */
  amount: number
}

export type ScaleRead = { label: ScaleLabel } | { problem: 'check_digit' }

/** Whether the till reads this code as a scale label (13 digits, one of the shop's prefixes). */
export function isScaleCode(code: string, layout: ScaleLayout): boolean {
  return /^2\d{12}$/.test(code) && layout.prefixes.includes(Number(code.slice(0, 2)))
}

/** A scale label's parts, or why it cannot be one; null when the code is not a scale code here. */
export function readScaleLabel(code: string, layout: ScaleLayout): ScaleRead | null {
  if (!isScaleCode(code, layout)) return null
  if (gtinCheckDigit(code.slice(0, 12)) !== Number(code[12])) return { problem: 'check_digit' }
  const itemEnd = 2 + layout.itemDigits
  return { label: { itemCode: code.slice(2, itemEnd), value: layout.value, amount: Number(code.slice(itemEnd, 12)) } }
}

/** The label a scale prints for these parts (tests and the e2e fixtures build codes with it). */
export function scaleLabelCode(prefix: number, itemCode: string, amount: number, itemDigits: ScaleItemDigits): string {
  const body = `${prefix}${itemCode.padStart(itemDigits, '0')}${String(amount).padStart(10 - itemDigits, '0')}`
  if (body.length !== 12) throw new RangeError(`${amount} does not fit a scale label with a ${itemDigits}-digit item code`)
  return `${body}${gtinCheckDigit(body)}`
}
