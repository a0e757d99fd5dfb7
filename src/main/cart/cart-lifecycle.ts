import type { Cart, ParkedCartPage } from '../../shared/cart'
import { AppError } from '../core/app-error'
import type { CommandScope } from '../core/command'
import type { Db } from '../db/schema'
import { readSettings } from '../settings/settings-store'
import { readCart } from './cart-commands'
import { loadCartSnapshot, priceSnapshot } from './cart-snapshot'

async function activeCartId(scope: CommandScope): Promise<number | null> {
  const row = await scope.trx.selectFrom('carts').select('id').where('status', '=', 'active').executeTakeFirst()
  return row?.id ?? null
}

async function lineCount(scope: CommandScope, cartId: number): Promise<number> {
  const row = await scope.trx
    .selectFrom('cart_lines')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('cart_id', '=', cartId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The id of the till's active cart; an empty one is started when there is none. */
export async function ensureActiveCart(scope: CommandScope): Promise<number> {
  const existing = await activeCartId(scope)
  if (existing !== null) return existing
  const row = await scope.trx
    .insertInto('carts')
    .values({ status: 'active', label: '', note: '', order_discount_value: 0, created_at: scope.now, updated_at: scope.now })
    .returning('id')
    .executeTakeFirstOrThrow()
  scope.emit('cart.changed', { cartId: row.id })
  return row.id
}

export async function currentCart(scope: CommandScope): Promise<Cart> {
  return readCart(scope.trx, await ensureActiveCart(scope), scope.now)
}

export async function cartLineCount(scope: CommandScope, cartId: number): Promise<number> {
  return lineCount(scope, cartId)
}

export async function parkCart(scope: CommandScope, cartId: number, label: string): Promise<void> {
  if ((await lineCount(scope, cartId)) === 0) throw new AppError('CART_EMPTY', 'There is nothing in this cart to set aside.')
  await scope.trx.updateTable('carts').set({ status: 'parked', label, parked_at: scope.now }).where('id', '=', cartId).execute()
}

/** A parked cart becomes the active one. An empty active cart makes way; one with lines must be parked first. */
export async function resumeCart(scope: CommandScope, cartId: number): Promise<void> {
  const activeId = await activeCartId(scope)
  if (activeId === cartId) return
  const held = await scope.trx.selectFrom('carts').select('held_for').where('id', '=', cartId).executeTakeFirst()
  if (held?.held_for)
    throw new AppError('CONFLICT', 'This sale is set aside for the person who started it: it comes back when they unlock the till.', {
      details: { heldFor: held.held_for }
    })
  if (activeId !== null) {
    if ((await lineCount(scope, activeId)) > 0) {
      throw new AppError('CONFLICT', 'Park or discard the sale in progress before resuming another.', { details: { activeCartId: activeId } })
    }
    await scope.trx.deleteFrom('carts').where('id', '=', activeId).execute()
    scope.emit('cart.changed', { cartId: activeId })
  }
  await scope.trx.updateTable('carts').set({ status: 'active', parked_at: null }).where('id', '=', cartId).execute()
}

export async function discardCart(scope: CommandScope, cartId: number): Promise<{ cartId: number }> {
  await scope.trx.deleteFrom('carts').where('id', '=', cartId).execute()
  scope.emit('cart.changed', { cartId })
  return { cartId }
}

/** Parked carts, most recently created first, one keyset page at a time. */
export async function listParkedCarts(db: Db, now: number, input: { before?: number; limit: number }): Promise<ParkedCartPage> {
  // A cart held for one person (carts per person) is theirs alone, not on the shared list.
  let query = db.selectFrom('carts').select('id').where('status', '=', 'parked').where('held_for', 'is', null)
  if (input.before !== undefined) query = query.where('id', '<', input.before)
  const ids = await query
    .orderBy('id', 'desc')
    .limit(input.limit + 1)
    .execute()
  const settings = await readSettings(db)
  const carts = []
  for (const { id } of ids.slice(0, input.limit)) {
    const { cart } = priceSnapshot(await loadCartSnapshot(db, id), settings, now)
    carts.push({
      id: cart.id,
      label: cart.label,
      customerName: cart.customer?.name ?? null,
      itemCount: cart.totals.itemCount,
      total: cart.totals.total,
      overLimit: cart.overLimit,
      parkedAt: cart.parkedAt ?? cart.updatedAt
    })
  }
  return { carts, next: ids.length > input.limit ? (carts.at(-1)?.id ?? null) : null }
}
