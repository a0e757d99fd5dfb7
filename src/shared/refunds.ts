import { z } from 'zod'
import { PAYMENT_METHODS, type PaymentMethod } from './payments'
import { schemaMessage } from './i18n/schema-message'

/**
 * How money goes back, shared by returns and cancellations, and by the main process (which decides)
 * and the dialogs (which show the same split before it is asked for). Pure integer arithmetic.
 *
 * The rule the shop sees: a refund goes back to each method at most what that method paid and has
 * not had back yet. By default card first (up to what the cards paid), then other, cash for the
 * rest; the cashier may choose another split within those limits, never above.
 */

/** Per method, the money it brought in less what was already refunded to it. */
export type HeldByMethod = Record<PaymentMethod, number>

export interface RefundPart {
  method: PaymentMethod
  amount: number
}

/** Method order of the default split: money goes back to a card before it comes out of the drawer. */
export const REFUND_ORDER: readonly PaymentMethod[] = ['card', 'other', 'cash']

export const refundSplitSchema = z
  .array(
    z
      .object({
        method: z.enum(PAYMENT_METHODS, { error: schemaMessage('refunds.method') }),
        amount: z
          .number()
          .int({ error: schemaMessage('refunds.amountWhole') })
          .min(0)
          .max(1_000_000_000_000)
      })
      .strict()
  )
  .max(PAYMENT_METHODS.length)
  .refine((parts) => new Set(parts.map((part) => part.method)).size === parts.length, { error: schemaMessage('refunds.methodOnce') })

export function heldByMethod(rows: ReadonlyArray<{ kind: 'payment' | 'refund'; method: PaymentMethod; amount: number }>): HeldByMethod {
  const held: HeldByMethod = { cash: 0, card: 0, other: 0 }
  for (const row of rows) held[row.method] += row.kind === 'payment' ? row.amount : -row.amount
  return held
}

/** The default split of `amount`: card, then other, then cash, each up to what it holds. */
export function defaultRefundSplit(amount: number, held: HeldByMethod): RefundPart[] {
  let left = amount
  const parts: RefundPart[] = []
  for (const method of REFUND_ORDER) {
    const part = Math.min(left, Math.max(0, held[method]))
    if (part > 0) parts.push({ method, amount: part })
    left -= part
  }
  return parts
}

export type RefundSplitProblem = { kind: 'above-paid'; method: PaymentMethod; limit: number } | { kind: 'sum'; sum: number }

/**
 * Why a chosen split cannot pay back `amount`, or null when it can: it must add up to the amount,
 * and give no method more than it holds.
 */
export function refundSplitProblem(split: readonly RefundPart[], amount: number, held: HeldByMethod): RefundSplitProblem | null {
  const over = split.find((part) => part.amount > Math.max(0, held[part.method]))
  if (over) return { kind: 'above-paid', method: over.method, limit: Math.max(0, held[over.method]) }
  const sum = split.reduce((total, part) => total + part.amount, 0)
  return sum === amount ? null : { kind: 'sum', sum }
}

/** The problem in words; amounts are left to the screen, which formats them in the shop's currency. */
export function refundSplitMessage(problem: RefundSplitProblem): string {
  return problem.kind === 'above-paid'
    ? `More would go back as ${problem.method} than ${problem.method} paid and has not had back: a refund never goes above what each method paid.`
    : 'The refund split does not add up to the amount to refund.'
}

/**
 * What a return pays back: the money held beyond what the kept goods are worth, never more than is
 * held. A fully paid order gets back exactly what the returned units are worth; an order paid only
 * a deposit gets back only what the deposit paid beyond the lines it keeps, and still owes the rest.
 */
export function returnRefund(order: { keptValueBefore: number; held: number }, value: number): number {
  const keptAfter = order.keptValueBefore - value
  return Math.min(order.held, Math.max(0, order.held - keptAfter))
}

/**
 * What returning units of a line is worth. Measured cumulatively (what r + q returned units are
 * worth minus what r were), so a line returned in several goes comes to exactly its total.
 */
export function returnValue(lineTotal: number, quantity: number, alreadyReturned: number, returning: number): number {
  return worthOf(lineTotal, quantity, alreadyReturned + returning) - worthOf(lineTotal, quantity, alreadyReturned)
}

/** What `units` of a line of `quantity` totalling `lineTotal` are worth, rounded half away from zero. */
export function worthOf(lineTotal: number, quantity: number, units: number): number {
  const numerator = BigInt(lineTotal) * BigInt(units)
  const denominator = BigInt(quantity)
  const value = Number((numerator * 2n + denominator) / (denominator * 2n))
  if (!Number.isSafeInteger(value)) throw new RangeError(`Amount ${value} is beyond what a till can hold`)
  return value
}
