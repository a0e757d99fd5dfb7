import type { CommandScope } from '../core/command'
import type { Db } from '../db/schema'
import { readSettings } from '../settings/settings-store'

/**
 * Carts per person (settings.cartsPerPerson): a lock sets the cart in progress aside for the
 * person who was at the till, out of the parked list; that person's next unlock brings it back.
 * With the setting off the cart belongs to the till and waits through a lock and a switch.
 */

async function activeCart(scope: CommandScope): Promise<{ id: number; lines: number } | undefined> {
  return scope.trx
    .selectFrom('carts')
    .leftJoin('cart_lines', 'cart_lines.cart_id', 'carts.id')
    .select(['carts.id', (eb) => eb.fn.count<number>('cart_lines.id').as('lines')])
    .where('carts.status', '=', 'active')
    .groupBy('carts.id')
    .executeTakeFirst()
}

async function heldCartOf(scope: CommandScope, staffId: string): Promise<number | undefined> {
  return (await scope.trx.selectFrom('carts').select('id').where('held_for', '=', staffId).executeTakeFirst())?.id
}

/** Whether the till's cart has lines: a lock runs a command only when there is a sale to set aside. */
export async function saleInProgress(db: Db): Promise<boolean> {
  const line = await db
    .selectFrom('cart_lines')
    .innerJoin('carts', 'carts.id', 'cart_lines.cart_id')
    .select('cart_lines.id')
    .where('carts.status', '=', 'active')
    .executeTakeFirst()
  return line !== undefined
}

/** Whether a cart waits for this person: an unlock runs a command only when there is one to bring back. */
export async function holdsCart(db: Db, staffId: string): Promise<boolean> {
  return (await db.selectFrom('carts').select('id').where('held_for', '=', staffId).executeTakeFirst()) !== undefined
}

/**
 * At a lock: the cart in progress, if it has lines and the shop keeps carts per person, is held
 * for `staffId`. Someone already holding a cart (they unlocked onto a shared one) keeps the one
 * they hold, and the cart in progress stays the till's.
 */
export async function holdCartFor(scope: CommandScope, staffId: string): Promise<void> {
  if (!(await readSettings(scope.trx)).cartsPerPerson) return
  const active = await activeCart(scope)
  if (!active || Number(active.lines) === 0 || (await heldCartOf(scope, staffId)) !== undefined) return
  await scope.trx.updateTable('carts').set({ status: 'parked', held_for: staffId, parked_at: scope.now }).where('id', '=', active.id).execute()
  scope.emit('cart.changed', { cartId: active.id })
}

/**
 * At an unlock: the cart held for `staffId` becomes the till's cart again, in place of an empty
 * one. Whatever the setting is now, so that turning it off strands no one's sale. A cart in
 * progress with lines is not pushed aside: the held one waits for the next unlock.
 */
export async function bringBackHeldCart(scope: CommandScope, staffId: string): Promise<void> {
  const held = await heldCartOf(scope, staffId)
  if (held === undefined) return
  const active = await activeCart(scope)
  if (active && Number(active.lines) > 0) return
  if (active) {
    await scope.trx.deleteFrom('carts').where('id', '=', active.id).execute()
    scope.emit('cart.changed', { cartId: active.id })
  }
  await scope.trx.updateTable('carts').set({ status: 'active', held_for: null, parked_at: null }).where('id', '=', held).execute()
  scope.emit('cart.changed', { cartId: held })
}

/** A person who leaves (deactivated) no longer holds a cart: it joins the parked carts under their name. */
export async function releaseHeldCart(scope: CommandScope, staff: { id: string; name: string }): Promise<void> {
  const held = await heldCartOf(scope, staff.id)
  if (held === undefined) return
  await scope.trx
    .updateTable('carts')
    .set((eb) => ({ held_for: null, label: eb.case().when('label', '=', '').then(staff.name).else(eb.ref('label')).end() }))
    .where('id', '=', held)
    .execute()
  scope.emit('cart.changed', { cartId: held })
}
