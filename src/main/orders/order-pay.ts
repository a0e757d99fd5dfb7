import { businessDay } from '../../shared/business-day'
import type { ParsedPaymentInput } from '../../shared/payments'
import { AppError } from '../core/app-error'
import type { CommandScope } from '../core/command'
import { checkPaymentsFit, insertPayments, paymentsSum, roundingOf } from '../payments/record-payments'
import { readSettings } from '../settings/settings-store'
import { announceOrderChange, recordOrderEvent } from './order-events'
import { amountDueOf, getOrderRow, paymentStateOf } from './order-rows'
import { isFinal } from './transitions'

/** Takes payment on an order not yet fully paid, such as a pickup paid on collection. */
export async function payOrder(scope: CommandScope, orderId: number, payments: readonly ParsedPaymentInput[]): Promise<void> {
  const row = await getOrderRow(scope.trx, orderId)
  const status = row.status
  if (isFinal(status)) {
    throw new AppError('CONFLICT', `Order ${row.number} is ${status}; it takes no more payments.`, { details: { orderId, status } })
  }
  const due = amountDueOf(row)
  if (due === 0) throw new AppError('CONFLICT', `Order ${row.number} is already paid.`, { details: { orderId } })
  checkPaymentsFit(payments, due, false)
  const settings = await readSettings(scope.trx)
  const written = insertPayments(scope, row, payments, businessDay(scope.now, settings.timeZone), settings)
  const paidTotal = row.paid_total + paymentsSum(payments)
  await scope.trx
    .updateTable('orders')
    .set({
      paid_total: paidTotal,
      rounding_total: row.rounding_total + roundingOf(written),
      payment_state: paymentStateOf(row.total, paidTotal, row.refunded_total, row.returned_total),
      updated_at: scope.now
    })
    .where('id', '=', orderId)
    .execute()
  const methods = [...new Set(payments.map((payment) => payment.method))].join(', ')
  recordOrderEvent(scope, { orderId, change: 'payment', from: status, to: status, note: `Payment by ${methods}` })
  announceOrderChange(scope, orderId, 'payment', status)
}
