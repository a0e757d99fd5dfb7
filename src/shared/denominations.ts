/** One note or coin of a currency, its value in minor units. */
export interface Denomination {
  value: number
  kind: 'note' | 'coin'
}

/**
 * Notes and coins in everyday circulation, largest first, in minor units of the currency, each value once (KWD has
 * 1,000 fils to the dinar, JPY has no minor unit). The one table for counting a drawer and for any
 * quick-cash buttons; a currency missing here is counted as a total.
 */
const NOTES_AND_COINS: Readonly<Record<string, { notes: readonly number[]; coins: readonly number[] }>> = {
  EUR: { notes: [50000, 20000, 10000, 5000, 2000, 1000, 500], coins: [200, 100, 50, 20, 10, 5, 2, 1] },
  USD: { notes: [10000, 5000, 2000, 1000, 500, 200, 100], coins: [25, 10, 5, 1] },
  GBP: { notes: [5000, 2000, 1000, 500], coins: [200, 100, 50, 20, 10, 5, 2, 1] },
  CHF: { notes: [100000, 20000, 10000, 5000, 2000, 1000], coins: [500, 200, 100, 50, 20, 10, 5] },
  JPY: { notes: [10000, 5000, 2000, 1000], coins: [500, 100, 50, 10, 5, 1] },
  KWD: { notes: [20000, 10000, 5000, 1000, 500, 250], coins: [100, 50, 20, 10, 5] },
  CAD: { notes: [10000, 5000, 2000, 1000, 500], coins: [200, 100, 25, 10, 5] },
  AUD: { notes: [10000, 5000, 2000, 1000, 500], coins: [200, 100, 50, 20, 10, 5] },
  SEK: { notes: [100000, 50000, 20000, 10000, 5000, 2000], coins: [1000, 500, 200, 100] },
  NOK: { notes: [100000, 50000, 20000, 10000], coins: [2000, 1000, 500, 100] },
  DKK: { notes: [100000, 50000, 20000, 10000, 5000], coins: [2000, 1000, 500, 200, 100, 50] },
  PLN: { notes: [50000, 20000, 10000, 5000, 2000, 1000], coins: [500, 200, 100, 50, 20, 10, 5, 2, 1] },
  CZK: { notes: [500000, 200000, 100000, 50000, 20000, 10000], coins: [5000, 2000, 1000, 500, 200, 100] },
  INR: { notes: [50000, 20000, 10000, 5000, 2000, 1000], coins: [500, 200, 100] }
}

/** The currency's notes then coins, largest first; empty for a currency not in the table. */
export function denominationsOf(currency: string): Denomination[] {
  const entry = NOTES_AND_COINS[currency.toUpperCase()]
  if (!entry) return []
  return [...entry.notes.map((value) => ({ value, kind: 'note' as const })), ...entry.coins.map((value) => ({ value, kind: 'coin' as const }))]
}

/** Currencies with a table; the test checks every one against the currency's minor-unit digits. */
export const CURRENCIES_WITH_DENOMINATIONS = Object.keys(NOTES_AND_COINS)
