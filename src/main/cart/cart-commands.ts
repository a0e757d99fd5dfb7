import type { Cart } from '../../shared/cart'
import type { AppContext } from '../core/app-context'
import { runCommand, type CommandScope, type Caller } from '../core/command'
import type { Db, Trx } from '../db/schema'
import { readSettings } from '../settings/settings-store'
import { getCartRow, loadCartSnapshot, priceSnapshot, refuseOverLimit, type CartRow, type PricedCart } from './cart-snapshot'

export async function priceCartById(db: Db | Trx, cartId: number, now: number): Promise<PricedCart> {
  const settings = await readSettings(db)
  return priceSnapshot(await loadCartSnapshot(db, cartId), settings, now)
}

export async function readCart(db: Db | Trx, cartId: number, now: number): Promise<Cart> {
  return (await priceCartById(db, cartId, now)).cart
}

export async function touchCart(scope: CommandScope, cartId: number): Promise<void> {
  await scope.trx.updateTable('carts').set({ updated_at: scope.now }).where('id', '=', cartId).execute()
  scope.emit('cart.changed', { cartId })
}

/**
 * What a cart change answers when it raises no amount (a line taken off or lowered, a note, the
 * customer, parking): such a change is kept even when the cart stays over what a till holds, so a
 * cart pushed over the limit by a later price change can still be mended.
 */
export const AMOUNTS_NOT_RAISED = 'amounts-not-raised'

/**
 * One change to one cart as one command: a missing cart is refused, the cart is stamped and
 * announced, and the answer is the cart as it now stands, totals included. A change that leaves the
 * cart over the amount limit is refused (AMOUNT_TOO_LARGE) unless it answers AMOUNTS_NOT_RAISED.
 */
export function changeCart(
  app: AppContext,
  caller: Caller,
  cartId: number,
  work: (scope: CommandScope, cart: CartRow) => Promise<void | typeof AMOUNTS_NOT_RAISED>,
  /** Runs on the changed cart before the command commits: a throw undoes the change. */
  check?: (cart: Cart) => void
): Promise<Cart> {
  return runCommand(app, caller, async (scope) => changeCartIn(scope, await getCartRow(scope.trx, cartId), work, check))
}

/** changeCart's work inside a command that has already read the cart's row. */
export async function changeCartIn(
  scope: CommandScope,
  row: CartRow,
  work: (scope: CommandScope, cart: CartRow) => Promise<void | typeof AMOUNTS_NOT_RAISED>,
  check?: (cart: Cart) => void
): Promise<Cart> {
  const raised = (await work(scope, row)) !== AMOUNTS_NOT_RAISED
  await touchCart(scope, row.id)
  const cart = await readCart(scope.trx, row.id, scope.now)
  if (raised) refuseOverLimit(cart)
  check?.(cart)
  return cart
}

/** changeCart for a change that raises no amount (see AMOUNTS_NOT_RAISED). */
export function changeCartDetails(app: AppContext, caller: Caller, cartId: number, work: (scope: CommandScope, cart: CartRow) => Promise<void>): Promise<Cart> {
  return changeCart(app, caller, cartId, async (scope, row) => {
    await work(scope, row)
    return AMOUNTS_NOT_RAISED
  })
}
