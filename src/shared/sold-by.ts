/**
 * How a product is counted. 'each' counts whole units. A product sold by weight ('kg', 'g', 'lb')
 * keeps every quantity (stock, movements, cart and order lines, returns) as an integer of
 * THOUSANDTHS of its unit: 1.250 kg is 1250, 0.5 lb is 500. Integers keep sums exact (no float
 * drift when a day's weighings are added up), fit the INTEGER columns and CHECKs quantities already
 * have, and a thousandth is finer than any retail scale (they print to the gram, 0.005 lb at best).
 * The price of a weighed product is per whole unit (per kg, per g, per lb).
 */
export const SOLD_BY = ['each', 'kg', 'g', 'lb'] as const
export type SoldBy = (typeof SOLD_BY)[number]

/** Quantities of a weighed product are thousandths of its unit. */
export const WEIGHT_SCALE = 1000

export function isWeighed(soldBy: SoldBy): boolean {
  return soldBy !== 'each'
}

/**
 * Grams in one stored quantity step of a weighed product (a thousandth of its unit), so kg, g and
 * lb compare on one scale (best sellers by weight). At most 1: raw thousandths bound the grams.
 */
export const GRAMS_PER_STEP: Record<Exclude<SoldBy, 'each'>, number> = { kg: 1, g: 0.001, lb: 0.45359237 }

/** A stored weighed quantity in grams (a product sold by the piece has none: 0). */
export function gramsOf(quantity: number, soldBy: SoldBy): number {
  return soldBy === 'each' ? 0 : quantity * GRAMS_PER_STEP[soldBy]
}

/** What one stored quantity step is of a whole unit: 1 for counted products, 1000 for weighed ones. */
export function quantityScale(soldBy: SoldBy): number {
  return isWeighed(soldBy) ? WEIGHT_SCALE : 1
}

/**
 * price x quantity in minor units. For a weighed product: price per unit x thousandths / 1000,
 * rounded once to the nearest minor unit, halves away from zero (1.999 kg at 2.99 is 5.977... =
 * 5.98; 0.005 kg at 1.00 is 0.005 = 0.01). BigInt inside: the product can pass 2^53.
 */
export function lineGross(unitPrice: number, quantity: number, soldBy: SoldBy): number {
  const scale = BigInt(quantityScale(soldBy))
  const exact = BigInt(unitPrice) * BigInt(quantity)
  const rounded = (exact * 2n + scale) / (scale * 2n)
  const result = Number(rounded)
  if (!Number.isSafeInteger(result)) throw new RangeError(`Amount ${rounded} is beyond what a till can hold`)
  return result
}

/**
 * The weight on a price-embedded scale label: amount / price per unit, in thousandths, rounded to
 * the nearest thousandth and never below one (the label says something was weighed).
 */
export function weightForAmount(amount: number, unitPrice: number): number {
  if (unitPrice <= 0) return WEIGHT_SCALE
  const thousandths = (BigInt(amount) * 2000n + BigInt(unitPrice)) / (BigInt(unitPrice) * 2n)
  return Math.max(1, Number(thousandths))
}

/** A stored quantity as a plain decimal string ("1.25" for 1250 thousandths, "3" for 3 units). */
export function quantityText(quantity: number, soldBy: SoldBy): string {
  if (!isWeighed(soldBy)) return String(quantity)
  const sign = quantity < 0 ? '-' : ''
  const magnitude = Math.abs(quantity)
  const whole = Math.floor(magnitude / WEIGHT_SCALE)
  const fraction = String(magnitude % WEIGHT_SCALE)
    .padStart(3, '0')
    .replace(/0+$/, '')
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`
}

/**
 * A typed weight ("1.25", "1,250", ".5") as thousandths, or null when it is not a weight with at
 * most three decimals. Either '.' or ',' may be the decimal sign.
 */
export function parseWeight(text: string): number | null {
  const match = /^\s*(\d*)(?:[.,](\d{0,3}))?\s*$/.exec(text)
  if (!match || (match[1] === '' && !match[2])) return null
  const value = Number(match[1] || '0') * WEIGHT_SCALE + Number((match[2] ?? '').padEnd(3, '0'))
  return Number.isSafeInteger(value) ? value : null
}
