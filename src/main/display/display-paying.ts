import type { CashRounding } from '../../shared/cash-rounding'
import type { CustomerDisplayPaying } from '../../shared/customer-display'
import { money } from '../../shared/money'
import type { ParsedPaymentInput } from '../../shared/payments'
import { cashOf, checkPaymentsFit, paymentsSum } from '../payments/record-payments'

/**
 * The payment the cashier is typing in Pay, as the customer sees it: by which method, what each
 * settles, what was handed over and the change, by the rules checkout will apply (cash to the
 * shop's smallest coin; never more than is due; never less cash handed over than the cash due,
 * both refused as VALIDATION). Only method, amount and tendered go on: no card reference or note.
 */
export function payingView(payments: readonly ParsedPaymentInput[], due: number, rounding: CashRounding): CustomerDisplayPaying {
  checkPaymentsFit(payments, due, false)
  let change = 0
  const shown = payments.map((payment, index) => {
    const { tendered, rounding: off } = cashOf(payment, rounding, index)
    if (tendered !== null) change += tendered - payment.amount - off
    return {
      method: payment.method,
      amount: payment.amount,
      tendered: payment.method === 'cash' && payment.tendered !== undefined ? money(payment.tendered) : null
    }
  })
  return { payments: shown, remaining: money(due - paymentsSum(payments)), change: money(change) }
}
