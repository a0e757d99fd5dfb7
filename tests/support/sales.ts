import type { InputOf, OutputOf } from '../../src/shared/contract'
import { snapshotDatabase, type TestTill } from './test-till'

type Payments = NonNullable<InputOf<'cart.checkout'>['payments']>

/** A fresh active cart holding these lines (the current one, emptied first if needed). */
export async function cartWith(till: TestTill, lines: ReadonlyArray<{ variantId: number; quantity?: number }>): Promise<OutputOf<'cart.current'>> {
  let cart = await till.ok('cart.current')
  for (const line of cart.lines) cart = await till.ok('cart.removeLine', { cartId: cart.id, lineId: line.id })
  for (const line of lines) cart = await till.ok('cart.addLine', { cartId: cart.id, variantId: line.variantId, quantity: line.quantity ?? 1 })
  return cart
}

/** Rings up a counter sale paid in cash for exactly its total. */
export async function sellAtCounter(
  till: TestTill,
  lines: ReadonlyArray<{ variantId: number; quantity?: number }>,
  payments?: (total: number) => Payments
): Promise<OutputOf<'cart.checkout'>> {
  const cart = await cartWith(till, lines)
  const total = cart.totals.total
  return till.ok('cart.checkout', {
    cartId: cart.id,
    kind: 'counter',
    payments: payments ? payments(total) : total > 0 ? [{ method: 'cash', amount: total }] : []
  })
}

/** Takes a pickup order, unpaid unless payments are given. */
export async function takePickup(
  till: TestTill,
  lines: ReadonlyArray<{ variantId: number; quantity?: number }>,
  payments: Payments = []
): Promise<OutputOf<'cart.checkout'>> {
  const cart = await cartWith(till, lines)
  return till.ok('cart.checkout', { cartId: cart.id, kind: 'pickup', payments })
}

/**
 * snapshotDatabase plus what a refused sale could change in place without adding rows: the order
 * counter, coupon uses, order statuses and money, cart contents. Equal snapshots: nothing was written.
 */
export async function snapshotSales(till: TestTill): Promise<Record<string, unknown>> {
  const db = till.context.db
  return {
    ...(await snapshotDatabase(till)),
    orderCounter: await db.selectFrom('order_counter').selectAll().execute(),
    coupons: await db.selectFrom('coupons').select(['id', 'times_used', 'updated_at']).orderBy('id').execute(),
    orders: await db.selectFrom('orders').select(['id', 'status', 'payment_state', 'paid_total', 'refunded_total', 'updated_at']).orderBy('id').execute(),
    orderLines: await db.selectFrom('order_lines').select(['id', 'quantity_returned']).orderBy('id').execute(),
    carts: await db.selectFrom('carts').selectAll().orderBy('id').execute(),
    cartLines: await db.selectFrom('cart_lines').selectAll().orderBy('id').execute()
  }
}
