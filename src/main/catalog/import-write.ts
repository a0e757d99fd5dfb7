import { variantLabel, type ParsedProductInput } from '../../shared/catalog'
import type { CommandScope } from '../core/command'
import { insertRows } from '../db/insert-rows'
import { editedBy } from './catalog-rows'
import { checkVariantShape } from './product-commands'

// Fixed text rather than insertRows: variants has a generated column (barcode_key) no row names.
const VARIANT_INSERT = `INSERT INTO variants (product_id, sku, barcode, attributes, label, price, cost, stock, low_stock_threshold, archived, position, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`

/**
 * Writes one new product of a checked import file: the same rows insertProduct writes (its
 * variants, and the stock on hand as an 'import' stock movement from zero), through the command's
 * prepared statements, since an import writes tens of thousands of them. The caller has checked
 * every code of the file against the catalog and announces catalog.changed once.
 */
export function insertImportedProduct(scope: CommandScope, input: ParsedProductInput): number {
  const { now } = scope
  const variants = checkVariantShape(input)
  const [product] = insertRows(scope.sql, 'products', [
    {
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
    }
  ])
  const productId = Number(product!.id)
  const stocked: number[] = []
  for (const [position, variant] of variants.entries()) {
    const variantId = scope.sql.run(VARIANT_INSERT, [
      productId,
      variant.sku,
      variant.barcode,
      JSON.stringify(variant.attributes),
      variantLabel(input.options, variant.attributes),
      variant.price,
      variant.cost,
      variant.stock,
      variant.lowStockThreshold,
      position,
      now,
      now
    ]).lastInsertRowid
    if (variant.stock <= 0) continue
    stocked.push(variantId)
    insertRows(scope.sql, 'stock_movements', [
      {
        variant_id: variantId,
        delta: variant.stock,
        stock_after: variant.stock,
        reason: 'import',
        note: '',
        order_id: null,
        actor_id: scope.actor.id,
        approver_id: scope.approver?.id ?? null,
        allowed_by: null, // stock received by an import: nobody had to allow it (migration 18)
        created_at: now
      }
    ])
  }
  if (stocked.length > 0) scope.emit('stock.changed', { variantIds: stocked })
  return productId
}
