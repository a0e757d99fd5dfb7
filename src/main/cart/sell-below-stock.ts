import { PERMISSION_LABELS } from '../../shared/permissions'
import { AppError } from '../core/app-error'
import type { CallContext } from '../ipc/handler-types'
import type { SellBelowStock } from '../orders/checkout'

/**
 * Sell anyway needs `stock.sellBelowZero`, the actor's or an approving manager's; the one who
 * allowed it (the approver when there is one) is written on each movement that goes below zero.
 */
export function sellBelowStockAllowedBy(call: CallContext): SellBelowStock {
  if (!call.can('stock.sellBelowZero')) {
    throw new AppError(
      'FORBIDDEN',
      `${call.actor.name} may not sell more than is in stock alone: that needs “${PERMISSION_LABELS['stock.sellBelowZero']}”. A manager can approve it.`,
      { details: { permission: 'stock.sellBelowZero' } }
    )
  }
  return { allowedBy: call.approver?.id ?? call.actor.id }
}
