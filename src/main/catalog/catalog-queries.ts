import { sql } from 'kysely'
import type { z } from 'zod'
import type { CategorySummary, ProductPage, productListQuerySchema } from '../../shared/catalog'
import type { Db, Trx } from '../db/schema'
import { withVariants } from './catalog-rows'

type ParsedListQuery = z.output<typeof productListQuerySchema>

/**
 * One page of products by name (ignoring case), then id. Every filter has an index ending in that
 * order (migration 0006), so a page is an index range whatever the catalog's size.
 */
export async function listProducts(db: Db, query: ParsedListQuery): Promise<ProductPage> {
  const rows = await productListQuery(db, query).execute()
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  return {
    items: await withVariants(db, page),
    next: rows.length > query.limit && last ? { name: last.name, id: last.id } : null
  }
}

/** One more row than the page, to know whether another page follows. */
export function productListQuery(db: Db, query: ParsedListQuery) {
  let select = db
    .selectFrom('products')
    .selectAll()
    // Low stock: the few low variants (a partial index) lead, so the archived index must not.
    .where(query.lowStock ? sql<boolean>`+archived = ${query.archived ? 1 : 0}` : sql<boolean>`archived = ${query.archived ? 1 : 0}`)
    .orderBy(sql`name COLLATE NOCASE`)
    .orderBy('id')
    .limit(query.limit + 1)
  if (query.category !== undefined) select = select.where('category', '=', query.category)
  if (query.after) select = select.where(sql<boolean>`(name COLLATE NOCASE, id) > (${query.after.name}, ${query.after.id})`)
  if (query.lowStock) {
    select = select.where('id', 'in', (eb) =>
      eb
        .selectFrom('variants')
        .select('product_id')
        .where('archived', '=', 0)
        .where('low_stock_threshold', '>', 0)
        .where(sql<boolean>`stock <= low_stock_threshold`)
    )
  }
  return select
}

/** Categories of the products on sale, by name, with how many products each holds. */
export async function listCategories(db: Db): Promise<CategorySummary[]> {
  const rows = await db
    .selectFrom('products')
    .select(['category', (eb) => eb.fn.countAll<number>().as('count')])
    .where('archived', '=', 0)
    .groupBy('category')
    .orderBy('category')
    .execute()
  return rows.map((row) => ({ name: row.category, productCount: Number(row.count) }))
}

export async function isCatalogEmpty(db: Db | Trx): Promise<boolean> {
  const any = await db.selectFrom('products').select('id').limit(1).executeTakeFirst()
  return any === undefined
}
