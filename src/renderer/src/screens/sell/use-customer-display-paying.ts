import { useEffect, useRef } from 'react'
import type { PaymentInput } from '../../../../shared/payments'
import { call } from '../../lib/call'
import { useTillSettingsStore } from '../../stores/till-settings-store'

/** What the customer's screen needs of a payment: never a card reference or a note. */
function shownPayment(payment: PaymentInput): PaymentInput {
  if (payment.method === 'cash')
    return payment.tendered === undefined ? { method: 'cash', amount: payment.amount } : { method: 'cash', amount: payment.amount, tendered: payment.tendered }
  return { method: payment.method, amount: payment.amount }
}

/**
 * Shows the payment being typed in Pay on the customer's screen, on a till that has one: main
 * checks it by checkout's rules and draws it. `payments` null keeps what is shown (a figure half
 * typed, such as 5 on the way to 50, does not flash "not enough"). Closing Pay takes it off.
 */
export function useCustomerDisplayPaying(cartId: number, payments: readonly PaymentInput[] | null): void {
  const hasDisplay = useTillSettingsStore((state) => state.till?.customerDisplay === true)
  const key = payments === null ? null : JSON.stringify(payments.map(shownPayment))
  const shown = useRef(false)
  useEffect(() => {
    if (!hasDisplay || key === null) return
    shown.current = true
    void call(() => window.api.display.paying({ cartId, payments: JSON.parse(key) as PaymentInput[] }))
  }, [hasDisplay, cartId, key])
  useEffect(
    () => () => {
      // After a checkout this is too late and changes nothing (main answers shown: false).
      if (shown.current) void call(() => window.api.display.paying({ cartId, payments: [] }))
    },
    [cartId]
  )
}
