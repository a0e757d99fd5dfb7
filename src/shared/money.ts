import { z } from 'zod'
import { schemaMessage } from './i18n/schema-message'

/** An amount in the currency's minor units (cents, yen, fils): always a safe integer. */
export type Money = number & { readonly __brand: 'Money' }

export function money(amount: number): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Money must be a safe integer of minor units, got ${amount}`)
  }
  return amount as Money
}

export function sumMoney(amounts: readonly number[]): Money {
  return money(amounts.reduce((total, amount) => total + amount, 0))
}

/** A trillion minor units: far above any till, far below 2^53. No line, order or payment exceeds it. */
export const MAX_AMOUNT = 1_000_000_000_000

/** A non-negative amount as it arrives over IPC: an integer, never a float or a string. */
export const moneySchema = z
  .number({ error: schemaMessage('common.amountNumber') })
  .int({ error: schemaMessage('common.amountWhole') })
  .min(0, { error: schemaMessage('common.amountNegative') })
  .max(MAX_AMOUNT, { error: schemaMessage('common.amountTooLarge') })
  .transform((amount) => amount as Money)

/** A tax rate in basis points: 2000 = 20%. */
export const basisPointsSchema = z
  .number()
  .int({ error: schemaMessage('common.rateWhole') })
  .min(0, { error: schemaMessage('common.rateNegative') })
  .max(10_000, { error: schemaMessage('common.rateMax') })
