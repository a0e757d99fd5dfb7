import { useEffect, useRef } from 'react'
import type { PaymentInput } from '../../../../shared/payments'
import { call } from '../../lib/call'
import type { ReadPayments } from '../../lib/payment-drafts'
import { useTillSettingsStore } from '../../stores/till-settings-store'

/** What the customer's screen needs of a payment: never a card reference or a note. */
function shownPayment(payment: PaymentInput): PaymentInput {
  if (payment.method === 'cash')
    return payment.tendered === undefined ? { method: 'cash', amount: payment.amount } : { method: 'cash', amount: payment.amount, tendered: payment.tendered }
  return { method: payment.method, amount: payment.amount }
}

/**
 * The payments to show while every payment typed reads and none is too much; else null (keep what
 * is shown: a figure half typed, such as 5 on the way to 50, does not flash "not enough").
 */
export function paymentsToShow(read: ReadPayments, due: number): readonly PaymentInput[] | null {
  return read.problems.every((problem) => Object.keys(problem).length === 0) && read.paid <= due ? read.payments : null
}

function sendPaying(paidFor: 'cart' | 'order', id: number, payments: PaymentInput[]) {
  return paidFor === 'cart'
    ? call(() => window.api.display.paying({ cartId: id, payments }))
    : call(() => window.api.display.orderPaying({ orderId: id, payments }))
}

/**
 * Shows the payment being typed on the customer's screen, on a till that has one: main checks it
 * by the rules checkout and orders.pay apply, and draws it. `payments` null keeps what is shown.
 * Closing the dialog takes it off.
 */
function usePayingOnDisplay(paidFor: 'cart' | 'order', id: number, payments: readonly PaymentInput[] | null): void {
  const hasDisplay = useTillSettingsStore((state) => state.till?.customerDisplay === true)
  const key = payments === null ? null : JSON.stringify(payments.map(shownPayment))
  const shown = useRef(false)
  useEffect(() => {
    if (!hasDisplay || key === null) return
    shown.current = true
    void sendPaying(paidFor, id, JSON.parse(key) as PaymentInput[])
  }, [hasDisplay, paidFor, id, key])
  useEffect(
    () => () => {
      // After the payment is taken this is too late and changes nothing (main answers shown: false).
      if (shown.current) void sendPaying(paidFor, id, [])
    },
    [paidFor, id]
  )
}

/** Pay's payment for the sale `cartId` on the customer's screen. */
export function useCustomerDisplayPaying(cartId: number, payments: readonly PaymentInput[] | null): void {
  usePayingOnDisplay('cart', cartId, payments)
}

/** A payment taken on an order outside Pay (Orders' take payment) on the customer's screen. */
export function useCustomerDisplayOrderPaying(orderId: number, payments: readonly PaymentInput[] | null): void {
  usePayingOnDisplay('order', orderId, payments)
}
