import { ORDER_STATUSES, type OrderStatus } from '../../shared/orders'

/**
 * The order lifecycle, the one place that decides which status may follow which:
 * pending -> confirmed -> processing -> shipped -> delivered, skipping forward allowed;
 * cancelled from pending, confirmed or processing; returned from shipped or delivered;
 * cancelled and returned are final.
 */
function nextStatuses(status: OrderStatus): readonly OrderStatus[] {
  switch (status) {
    case 'pending':
      return ['confirmed', 'processing', 'shipped', 'delivered', 'cancelled']
    case 'confirmed':
      return ['processing', 'shipped', 'delivered', 'cancelled']
    case 'processing':
      return ['shipped', 'delivered', 'cancelled']
    case 'shipped':
      return ['delivered', 'returned']
    case 'delivered':
      return ['returned']
    case 'cancelled':
    case 'returned':
      return []
    default:
      return assertNever(status)
  }
}

function assertNever(status: never): never {
  throw new Error(`Unknown order status: ${String(status)}`)
}

export const TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = Object.freeze(
  Object.fromEntries(ORDER_STATUSES.map((status) => [status, Object.freeze(nextStatuses(status))])) as Record<OrderStatus, readonly OrderStatus[]>
)

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

export function isFinal(status: OrderStatus): boolean {
  return TRANSITIONS[status].length === 0
}
