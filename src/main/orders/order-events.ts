import type { Selectable } from 'kysely'
import type { OrderChange, OrderStatus } from '../../shared/orders'
import type { CommandScope } from '../core/command'
import { insertRows } from '../db/insert-rows'
import type { OrderEventsTable } from '../db/tables/orders.table'

export interface OrderEventInput {
  orderId: number
  change: OrderChange
  from: OrderStatus | null
  to: OrderStatus
  note?: string
}

/** Writes the order's history row and announces the change; both stand or fall with the command. */
export function recordOrderEvent(scope: CommandScope, event: OrderEventInput): void {
  recordOrderEvents(scope, [event])
}

/** Several history rows, in the order given (their ids follow it); gives back the stored rows. */
export function recordOrderEvents(scope: CommandScope, events: readonly OrderEventInput[]): Array<Selectable<OrderEventsTable>> {
  if (events.length === 0) return []
  return insertRows(
    scope.sql,
    'order_events',
    events.map((event) => ({
      order_id: event.orderId,
      change: event.change,
      from_status: event.from,
      to_status: event.to,
      actor_id: scope.actor.id,
      actor_name: scope.actor.name,
      approver_id: scope.approver?.id ?? null,
      approver_name: scope.approver?.name ?? null,
      note: event.note ?? '',
      created_at: scope.now,
      shift_id: null // placed in the open cash shift by the shift fold, at the end of this command
    }))
  )
}

/** One announcement per order per command, carrying the status the order ends the command in. */
export function announceOrderChange(scope: CommandScope, orderId: number, change: OrderChange, status: OrderStatus): void {
  scope.emit('order.changed', { orderId, change, status })
}
