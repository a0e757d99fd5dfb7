import type { Selectable } from 'kysely'
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
 * Writes each payment of an order and gives back the stored rows in the order given; only a
 * reference and the last four digits are kept for a card.
 */
export function insertPayments(
  scope: CommandScope,
  order: { id: number; currency: string },
  payments: readonly ParsedPaymentInput[],
  businessDay: string
): Array<Selectable<PaymentsTable>> {
  if (payments.length === 0) return []
  return insertRows(
    scope.sql,
    'payments',
    payments.map((payment) => {
      const tendered = payment.method === 'cash' ? (payment.tendered ?? payment.amount) : null
      return {
        order_id: order.id,
        kind: 'payment' as const,
        method: payment.method,
        amount: payment.amount,
        tendered,
        change_given: tendered === null ? null : tendered - payment.amount,
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
