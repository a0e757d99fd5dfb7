export type CountParse = { ok: true; value: number } | { ok: false; message: string }

/** A whole number of units typed by the shopkeeper: "12", "+5" or (when allowed) "-3". */
export function parseCountInput(text: string, { allowNegative = false, label = 'Quantity' } = {}): CountParse {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, message: `${label} is required` }
  const match = /^([+-]?)(\d{1,10})$/.exec(trimmed)
  if (!match) return { ok: false, message: `${label} is a whole number` }
  if (match[1] === '-' && !allowNegative) return { ok: false, message: `${label} cannot be negative` }
  const value = Number(match[2]) * (match[1] === '-' ? -1 : 1)
  if (Math.abs(value) > 1_000_000_000) return { ok: false, message: `${label} is too large` }
  return { ok: true, value }
}
