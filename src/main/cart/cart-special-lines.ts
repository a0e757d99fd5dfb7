import type { z } from 'zod'
import type { addOpenLineSchema } from '../../shared/cart'
import type { SellableVariant } from '../../shared/catalog'
import { translatorFor } from '../../shared/i18n/translator'
import { money } from '../../shared/money'
import { readScaleLabel } from '../../shared/scale-barcode'
import type { ShopSettings } from '../../shared/settings'
import { weightForAmount } from '../../shared/sold-by'
import { AppError, validationError } from '../core/app-error'
import type { CommandScope } from '../core/command'
import { findByCode } from '../catalog/catalog-search'
import { insertProduct } from '../catalog/product-commands'
import { sellableVariant } from './cart-lines'
import { reason } from '../../shared/reasons'

/**
 * Lines that are each a line of their own (migration 23): a price typed at the till (open price),
 * a weight typed for a product sold by weight, and an EAN-13 scale label.
 */

export type OpenLineInput = z.output<typeof addOpenLineSchema>

/**
 * The variant open-price lines are sold as: the shop's first open-price product on sale, else a
 * "Misc" product made now (in the receipt language, with the first free MISC SKU), so the Misc key
 * works on a till nobody set up for it. Its lines move no stock.
 */
async function openPriceVariant(scope: CommandScope, settings: ShopSettings, taxRateBp: number): Promise<number> {
  const existing = await scope.trx
    .selectFrom('products')
    .innerJoin('variants', 'variants.product_id', 'products.id')
    .select('variants.id')
    .where('products.open_price', '=', 1)
    .where('products.archived', '=', 0)
    .where('variants.archived', '=', 0)
    .orderBy('products.id')
    .orderBy('variants.position')
    .executeTakeFirst()
  if (existing) return existing.id
  const taken = new Set((await scope.trx.selectFrom('variants').select('sku').where('sku', 'like', 'MISC%').execute()).map((row) => row.sku.toUpperCase()))
  let sku = 'MISC'
  for (let n = 2; taken.has(sku); n++) sku = `MISC-${n}`
  const productId = await insertProduct(
    scope,
    {
      name: translatorFor(settings.receiptLanguage)('counter.miscProduct'),
      category: '',
      taxRateBp,
      soldBy: 'each',
      openPrice: true,
      options: [],
      variants: [{ sku, barcode: null, price: money(0), stock: 0, lowStockThreshold: 0, attributes: {}, cost: null }]
    },
    'initial'
  )
  scope.emit('catalog.changed', { productIds: [productId] })
  const variant = await scope.trx.selectFrom('variants').select('id').where('product_id', '=', productId).executeTakeFirstOrThrow()
  return variant.id
}

/** A product picked to be sold at a typed price must be one whose price is typed. */
async function pickedOpenPriceVariant(scope: CommandScope, variantId: number): Promise<number> {
  const variant = await sellableVariant(scope, variantId)
  if (variant.open_price !== 1) throw validationError(reason('cart.hasOwnPrice', { name: variant.name }), 'variantId')
  return variantId
}

export async function addOpenLine(scope: CommandScope, settings: ShopSettings, cartId: number, input: OpenLineInput): Promise<void> {
  const variantId =
    input.variantId === undefined ? await openPriceVariant(scope, settings, input.taxRateBp) : await pickedOpenPriceVariant(scope, input.variantId)
  await scope.trx
    .insertInto('cart_lines')
    .values({
      cart_id: cartId,
      variant_id: variantId,
      kind: 'open',
      quantity: input.quantity,
      unit_price: input.unitPrice,
      tax_rate_bp: input.taxRateBp,
      name: input.name,
      code: input.code,
      discount_kind: null,
      discount_value: 0,
      created_at: scope.now
    })
    .execute()
}

/** A weighing of a product sold by weight: its own line, quantity in thousandths of the unit. */
export async function addWeighedLine(scope: CommandScope, cartId: number, variantId: number, quantity: number): Promise<void> {
  const variant = await sellableVariant(scope, variantId)
  if (variant.sold_by === 'each') throw validationError(reason('cart.soldByPiece', { name: variant.name }), 'quantity')
  await scope.trx
    .insertInto('cart_lines')
    .values({ cart_id: cartId, variant_id: variantId, kind: 'weighed', quantity, discount_kind: null, discount_value: 0, created_at: scope.now })
    .execute()
}

/** The PLU as printed, else without the zeros a scale pads it with (00777 finds 777). */
async function findPlu(scope: CommandScope, code: string, itemCode: string): Promise<SellableVariant> {
  const unpadded = itemCode.replace(/^0+(?=\d)/, '')
  for (const candidate of unpadded === itemCode ? [itemCode] : [itemCode, unpadded]) {
    try {
      return await findByCode(scope.trx, candidate)
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error
    }
  }
  throw labelRefused(code, `No product has the scale item code ${itemCode}.`)
}

function labelRefused(code: string, message: string): AppError {
  return new AppError('SCALE_LABEL_INVALID', message, { details: { code } })
}

/**
 * A scale label read with the shop's layout; its item code is the product's barcode (its PLU). A price label: the amount printed is the line's gross,
 * and a weighed product's weight is worked back from it (for the stock); a counted product is one
 * unit at that amount (pre-packed goods priced by label). A weight label: the weight at today's
 * price per unit, for a product sold by weight only.
 */
export async function addScaleLabel(scope: CommandScope, settings: ShopSettings, cartId: number, code: string): Promise<void> {
  const read = readScaleLabel(code, { prefixes: settings.scalePrefixes, itemDigits: settings.scaleItemDigits, value: settings.scaleValue })
  if (read === null) throw labelRefused(code, `${code} is not one of this shop's scale label prefixes (Settings → Counter).`)
  if ('problem' in read) throw labelRefused(code, `Scale label ${code} has a wrong check digit: scan it again.`)
  const { label } = read
  const found = await findPlu(scope, code, label.itemCode)
  if (found.openPrice) throw labelRefused(code, `${found.productName} has no fixed price: a scale label cannot sell it.`)
  if (label.value === 'weight' && found.soldBy === 'each') throw labelRefused(code, `${found.productName} is sold by the piece: a weight label cannot sell it.`)
  if (label.value === 'weight' && label.amount === 0) throw labelRefused(code, `Scale label ${code} weighs nothing.`)
  const weighed = found.soldBy !== 'each'
  const quantity = label.value === 'weight' ? label.amount : weighed ? weightForAmount(label.amount, found.price) : 1
  await scope.trx
    .insertInto('cart_lines')
    .values({
      cart_id: cartId,
      variant_id: found.variantId,
      kind: 'label',
      quantity,
      amount: label.value === 'price' ? label.amount : null,
      code,
      discount_kind: null,
      discount_value: 0,
      created_at: scope.now
    })
    .execute()
}
