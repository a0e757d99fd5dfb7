import type { Cart } from '../../shared/cart'
import { PERMISSION_LABELS } from '../../shared/permissions'
import { AppError } from '../core/app-error'
import type { CallContext } from '../ipc/handler-types'

/** The share of `of` that `discount` takes, in basis points (rounded up: 10.01% is over a 10% limit). */
function shareBp(discount: number, of: number): number {
  return of <= 0 ? 0 : Math.ceil((discount * 10000) / of)
}

/**
 * A discount above the role's limit (percent of the line, or of the sale for an order discount)
 * needs `cart.discountOverLimit`, the actor's or an approving manager's.
 */
export function discountWithinLimit(call: CallContext, lineId?: number): (cart: Cart) => void {
  return (cart) => {
    if (call.can('cart.discountOverLimit')) return
    const line = lineId === undefined ? undefined : cart.lines.find((entry) => entry.id === lineId)
    const share = line ? shareBp(line.lineDiscount, line.gross) : shareBp(cart.totals.orderDiscountTotal, cart.totals.subtotal - cart.totals.lineDiscountTotal)
    if (share <= call.discountLimitBp) return
    throw new AppError(
      'FORBIDDEN',
      `${call.actor.name} may give at most ${call.discountLimitBp / 100}% off alone: more needs “${PERMISSION_LABELS['cart.discountOverLimit']}”. A manager can approve it.`,
      { details: { permission: 'cart.discountOverLimit', limitBp: call.discountLimitBp } }
    )
  }
}
