import { sql } from 'kysely'
import type { LowStockPage } from '../../shared/stats'
import type { Db } from '../db/schema'

export interface LowStockInput {
  after?: { productId: number; variantId: number }
  limit: number
}

/**
 * Variants on sale at or under their threshold, by product then variant, one keyset page at a
 * time. The walk goes down the partial index variants_low_stock (migration 0006), which holds only
 * the low variants, already in (product_id, id) order: no scan of the catalog, no sort.
 */
export function lowStockQuery(db: Db, input: LowStockInput) {
  return db
    .selectFrom('variants')
    .innerJoin('products', 'products.id', 'variants.product_id')
    .select([
      'variants.product_id',
      'variants.id',
      'products.name',
      'variants.label',
      'variants.sku',
      'variants.stock',
      'variants.low_stock_threshold',
      'products.sold_by'
    ])
    .where('variants.archived', '=', 0)
    .where('variants.low_stock_threshold', '>', 0)
    .where(sql<boolean>`variants.stock <= variants.low_stock_threshold`)
    .where(sql<boolean>`+products.archived = 0`)
    .$if(input.after !== undefined, (query) =>
      query.where(sql<boolean>`(variants.product_id, variants.id) > (${input.after?.productId ?? 0}, ${input.after?.variantId ?? 0})`)
    )
    .orderBy('variants.product_id')
    .orderBy('variants.id')
    .limit(input.limit + 1)
}

export async function listLowStock(db: Db, input: LowStockInput): Promise<LowStockPage> {
  const rows = await lowStockQuery(db, input).execute()
  const page = rows.slice(0, input.limit)
  const last = page.at(-1)
  return {
    items: page.map((row) => ({
      productId: row.product_id,
      variantId: row.id,
      name: row.name,
      label: row.label,
      sku: row.sku,
      stock: row.stock,
      threshold: row.low_stock_threshold,
      soldBy: row.sold_by
    })),
    next: rows.length > input.limit && last ? { productId: last.product_id, variantId: last.id } : null
  }
}
