import type { Selectable } from 'kysely'
import { cashRoundingOf, type CashRounding } from '../../shared/cash-rounding'
import type { ParsedPaymentInput, PaymentMethod } from '../../shared/payments'
import { AppError } from '../core/app-error'
import type { CommandScope } from '../core/command'
import { insertRows } from '../db/insert-rows'
import type { PaymentsTable } from '../db/tables/payments.table'

export function paymentsSum(payments: readonly ParsedPaymentInput[]): number {
  return payments.reduce((sum, payment) => sum + payment.amount, 0)
}

/**
 * Payments may never come to more than is due (cash over the amount is change, not payment); when
 * `mustCoverAll` (a counter sale) they must come to exactly what is due.
 */
export function checkPaymentsFit(payments: readonly ParsedPaymentInput[], due: number, mustCoverAll: boolean): void {
  const paid = paymentsSum(payments)
  if (paid > due) {
    throw new AppError('VALIDATION', 'The payments come to more than what is due. Give change for cash instead.', {
      issues: [{ path: 'payments', message: 'More than what is due' }],
      details: { due, paid }
    })
  }
  if (mustCoverAll && paid < due) {
    throw new AppError('PAYMENT_INSUFFICIENT', 'The payments do not cover the total yet.', {
      details: { due, paid, missing: due - paid }
    })
  }
}

/**
 * Cash settling `amount` is taken to the shop's smallest coin: `rounding` is the cash taken less the
 * amount (negative when rounded down); change is what was handed over beyond the cash taken. What
 * was handed over defaults to the cash taken, and may not be less.
 */
export function cashOf(payment: ParsedPaymentInput, rounding: CashRounding, index: number): { tendered: number | null; rounding: number } {
  if (payment.method !== 'cash') return { tendered: null, rounding: 0 }
  const off = cashRoundingOf(payment.amount, rounding)
  const taken = payment.amount + off
  const tendered = payment.tendered ?? taken
  if (tendered < taken) {
    throw new AppError('VALIDATION', 'The cash handed over is less than the cash due, rounded to the smallest coin.', {
      issues: [{ path: `payments.${index}.tendered`, message: 'Less than the cash due' }],
      details: { amount: payment.amount, cashDue: taken, tendered }
    })
  }
  return { tendered, rounding: off }
}

/** The cash rounding of the payment rows written: what the order's rounding_total gains. */
export function roundingOf(rows: ReadonlyArray<{ rounding: number }>): number {
  return rows.reduce((sum, row) => sum + row.rounding, 0)
}

/**
 * Writes each payment of an order and gives back the stored rows in the order given; only a
 * reference and the last four digits are kept for a card. Cash is rounded by the shop's rule.
 */
export function insertPayments(
  scope: CommandScope,
  order: { id: number; currency: string },
  payments: readonly ParsedPaymentInput[],
  businessDay: string,
  cashRounding: CashRounding
): Array<Selectable<PaymentsTable>> {
  if (payments.length === 0) return []
  return insertRows(
    scope.sql,
    'payments',
    payments.map((payment, index) => {
      const { tendered, rounding } = cashOf(payment, cashRounding, index)
      return {
        order_id: order.id,
        kind: 'payment' as const,
        method: payment.method,
        amount: payment.amount,
        tendered,
        change_given: tendered === null ? null : tendered - payment.amount - rounding,
        rounding,
        card_reference: payment.method === 'card' ? payment.reference : '',
        card_last_four: payment.method === 'card' ? (payment.lastFour ?? null) : null,
        note: payment.method === 'other' ? payment.note : '',
        business_day: businessDay,
        actor_id: scope.actor.id,
        approver_id: scope.approver?.id ?? null,
        created_at: scope.now,
        shift_id: null, // placed in the open cash shift by the shift fold, at the end of this command
        currency: order.currency
      }
    })
  )
}

export interface RefundInput {
  orderId: number
  currency: string
  amount: number
  method: PaymentMethod
  /** Cash given back less the amount it settles (the same rule as cash taken); 0 for other methods. */
  rounding: number
  cardReference?: string
  cardLastFour?: string | null
  note: string
  businessDay: string
}

/** Writes one refund row, as insertPayments writes payments; gives back its id. */
export function insertRefund(scope: CommandScope, refund: RefundInput): number {
  const [row] = insertRows(scope.sql, 'payments', [
    {
      order_id: refund.orderId,
      kind: 'refund',
      method: refund.method,
      amount: refund.amount,
      tendered: null,
      change_given: null,
      rounding: refund.rounding,
      card_reference: refund.method === 'card' ? (refund.cardReference ?? '') : '',
      card_last_four: refund.method === 'card' ? (refund.cardLastFour ?? null) : null,
      note: refund.note,
      business_day: refund.businessDay,
      actor_id: scope.actor.id,
      approver_id: scope.approver?.id ?? null,
      created_at: scope.now,
      shift_id: null, // placed in the open cash shift by the shift fold, at the end of this command
      currency: refund.currency
    }
  ])
  return row!.id
}
