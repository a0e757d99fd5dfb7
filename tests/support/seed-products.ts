import { OWNER } from '../../src/shared/actor'
import type { AppContext } from '../../src/main/core/app-context'
import { runCommand, systemCaller } from '../../src/main/core/command'
import { moveStock } from '../../src/main/stock/move-stock'

export interface SeedProduct {
  name: string
  price: number
  stock: number
  taxRateBp?: number
  sku?: string
  /** Variant label; a product with a label here is one variant of a product with options. */
  label?: string
  archived?: boolean
  /** What the variant costs the shop (minor units); none when left out. */
  cost?: number
  /** Sold by weight (stock in thousandths of the unit); by the piece when left out. */
  soldBy?: 'each' | 'kg' | 'g' | 'lb'
  /** The catalog category; 'Test' when left out. */
  category?: string
}

export interface SeededVariant {
  productId: number
  variantId: number
  name: string
  sku: string
}

/**
 * Writes products straight into the catalog tables (one variant each), with their initial stock as
 * an 'initial' movement, so sales tests depend on the schema only, not on the catalog commands.
 */
export async function seedProducts(app: AppContext, products: readonly SeedProduct[]): Promise<SeededVariant[]> {
  return runCommand(app, systemCaller(OWNER, 'test.seedProducts'), async (scope) => {
    const seeded: SeededVariant[] = []
    for (const [index, product] of products.entries()) {
      const sku = product.sku ?? `SKU-${product.name.replace(/\W+/g, '-').toUpperCase()}-${index}`
      const { id: productId } = await scope.trx
        .insertInto('products')
        .values({
          name: product.name,
          category: product.category ?? 'Test',
          tax_rate_bp: product.taxRateBp ?? 0,
          options: product.label ? '[{"name":"Size","values":["' + product.label + '"]}]' : '[]',
          archived: product.archived ? 1 : 0,
          sold_by: product.soldBy ?? 'each',
          created_at: scope.now,
          updated_at: scope.now
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      const { id: variantId } = await scope.trx
        .insertInto('variants')
        .values({
          product_id: productId,
          sku,
          barcode: null,
          attributes: product.label ? JSON.stringify({ Size: product.label }) : '{}',
          label: product.label ?? '',
          price: product.price,
          stock: 0,
          low_stock_threshold: 0,
          archived: 0,
          position: 0,
          cost: product.cost ?? null,
          created_at: scope.now,
          updated_at: scope.now
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      if (product.stock > 0) await moveStock(scope, { variantId, delta: product.stock, reason: 'initial' })
      seeded.push({ productId, variantId, name: product.name, sku })
    }
    return seeded
  })
}

export async function archiveProduct(app: AppContext, productId: number): Promise<void> {
  await app.db.updateTable('products').set({ archived: 1 }).where('id', '=', productId).execute()
}

export async function stockOf(app: AppContext, variantId: number): Promise<number> {
  const row = await app.db.selectFrom('variants').select('stock').where('id', '=', variantId).executeTakeFirstOrThrow()
  return row.stock
}
