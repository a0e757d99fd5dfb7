import type { Cart } from '../../shared/cart'
import type { AppContext } from '../core/app-context'
import { runCommand, type CommandScope, type Caller } from '../core/command'
import type { Db, Trx } from '../db/schema'
import { readSettings } from '../settings/settings-store'
import { getCartRow, loadCartSnapshot, priceSnapshot, type CartRow, type PricedCart } from './cart-snapshot'

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
 * One change to one cart as one command: a missing cart is refused, the cart is stamped and
 * announced, and the answer is the cart as it now stands, totals included.
 */
export function changeCart(
  app: AppContext,
  caller: Caller,
  cartId: number,
  work: (scope: CommandScope, cart: CartRow) => Promise<void>,
  /** Runs on the changed cart before the command commits: a throw undoes the change. */
  check?: (cart: Cart) => void
): Promise<Cart> {
  return runCommand(app, caller, async (scope) => {
    const row = await getCartRow(scope.trx, cartId)
    await work(scope, row)
    await touchCart(scope, cartId)
    const cart = await readCart(scope.trx, cartId, scope.now)
    check?.(cart)
    return cart
  })
}
