import { MAX_LINE_QUANTITY, type CartLineKind } from '../../shared/cart'
import type { Discount } from '../../shared/pricing'
import { AppError, notFound, validationError } from '../core/app-error'
import type { CommandScope } from '../core/command'
import { AMOUNTS_NOT_RAISED } from './cart-commands'
import { reason } from '../../shared/reasons'

export function productArchived(name: string, variantLabel: string): AppError {
  const product = variantLabel ? `${name} (${variantLabel})` : name
  return new AppError('PRODUCT_ARCHIVED', `${product} is archived and can no longer be sold.`, { details: { product } })
}

/** The variant with what decides how it is sold; archived ones are refused. */
export async function sellableVariant(scope: CommandScope, variantId: number) {
  const variant = await scope.trx
    .selectFrom('variants')
    .innerJoin('products', 'products.id', 'variants.product_id')
    .select([
      'variants.label',
      'variants.price',
      'variants.archived as variant_archived',
      'products.name',
      'products.archived as product_archived',
      'products.sold_by',
      'products.open_price'
    ])
    .where('variants.id', '=', variantId)
    .executeTakeFirst()
  if (!variant) throw notFound('Product variant', variantId)
  if (variant.variant_archived === 1 || variant.product_archived === 1) throw productArchived(variant.name, variant.label)
  return variant
}

/** Adds units of a variant; a variant already in the cart gets its quantity raised instead. */
export async function addCartLine(scope: CommandScope, cartId: number, variantId: number, quantity: number): Promise<void> {
  const variant = await sellableVariant(scope, variantId)
  if (variant.sold_by !== 'each') {
    throw new AppError('WEIGHT_REQUIRED', `${variant.name} is sold by the ${variant.sold_by}: type or scan its weight.`, {
      details: { variantId, soldBy: variant.sold_by }
    })
  }
  if (variant.open_price === 1) throw new AppError('PRICE_REQUIRED', `${variant.name} has no fixed price: type the price.`, { details: { variantId } })
  const existing = await scope.trx
    .selectFrom('cart_lines')
    .select(['id', 'quantity'])
    .where('cart_id', '=', cartId)
    .where('variant_id', '=', variantId)
    .where('kind', '=', 'item')
    .executeTakeFirst()
  if (!existing) {
    await scope.trx
      .insertInto('cart_lines')
      .values({ cart_id: cartId, variant_id: variantId, quantity, discount_kind: null, discount_value: 0, created_at: scope.now })
      .execute()
    return
  }
  const total = existing.quantity + quantity
  if (total > MAX_LINE_QUANTITY) throw validationError(reason('cart.lineQuantity', { max: MAX_LINE_QUANTITY }), 'quantity')
  await scope.trx.updateTable('cart_lines').set({ quantity: total }).where('id', '=', existing.id).execute()
}

export async function assertLineInCart(scope: CommandScope, cartId: number, lineId: number): Promise<{ kind: CartLineKind; quantity: number }> {
  const line = await scope.trx.selectFrom('cart_lines').select(['kind', 'quantity']).where('id', '=', lineId).where('cart_id', '=', cartId).executeTakeFirst()
  if (!line) throw notFound('Cart line', lineId)
  return line
}

/**
 * Whole units, or a weight in thousandths on a weighed line; a scale label's weight is the label's.
 * Lowering a line raises no amount (it may leave a cart over the amount limit, on its way back under).
 */
export async function setCartLineQuantity(scope: CommandScope, cartId: number, lineId: number, quantity: number): Promise<void | typeof AMOUNTS_NOT_RAISED> {
  const { kind, quantity: before } = await assertLineInCart(scope, cartId, lineId)
  if (kind === 'label') throw validationError(reason('cart.labelQuantity', {}), 'quantity')
  if (kind !== 'weighed' && quantity > MAX_LINE_QUANTITY) throw validationError(reason('cart.lineQuantity', { max: MAX_LINE_QUANTITY }), 'quantity')
  await scope.trx.updateTable('cart_lines').set({ quantity }).where('id', '=', lineId).execute()
  if (quantity <= before) return AMOUNTS_NOT_RAISED
}

export async function removeCartLine(scope: CommandScope, cartId: number, lineId: number): Promise<typeof AMOUNTS_NOT_RAISED> {
  await assertLineInCart(scope, cartId, lineId)
  await scope.trx.deleteFrom('cart_lines').where('id', '=', lineId).execute()
  return AMOUNTS_NOT_RAISED
}

export async function setCartLineDiscount(scope: CommandScope, cartId: number, lineId: number, discount: Discount | null): Promise<void> {
  await assertLineInCart(scope, cartId, lineId)
  await scope.trx
    .updateTable('cart_lines')
    .set({ discount_kind: discount?.kind ?? null, discount_value: discount?.value ?? 0 })
    .where('id', '=', lineId)
    .execute()
}
