import type { Cart } from '../../shared/cart'
import type { Money } from '../../shared/money'
import { PERMISSION_LABELS } from '../../shared/permissions'
import { AppError, validationError } from '../core/app-error'
import type { CommandScope } from '../core/command'
import type { CallContext } from '../ipc/handler-types'
import { assertLineInCart } from './cart-lines'
import { reason } from '../../shared/reasons'

export interface PriceOverride {
  unitPrice: Money
  reason: string
}

/**
 * A line's price changed by hand (needs `cart.overridePrice`, checked by the channel). The reason
 * and who allowed it (the approving manager when there is one) stay on the line and go onto the
 * order. An open line's price was typed and a scale label's printed: neither is overridden.
 */
export async function setLinePrice(scope: CommandScope, cartId: number, lineId: number, override: PriceOverride | null): Promise<void> {
  const { kind } = await assertLineInCart(scope, cartId, lineId)
  if (kind === 'open') throw validationError(reason('cart.openPriceOverride', {}), 'override')
  if (kind === 'label') throw validationError(reason('cart.labelPriceOverride', {}), 'override')
  await scope.trx
    .updateTable('cart_lines')
    .set(
      override
        ? { unit_price: override.unitPrice, price_reason: override.reason, price_by: scope.approver?.id ?? scope.actor.id }
        : { unit_price: null, price_reason: '', price_by: null }
    )
    .where('id', '=', lineId)
    .execute()
}

/**
 * A price cut below the list price is a discount: beyond the role's discount limit (the same limit
 * as a line discount, in percent of the list price) it needs `cart.discountOverLimit` too.
 */
export function priceCutWithinLimit(call: CallContext, lineId: number): (cart: Cart) => void {
  return (cart) => {
    const line = cart.lines.find((entry) => entry.id === lineId)
    if (!line || call.can('cart.discountOverLimit') || line.unitPrice >= line.listPrice) return
    const cutBp = Math.ceil(((line.listPrice - line.unitPrice) * 10000) / line.listPrice)
    if (cutBp <= call.discountLimitBp) return
    throw new AppError(
      'FORBIDDEN',
      `${call.actor.name} may lower a price by at most ${call.discountLimitBp / 100}% alone: more needs “${PERMISSION_LABELS['cart.discountOverLimit']}”. A manager can approve it.`,
      { details: { permission: 'cart.discountOverLimit', limitBp: call.discountLimitBp } }
    )
  }
}
