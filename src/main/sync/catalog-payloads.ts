import type { Trx } from '../db/schema'
import type { SqlRunner } from '../db/statement-cache'
import type { NewOutboxEvent } from './outbox'

/**
 * Wire payloads for catalog and stock changes (docs/schemas/v2/product.changed.json and
 * stock.changed.json). They carry the state after the change, so a receiver that applies events
 * in seq order ends up with the till's catalog; times are ISO 8601, money integer minor units.
 */

const iso = (epochMs: number): string => new Date(epochMs).toISOString()

/** A CSV import can name 100,000 products: query them in chunks below SQLite's bound-value limit. */
const ID_CHUNK = 500

export async function productChangedEvents(trx: Trx, productIds: readonly number[], currency: string): Promise<NewOutboxEvent[]> {
  let events: NewOutboxEvent[] = []
  for (let start = 0; start < productIds.length; start += ID_CHUNK) {
    events = events.concat(await productChunk(trx, productIds.slice(start, start + ID_CHUNK), currency))
  }
  return events
}

async function productChunk(trx: Trx, productIds: readonly number[], currency: string): Promise<NewOutboxEvent[]> {
  const products = await trx.selectFrom('products').selectAll().where('id', 'in', productIds).execute()
  const variants = await trx
    .selectFrom('variants')
    .selectAll()
    .where('product_id', 'in', productIds)
    .orderBy('product_id')
    .orderBy('position')
    .orderBy('id')
    .execute()
  const byId = new Map(products.map((row) => [row.id, row]))
  const variantsOf = new Map<number, typeof variants>()
  for (const variant of variants) {
    const list = variantsOf.get(variant.product_id)
    if (list) list.push(variant)
    else variantsOf.set(variant.product_id, [variant])
  }
  return productIds.map((productId) => {
    const row = byId.get(productId)
    const product = row && {
      id: row.id,
      name: row.name,
      category: row.category,
      taxRateBp: row.tax_rate_bp,
      options: JSON.parse(row.options) as unknown,
      archived: row.archived === 1,
      soldBy: row.sold_by,
      openPrice: row.open_price === 1,
      createdAt: iso(row.created_at),
      updatedAt: iso(row.updated_at),
      variants: (variantsOf.get(productId) ?? []).map((variant) => ({
        id: variant.id,
        sku: variant.sku,
        barcode: variant.barcode,
        attributes: JSON.parse(variant.attributes) as unknown,
        label: variant.label,
        price: variant.price,
        cost: variant.cost,
        stock: variant.stock,
        lowStockThreshold: variant.low_stock_threshold,
        archived: variant.archived === 1,
        position: variant.position
      }))
    }
    return { type: 'product.changed', payload: { productId, currency, product: product ?? null } }
  })
}

/** One event for every variant whose stock a command changed. */
/** Every sale asks this: fixed SQL text per count of variants, run by the command's synchronous runner. */
export function stockChangedEvent(sql: SqlRunner, variantIds: readonly number[]): NewOutboxEvent[] {
  const variants: Array<{ variantId: number; productId: number; sku: string; stock: number }> = []
  for (let start = 0; start < variantIds.length; start += ID_CHUNK) {
    const chunk = variantIds.slice(start, start + ID_CHUNK)
    const text = `SELECT id, product_id, sku, stock FROM variants WHERE id IN (${chunk.map(() => '?').join(', ')})`
    for (const row of sql.all<{ id: number; product_id: number; sku: string; stock: number }>(text, chunk)) {
      variants.push({ variantId: row.id, productId: row.product_id, sku: row.sku, stock: row.stock })
    }
  }
  if (variants.length === 0) return []
  variants.sort((a, b) => a.variantId - b.variantId)
  return [{ type: 'stock.changed', payload: { variants } }]
}
