import type { CashRoundingRule } from './settings'

/** The shop's cash rounding: its smallest coin in minor units (0 or 1: none) and which way to go. */
export interface CashRounding {
  cashRoundingStep: number
  cashRoundingRule: CashRoundingRule
}

/**
 * The cash that settles `amount` when only coins of `step` minor units exist (CHF 0.05: step 5).
 * Card and other methods are never rounded; only cash goes through here. Integer arithmetic only:
 * the result is always a multiple of the step, at most half a step away under 'nearest' (halves up),
 * and less than one step away under 'down' or 'up'.
 */
export function roundCash(amount: number, rounding: CashRounding): number {
  const step = rounding.cashRoundingStep
  if (step <= 1) return amount
  const below = amount - (((amount % step) + step) % step)
  if (below === amount) return amount
  if (rounding.cashRoundingRule === 'down') return below
  if (rounding.cashRoundingRule === 'up') return below + step
  return amount - below >= step - (amount - below) ? below + step : below
}

/** Cash taken (or given back) less the amount it settles: what the rounding line shows. */
export function cashRoundingOf(amount: number, rounding: CashRounding): number {
  return roundCash(amount, rounding) - amount
}
