import type { CommandHook, EmittedEvent } from '../core/command'
import { finalOrderRecord } from '../orders/order-record'
import { readSettings } from '../settings/settings-store'
import { productChangedEvents, stockChangedEvent } from './catalog-payloads'
import { orderChangedEvent } from './order-payloads'
import { appendOutboxEvents, type NewOutboxEvent } from './outbox'
import { shiftChangedEvent } from './shift-payloads'

/** What one command changed, in the order it first said so. */
export type OutboxPlanItem =
  | { kind: 'products'; productIds: Set<number> }
  | { kind: 'stock'; variantIds: Set<number> }
  | { kind: 'order'; orderId: number; changes: Set<string> }
  | { kind: 'shift'; shiftId: number; changes: Set<string> }

/**
 * Folds a command's domain events into one outbox event per product, per order and per shift plus one for
 * stock, each placed where its first domain event was, so a receiver applying them in seq order
 * sees the changes in the order the command made them.
 */
export function planOutbox(emitted: readonly EmittedEvent[]): OutboxPlanItem[] {
  const plan: OutboxPlanItem[] = []
  let products: { kind: 'products'; productIds: Set<number> } | null = null
  let stock: { kind: 'stock'; variantIds: Set<number> } | null = null
  const orders = new Map<number, { kind: 'order'; orderId: number; changes: Set<string> }>()
  const shifts = new Map<number, { kind: 'shift'; shiftId: number; changes: Set<string> }>()
  for (const event of emitted) {
    if (event.name === 'catalog.changed') {
      if (!products) plan.push((products = { kind: 'products', productIds: new Set() }))
      for (const id of event.payload.productIds) products.productIds.add(id)
    } else if (event.name === 'stock.changed') {
      if (!stock) plan.push((stock = { kind: 'stock', variantIds: new Set() }))
      for (const id of event.payload.variantIds) stock.variantIds.add(id)
    } else if (event.name === 'order.changed') {
      const { orderId, change } = event.payload
      let order = orders.get(orderId)
      if (!order) {
        order = { kind: 'order', orderId, changes: new Set() }
        orders.set(orderId, order)
        plan.push(order)
      }
      order.changes.add(change)
    } else if (event.name === 'shift.changed') {
      const { shiftId, change } = event.payload
      let shift = shifts.get(shiftId)
      if (!shift) {
        shift = { kind: 'shift', shiftId, changes: new Set() }
        shifts.set(shiftId, shift)
        plan.push(shift)
      }
      shift.changes.add(change)
    }
  }
  return plan
}

/**
 * The sync outbox's command hook: runs inside every command's transaction and turns the domain
 * events it emitted into outbox rows, so domain code never needs to know that sync exists.
 */
export function createOutboxHook(): CommandHook {
  return async (scope, emitted) => {
    const plan = planOutbox(emitted)
    if (plan.length === 0) return
    let events: NewOutboxEvent[] = []
    for (const item of plan) {
      if (item.kind === 'order') events.push(await orderChangedEvent(scope.trx, item.orderId, [...item.changes], finalOrderRecord(scope, item.orderId)))
      else if (item.kind === 'shift') events.push(await shiftChangedEvent(scope.trx, item.shiftId, [...item.changes]))
      else if (item.kind === 'stock') events = events.concat(stockChangedEvent(scope.sql, [...item.variantIds]))
      else {
        const { currency } = await readSettings(scope.trx)
        events = events.concat(await productChangedEvents(scope.trx, [...item.productIds], currency))
      }
    }
    appendOutboxEvents(scope, events)
  }
}
