import { money } from './money'
import type { TaxRateTotals } from './pricing'

/**
 * What each tax rate comes to on a document: the sum of its lines' totals (gross, tax included),
 * the sum of their tax, and net = gross - tax, so net + tax = gross in every row whatever the
 * rounding. Highest rate first, as receipts list them.
 */
export function taxByRate(lines: ReadonlyArray<{ taxRateBp: number; tax: number; total: number }>): TaxRateTotals[] {
  const rates = new Map<number, { tax: number; gross: number }>()
  for (const line of lines) {
    const rate = rates.get(line.taxRateBp) ?? { tax: 0, gross: 0 }
    rate.tax += line.tax
    rate.gross += line.total
    rates.set(line.taxRateBp, rate)
  }
  return [...rates].sort(([a], [b]) => b - a).map(([rateBp, { tax, gross }]) => ({ rateBp, net: money(gross - tax), tax: money(tax), gross: money(gross) }))
}
