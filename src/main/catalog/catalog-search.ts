import { sql } from 'kysely'
import type { SellableVariant } from '../../shared/catalog'
import { AppError } from '../core/app-error'
import type { Db } from '../db/schema'
import { displayName, sellableColumns, toSellable, type SellableRow } from './catalog-rows'

/** Above every character a SKU can hold: `sku >= p AND sku < p + TOP` is "starts with p". */
const TOP = '\u{10FFFF}'

/**
 * Sellable variants for what the cashier typed: an exact barcode first, then SKUs that start with
 * the text, then products whose name has words starting with each typed word. Each part is an
 * index lookup (barcode and SKU unique indexes, the products_fts prefix index).
 */
export async function searchCatalog(db: Db, text: string, limit: number): Promise<SellableVariant[]> {
  const found = new Map<number, SellableRow>()
  const add = (rows: readonly SellableRow[]) => {
    for (const row of rows) if (found.size < limit && !found.has(row.variant_id)) found.set(row.variant_id, row)
  }
  add(await sellable(db).where('variants.barcode', '=', text).execute())
  if (/^[!-~]+$/.test(text) && found.size < limit) {
    add(
      await sellable(db)
        .where('variants.sku', '>=', text)
        .where('variants.sku', '<', text + TOP)
        .orderBy('variants.sku')
        .limit(limit)
        .execute()
    )
  }
  const match = nameMatch(text)
  if (match && found.size < limit) {
    add(
      await sellable(db)
        .innerJoin(sql<{ rowid: number; rank: number }>`products_fts`.as('fts'), (join) =>
          join.on(sql<boolean>`fts.rowid = products.id`)
        )
        .where(sql<boolean>`products_fts MATCH ${match}`)
        .orderBy(sql`fts.rank`)
        .orderBy('products.name')
        .orderBy('variants.position')
        .limit(limit)
        .execute()
    )
  }
  return [...found.values()].map(toSellable)
}

function sellable(db: Db) {
  return sellableColumns(db).where('products.archived', '=', 0).where('variants.archived', '=', 0)
}

/** "flat wh" -> name : ("flat"* AND "wh"*): every word a quoted prefix, so no FTS syntax leaks in. */
export function nameMatch(text: string): string | null {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
  if (words.length === 0) return null
  return `name : (${words.map((word) => `"${word.replaceAll('"', '""')}"*`).join(' AND ')})`
}

/** A scan: the exact barcode, else the exact SKU (typed at the till when a label will not scan). */
export async function findByCode(db: Db, code: string): Promise<SellableVariant> {
  const lookup = () => sellableColumns(db).select(['variants.archived as variant_archived', 'products.archived as product_archived'])
  const row =
    (await lookup().where('variants.barcode', '=', code).executeTakeFirst()) ??
    (await lookup().where('variants.sku', '=', code).executeTakeFirst())
  if (!row) throw new AppError('NOT_FOUND', `No product has the code ${code}.`, { details: { code } })
  if (row.variant_archived === 1 || row.product_archived === 1) {
    const name = displayName(row.product_name, row.label)
    throw new AppError('PRODUCT_ARCHIVED', `${name} is archived and cannot be sold. Restore it first.`, {
      details: { variantId: row.variant_id, productId: row.product_id }
    })
  }
  return toSellable(row)
}
