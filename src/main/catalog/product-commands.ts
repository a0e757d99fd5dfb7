import { variantLabel, type ParsedProductInput, type Product, type ProductUpdate, type VariantUpdate } from '../../shared/catalog'
import type { AppContext } from '../core/app-context'
import { AppError, notFound, validationError } from '../core/app-error'
import { runCommand, type CommandScope, type Caller } from '../core/command'
import { moveStock } from '../stock/move-stock'
import { editedBy, loadProduct } from './catalog-rows'
import { assertCodesFree, combinationKey, matchAttributes } from './catalog-rules'
import { reason } from '../../shared/reasons'

/**
 * Writes one product and its variants inside the caller's command. Initial stock is a stock
 * movement (reason 'initial', or 'import' from a CSV) so the history starts from zero. The caller
 * announces catalog.changed, once for all the products it wrote.
 */
export async function insertProduct(
  scope: CommandScope,
  input: ParsedProductInput,
  stockReason: 'initial' | 'import',
  /** The CSV importer checks every code of the file at once, inside the same transaction. */
  codesChecked = false
): Promise<number> {
  const { trx, now } = scope
  const variants = checkVariantShape(input)
  if (!codesChecked) await assertCodesFree(trx, variants)
  const { id: productId } = await trx
    .insertInto('products')
    .values({
      name: input.name,
      category: input.category,
      tax_rate_bp: input.taxRateBp,
      options: JSON.stringify(input.options),
      sold_by: input.soldBy,
      open_price: input.openPrice ? 1 : 0,
      archived: 0,
      created_at: now,
      updated_at: now,
      ...editedBy(scope)
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  for (const [position, variant] of variants.entries()) {
    const { id: variantId } = await trx
      .insertInto('variants')
      .values({
        product_id: productId,
        sku: variant.sku,
        barcode: variant.barcode,
        attributes: JSON.stringify(variant.attributes),
        label: variantLabel(input.options, variant.attributes),
        price: variant.price,
        cost: variant.cost,
        stock: 0,
        low_stock_threshold: variant.lowStockThreshold,
        archived: 0,
        position,
        created_at: now,
        updated_at: now
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    if (variant.stock > 0) await moveStock(scope, { variantId, delta: variant.stock, reason: stockReason })
  }
  return productId
}

/** A simple product has one variant with no options; otherwise each variant is one distinct combination. */
export function checkVariantShape(input: ParsedProductInput): ParsedProductInput['variants'] {
  if (input.options.length === 0 && input.variants.length !== 1) {
    throw validationError(reason('product.oneVariant', {}), 'variants')
  }
  const seen = new Set<string>()
  return input.variants.map((variant, index) => {
    const attributes = matchAttributes(input.options, variant.attributes, `variants.${index}.attributes`)
    const key = combinationKey(input.options, attributes)
    if (seen.has(key)) {
      throw validationError(reason('product.sameVariants', { label: variantLabel(input.options, attributes) }), `variants.${index}.attributes`)
    }
    seen.add(key)
    return { ...variant, attributes }
  })
}

export function createProduct(app: AppContext, caller: Caller, input: ParsedProductInput): Promise<Product> {
  return runCommand(app, caller, async (scope) => {
    const productId = await insertProduct(scope, input, 'initial')
    scope.emit('catalog.changed', { productIds: [productId] })
    return loadProduct(scope.trx, productId)
  })
}

export function updateProduct(app: AppContext, caller: Caller, update: ProductUpdate): Promise<Product> {
  return runCommand(app, caller, async (scope) => {
    const { id, ...fields } = update
    await loadProduct(scope.trx, id)
    const changes = {
      ...(fields.name !== undefined && { name: fields.name }),
      ...(fields.category !== undefined && { category: fields.category }),
      ...(fields.taxRateBp !== undefined && { tax_rate_bp: fields.taxRateBp })
    }
    await scope.trx
      .updateTable('products')
      .set({ ...changes, updated_at: scope.now, ...editedBy(scope) })
      .where('id', '=', id)
      .execute()
    scope.emit('catalog.changed', { productIds: [id] })
    return loadProduct(scope.trx, id)
  })
}

/** Archived products leave the till and the lists but stay in orders, stock history and reports. */
export function setProductArchived(app: AppContext, caller: Caller, id: number, archived: boolean): Promise<Product> {
  return runCommand(app, caller, async (scope) => {
    const product = await loadProduct(scope.trx, id)
    if (product.archived !== archived) {
      await scope.trx
        .updateTable('products')
        .set({ archived: archived ? 1 : 0, updated_at: scope.now, ...editedBy(scope) })
        .where('id', '=', id)
        .execute()
      scope.emit('catalog.changed', { productIds: [id] })
    }
    return loadProduct(scope.trx, id)
  })
}

export function updateVariant(app: AppContext, caller: Caller, update: VariantUpdate): Promise<Product> {
  return runCommand(app, caller, async (scope) => {
    const { trx, now } = scope
    const current = await trx.selectFrom('variants').selectAll().where('id', '=', update.id).executeTakeFirst()
    if (!current) throw notFound('Product variant', update.id)
    const sku = update.sku ?? current.sku
    const barcode = update.barcode === undefined ? current.barcode : update.barcode
    await assertCodesFree(trx, [{ sku, barcode }], [current.id])
    if (update.archived === true) await assertAnotherSellable(scope, current.product_id, current.id)
    await trx
      .updateTable('variants')
      .set({
        sku,
        barcode,
        ...(update.price !== undefined && { price: update.price }),
        ...(update.cost !== undefined && { cost: update.cost }),
        ...(update.lowStockThreshold !== undefined && { low_stock_threshold: update.lowStockThreshold }),
        ...(update.archived !== undefined && { archived: update.archived ? 1 : 0 }),
        updated_at: now
      })
      .where('id', '=', current.id)
      .execute()
    await trx
      .updateTable('products')
      .set({ updated_at: now, ...editedBy(scope) })
      .where('id', '=', current.product_id)
      .execute()
    scope.emit('catalog.changed', { productIds: [current.product_id] })
    return loadProduct(trx, current.product_id)
  })
}

/** A product keeps at least one sellable variant; to stop selling it all, archive the product. */
async function assertAnotherSellable(scope: CommandScope, productId: number, variantId: number): Promise<void> {
  const other = await scope.trx
    .selectFrom('variants')
    .select('id')
    .where('product_id', '=', productId)
    .where('archived', '=', 0)
    .where('id', '<>', variantId)
    .executeTakeFirst()
  if (!other) {
    throw new AppError('CONFLICT', 'This is the last variant on sale. Archive the product instead.', { details: { variantId } })
  }
}
