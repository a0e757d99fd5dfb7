import type { ReorderResult } from '../../shared/orders'
import { AppError } from '../core/app-error'
import type { CommandScope } from '../core/command'
import { readCart, touchCart } from '../cart/cart-commands'
import { refuseOverLimit } from '../cart/cart-snapshot'
import { addCartLine } from '../cart/cart-lines'
import { addWeighedLine } from '../cart/cart-special-lines'
import { cartLineCount, ensureActiveCart } from '../cart/cart-lifecycle'
import { getOrderRow } from './order-rows'

/**
 * Fills the till's empty active cart with a past order's lines at today's prices, for the same
 * customer. Lines whose product or variant is archived, and open-price lines, are left out and
 * listed; a weighing is weighed again at the same weight.
 */
export async function reorder(scope: CommandScope, orderId: number): Promise<ReorderResult> {
  const order = await getOrderRow(scope.trx, orderId)
  const cartId = await ensureActiveCart(scope)
  if ((await cartLineCount(scope, cartId)) > 0) {
    throw new AppError('CONFLICT', 'Park or discard the sale in progress before reordering.', { details: { activeCartId: cartId } })
  }
  const lines = await scope.trx
    .selectFrom('order_lines')
    .leftJoin('variants', 'variants.id', 'order_lines.variant_id')
    .leftJoin('products', 'products.id', 'variants.product_id')
    .select([
      'order_lines.variant_id',
      'order_lines.name',
      'order_lines.sku',
      'order_lines.variant_label',
      'order_lines.quantity',
      'order_lines.price_source',
      'variants.archived as variant_archived',
      'products.archived as product_archived',
      'products.sold_by',
      'products.open_price'
    ])
    .where('order_lines.order_id', '=', orderId)
    .orderBy('order_lines.position')
    .execute()
  const skipped: ReorderResult['skipped'] = []
  for (const line of lines) {
    // A typed price (Misc) has no price today to sell it again at: listed with the archived ones.
    if (line.variant_archived !== 0 || line.product_archived !== 0 || line.price_source === 'open' || line.open_price === 1) {
      skipped.push({ name: line.name, sku: line.sku, variantLabel: line.variant_label })
      continue
    }
    if (line.sold_by !== null && line.sold_by !== 'each') await addWeighedLine(scope, cartId, line.variant_id, line.quantity)
    else await addCartLine(scope, cartId, line.variant_id, line.quantity)
  }
  if (order.customer_id !== null) {
    await scope.trx.updateTable('carts').set({ customer_id: order.customer_id }).where('id', '=', cartId).execute()
  }
  await touchCart(scope, cartId)
  const cart = await readCart(scope.trx, cartId, scope.now)
  // Today's prices may take the old order past what a till holds: refused, nothing added.
  refuseOverLimit(cart)
  return { cart, skipped }
}
