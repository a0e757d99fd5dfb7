import { MAX_LINE_QUANTITY } from '../../shared/cart'
import type { Discount } from '../../shared/pricing'
import { AppError, notFound, validationError } from '../core/app-error'
import type { CommandScope } from '../core/command'

export function productArchived(name: string, variantLabel: string): AppError {
  const product = variantLabel ? `${name} (${variantLabel})` : name
  return new AppError('PRODUCT_ARCHIVED', `${product} is archived and can no longer be sold.`, { details: { product } })
}

/** Adds units of a variant; a variant already in the cart gets its quantity raised instead. */
export async function addCartLine(scope: CommandScope, cartId: number, variantId: number, quantity: number): Promise<void> {
  const variant = await scope.trx
    .selectFrom('variants')
    .innerJoin('products', 'products.id', 'variants.product_id')
    .select(['variants.label', 'variants.archived as variant_archived', 'products.name', 'products.archived as product_archived'])
    .where('variants.id', '=', variantId)
    .executeTakeFirst()
  if (!variant) throw notFound('Product variant', variantId)
  if (variant.variant_archived === 1 || variant.product_archived === 1) throw productArchived(variant.name, variant.label)
  const existing = await scope.trx
    .selectFrom('cart_lines')
    .select(['id', 'quantity'])
    .where('cart_id', '=', cartId)
    .where('variant_id', '=', variantId)
    .executeTakeFirst()
  if (!existing) {
    await scope.trx
      .insertInto('cart_lines')
      .values({ cart_id: cartId, variant_id: variantId, quantity, discount_kind: null, discount_value: 0, created_at: scope.now })
      .execute()
    return
  }
  const total = existing.quantity + quantity
  if (total > MAX_LINE_QUANTITY) throw validationError(`A line holds at most ${MAX_LINE_QUANTITY} units.`, 'quantity')
  await scope.trx.updateTable('cart_lines').set({ quantity: total }).where('id', '=', existing.id).execute()
}

async function assertLineInCart(scope: CommandScope, cartId: number, lineId: number): Promise<void> {
  const line = await scope.trx.selectFrom('cart_lines').select('id').where('id', '=', lineId).where('cart_id', '=', cartId).executeTakeFirst()
  if (!line) throw notFound('Cart line', lineId)
}

export async function setCartLineQuantity(scope: CommandScope, cartId: number, lineId: number, quantity: number): Promise<void> {
  await assertLineInCart(scope, cartId, lineId)
  await scope.trx.updateTable('cart_lines').set({ quantity }).where('id', '=', lineId).execute()
}

export async function removeCartLine(scope: CommandScope, cartId: number, lineId: number): Promise<void> {
  await assertLineInCart(scope, cartId, lineId)
  await scope.trx.deleteFrom('cart_lines').where('id', '=', lineId).execute()
}

export async function setCartLineDiscount(scope: CommandScope, cartId: number, lineId: number, discount: Discount | null): Promise<void> {
  await assertLineInCart(scope, cartId, lineId)
  await scope.trx
    .updateTable('cart_lines')
    .set({ discount_kind: discount?.kind ?? null, discount_value: discount?.value ?? 0 })
    .where('id', '=', lineId)
    .execute()
}
