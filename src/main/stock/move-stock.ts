import type { StockMovement, StockReason } from '../../shared/stock'
import { AppError, notFound } from '../core/app-error'
import type { CommandScope } from '../core/command'

export interface StockMove {
  variantId: number
  delta: number
  reason: StockReason
  note?: string
  orderId?: number | null
}

/**
 * The only way stock changes: the variant's count and its movement row are written together,
 * inside the caller's transaction, and stock can never go below zero.
 */
export async function moveStock(scope: CommandScope, move: StockMove): Promise<StockMovement> {
  const { trx, now, actor } = scope
  const updated = await trx
    .updateTable('variants')
    .set((eb) => ({ stock: eb('stock', '+', move.delta), updated_at: now }))
    .where('id', '=', move.variantId)
    .where((eb) => eb(eb('stock', '+', move.delta), '>=', 0))
    .returning('stock')
    .executeTakeFirst()
  if (!updated) throw await shortage(scope, move)
  const row = {
    variant_id: move.variantId,
    delta: move.delta,
    stock_after: updated.stock,
    reason: move.reason,
    note: move.note ?? '',
    order_id: move.orderId ?? null,
    actor_id: actor.id,
    created_at: now
  }
  const { id } = await trx.insertInto('stock_movements').values(row).returning('id').executeTakeFirstOrThrow()
  scope.emit('stock.changed', { variantIds: [move.variantId] })
  return {
    id,
    variantId: row.variant_id,
    delta: row.delta,
    stockAfter: row.stock_after,
    reason: move.reason,
    note: row.note,
    orderId: row.order_id,
    actorId: row.actor_id,
    createdAt: now
  }
}

async function shortage(scope: CommandScope, move: StockMove): Promise<AppError> {
  const variant = await scope.trx
    .selectFrom('variants')
    .innerJoin('products', 'products.id', 'variants.product_id')
    .select(['variants.stock', 'variants.label', 'products.name'])
    .where('variants.id', '=', move.variantId)
    .executeTakeFirst()
  if (!variant) return notFound('Product variant', move.variantId)
  const name = variant.label ? `${variant.name} (${variant.label})` : variant.name
  return new AppError('STOCK_INSUFFICIENT', `Not enough stock of ${name}: ${variant.stock} left.`, {
    details: { variantId: move.variantId, product: name, available: variant.stock, requested: -move.delta }
  })
}
