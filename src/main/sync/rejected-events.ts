import type { OrderSyncState, OrderSyncStateRow, RejectedSyncEvent } from '../../shared/sync'
import type { AppContext } from '../core/app-context'
import { runCommand, type Caller } from '../core/command'

export async function listRejected(app: AppContext, query: { afterSeq?: number | undefined; limit: number }): Promise<RejectedSyncEvent[]> {
  let select = app.db
    .selectFrom('outbox')
    .select(['event_id', 'seq', 'type', 'payload', 'order_id', 'created_at', 'last_error', 'attempts'])
    .where('state', '=', 'rejected')
    .where('dismissed_at', 'is', null)
    .orderBy('seq')
    .limit(query.limit)
  if (query.afterSeq !== undefined) select = select.where('seq', '>', query.afterSeq)
  const rows = await select.execute()
  return rows.map((row) => ({
    eventId: row.event_id,
    seq: row.seq,
    type: row.type,
    subject: describeSubject(row.type, row.payload, row.order_id),
    createdAt: row.created_at,
    reason: row.last_error ?? '',
    attempts: row.attempts
  }))
}

/** Puts rejected events back in the queue (they keep their seq) and returns how many there were. */
export async function requeueRejected(app: AppContext, caller: Caller, eventIds: readonly string[]): Promise<number> {
  return runCommand(app, caller, async ({ trx }) => {
    const result = await trx
      .updateTable('outbox')
      .set({ state: 'pending', last_error: null, dismissed_at: null })
      .where('event_id', 'in', eventIds)
      .where('state', '=', 'rejected')
      .executeTakeFirst()
    return Number(result.numUpdatedRows)
  })
}

/** Hides rejected events from the list; they stay in the outbox as a record and are never sent. */
export async function dismissRejected(app: AppContext, caller: Caller, eventIds: readonly string[]): Promise<number> {
  return runCommand(app, caller, async ({ trx, now }) => {
    const result = await trx
      .updateTable('outbox')
      .set({ dismissed_at: now })
      .where('event_id', 'in', eventIds)
      .where('state', '=', 'rejected')
      .where('dismissed_at', 'is', null)
      .executeTakeFirst()
    return Number(result.numUpdatedRows)
  })
}

export async function orderSyncStates(app: AppContext, orderIds: readonly number[]): Promise<OrderSyncStateRow[]> {
  const rows = await app.db.selectFrom('outbox').select(['order_id', 'state']).where('order_id', 'in', orderIds).groupBy(['order_id', 'state']).execute()
  const states = new Map<number, Set<string>>()
  for (const row of rows) {
    if (row.order_id === null) continue
    const seen = states.get(row.order_id) ?? new Set<string>()
    seen.add(row.state)
    states.set(row.order_id, seen)
  }
  return orderIds.map((orderId) => ({ orderId, state: orderState(states.get(orderId)) }))
}

function orderState(seen: Set<string> | undefined): OrderSyncState {
  if (!seen) return 'none'
  if (seen.has('rejected')) return 'rejected'
  if (seen.has('pending')) return 'pending'
  return 'sent'
}

function describeSubject(type: string, payloadJson: string, orderId: number | null): string {
  if (orderId !== null) return `Order ${orderId}`
  const payload = JSON.parse(payloadJson) as { productId?: unknown; product?: { name?: unknown } | null; variants?: unknown[] }
  if (type === 'product.changed') {
    return typeof payload.product?.name === 'string' ? `Product ${payload.product.name}` : `Product ${String(payload.productId)}`
  }
  if (type === 'stock.changed' && Array.isArray(payload.variants)) {
    return `Stock of ${payload.variants.length} variant${payload.variants.length === 1 ? '' : 's'}`
  }
  return type
}
