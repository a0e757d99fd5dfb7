import type { Db } from '../db/schema'
import { openShiftRow } from '../shifts/shift-figures'

/**
 * Why installing an update must wait now, in words for the shopkeeper, or null. An update quits
 * the app: never while a shift is open (its drawer is still to be counted) nor while a sale is
 * being rung up or paid (the active cart has lines).
 */
export async function installBlocker(db: Db): Promise<string | null> {
  if (await openShiftRow(db)) return 'A shift is open: close it (count the drawer, Z report) before installing the update.'
  const sale = await db
    .selectFrom('carts')
    .innerJoin('cart_lines', 'cart_lines.cart_id', 'carts.id')
    .select('carts.id')
    .where('carts.status', '=', 'active')
    .limit(1)
    .executeTakeFirst()
  if (sale) return 'A sale is in progress: finish or park it before installing the update.'
  return null
}
