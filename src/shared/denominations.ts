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

/** How many quick-cash amounts the counter offers at most. */
export const QUICK_CASH_COUNT = 4

/**
 * What a customer is likely to hand over for `due`, smallest first: `due` rounded up to each note
 * (80 for 79.87 dollars: a 50, a 20 and a 10; then 100: one note), and the smallest single note
 * that covers it. Only amounts above `due`: paying exactly has a button of its own.
 */
export function quickCashAmounts(due: number, currency: string, count = QUICK_CASH_COUNT): number[] {
  if (!Number.isSafeInteger(due) || due <= 0) return []
  const notes = denominationsOf(currency)
    .filter((denomination) => denomination.kind === 'note')
    .map((note) => note.value)
  const amounts = new Set<number>()
  for (const note of notes) {
    const rounded = Math.ceil(due / note) * note
    if (rounded > due) amounts.add(rounded)
  }
  const single = notes.filter((note) => note > due).at(-1)
  if (single !== undefined) amounts.add(single)
  return [...amounts].sort((a, b) => a - b).slice(0, count)
}
