import type { Selectable } from 'kysely'
import type { StockMovement, StockReason } from '../../shared/stock'
import { AppError, notFound } from '../core/app-error'
import type { CommandScope } from '../core/command'
import { insertRows, type NewRow } from '../db/insert-rows'
import type { StockMovementsTable } from '../db/tables/catalog.table'

export interface StockMove {
  variantId: number
  delta: number
  reason: StockReason
  note?: string
  orderId?: number | null
}

/** Sell anyway: the staff id whose permission lets these moves take stock below zero. */
export interface BelowZero {
  allowedBy: string
}

/**
 * The only way stock changes: the variant's count and its movement row are written together,
 * inside the caller's transaction, and no move takes stock below zero unless `belowZero` says who
 * allowed it (then the movements that leave it negative carry that name). A move that adds stock
 * always goes in, also into stock that was sold below zero.
 */
export async function moveStock(scope: CommandScope, move: StockMove, belowZero?: BelowZero): Promise<StockMovement> {
  let update = scope.trx
    .updateTable('variants')
    .set((eb) => ({ stock: eb('stock', '+', move.delta), updated_at: scope.now }))
    .where('id', '=', move.variantId)
  // Only a move that takes stock away is guarded: a return into negative stock always goes in.
  if (!belowZero && move.delta < 0) update = update.where((eb) => eb(eb('stock', '+', move.delta), '>=', 0))
  const updated = await update.returning('stock').executeTakeFirst()
  if (!updated) throw await shortage(scope, move)
  const [movement] = insertRows(scope.sql, 'stock_movements', [movementRow(scope, move, updated.stock, belowZero)])
  scope.emit('stock.changed', { variantIds: [move.variantId] })
  return stockMovementOf(movement!)
}

function movementRow({ now, actor, approver }: CommandScope, move: StockMove, stockAfter: number, belowZero?: BelowZero): NewRow<'stock_movements'> {
  return {
    variant_id: move.variantId,
    delta: move.delta,
    stock_after: stockAfter,
    reason: move.reason,
    note: move.note ?? '',
    order_id: move.orderId ?? null,
    actor_id: actor.id,
    approver_id: approver?.id ?? null,
    allowed_by: move.delta < 0 && stockAfter < 0 ? (belowZero?.allowedBy ?? null) : null,
    created_at: now
  }
}

export function stockMovementOf(row: Selectable<StockMovementsTable>): StockMovement {
  return {
    id: row.id,
    variantId: row.variant_id,
    delta: row.delta,
    stockAfter: row.stock_after,
    reason: row.reason,
    note: row.note,
    orderId: row.order_id,
    actorId: row.actor_id,
    approverId: row.approver_id,
    allowedBy: row.allowed_by,
    createdAt: row.created_at
  }
}

/**
 * Several variants moved at once (a sale's lines): one guarded UPDATE for all the counts, then the
 * movement rows, with moveStock's guarantees: no count below zero, a movement row per move carrying
 * the stock after it, one stock.changed naming them all, and STOCK_INSUFFICIENT naming
 * the first product short. A refusal throws before any movement is written; the counts already
 * raised in the same statement are undone with the command, as every refusal rolls it back.
 * A variant named twice is moved one move at a time, so each movement's stock after stays exact.
 */
export async function moveStockMany(scope: CommandScope, moves: readonly StockMove[], belowZero?: BelowZero): Promise<StockMovement[]> {
  const variantIds = new Set(moves.map((move) => move.variantId))
  if (moves.length < 2 || variantIds.size < moves.length) {
    const movements: StockMovement[] = []
    for (const move of moves) movements.push(await moveStock(scope, move, belowZero))
    return movements
  }
  const updated = scope.sql.all<{ id: number; stock: number }>(guardedUpdateText(moves.length, belowZero !== undefined), [
    scope.now,
    ...moves.flatMap((move) => [move.variantId, move.delta])
  ])
  const stockAfter = new Map(updated.map((row) => [row.id, row.stock]))
  const short = moves.find((move) => !stockAfter.has(move.variantId))
  if (short) throw await shortage(scope, short)
  const inserted = insertRows(
    scope.sql,
    'stock_movements',
    moves.map((move) => movementRow(scope, move, stockAfter.get(move.variantId)!, belowZero))
  )
  scope.emit('stock.changed', { variantIds: [...variantIds] })
  return inserted.map(stockMovementOf)
}

/**
 * The guarded UPDATE of a sale's few variants, as SQL text kept per number of moves (and whether
 * the stock may go below zero: then unguarded).
 */
const updateTexts = new Map<string, string>()

function guardedUpdateText(moves: number, belowZero: boolean): string {
  const key = `${moves}:${belowZero}`
  let text = updateTexts.get(key)
  if (text === undefined) {
    text = `UPDATE variants SET stock = variants.stock + m.column2, updated_at = ?
    FROM (VALUES ${Array.from({ length: moves }, () => '(?, ?)').join(', ')}) AS m
    WHERE variants.id = m.column1${belowZero ? '' : ' AND (m.column2 > 0 OR variants.stock + m.column2 >= 0)'}
    RETURNING variants.id, variants.stock`
    if (moves <= 16) updateTexts.set(key, text)
  }
  return text
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
