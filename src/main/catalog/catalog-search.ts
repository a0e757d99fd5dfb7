import { sql } from 'kysely'
import type { SellableVariant } from '../../shared/catalog'
import { AppError } from '../core/app-error'
import type { Db } from '../db/schema'
import { displayName, sellableColumns, toSellable, type SellableRow } from './catalog-rows'

/** Above every character a SKU can hold: `sku >= p AND sku < p + TOP` is "starts with p". */
const TOP = '\u{10FFFF}'

export interface SearchOptions {
  limit: number
  /** The archived products' variants instead of the ones on sale. */
  archived?: boolean
}

/**
 * Sellable variants for what the cashier typed: an exact barcode first, then SKUs that start with
 * the text, then products whose name has words starting with each typed word. Each part is an
 * index lookup (barcode and SKU unique indexes, the products_fts prefix index). The Products
 * screen's archived view searches the archived products the same way.
 */
export async function searchCatalog(db: Db, text: string, { limit, archived = false }: SearchOptions): Promise<SellableVariant[]> {
  const found = new Map<number, SellableRow>()
  const add = (rows: readonly SellableRow[]) => {
    for (const row of rows) if (found.size < limit && !found.has(row.variant_id)) found.set(row.variant_id, row)
  }
  add(await barcodeQuery(db, text, archived).execute())
  if (looksLikeSku(text) && found.size < limit) add(await skuPrefixQuery(db, text, limit, archived).execute())
  const match = nameMatch(text)
  if (match && found.size < limit) add(await namePrefixQuery(db, match, limit, archived).execute())
  return [...found.values()].map(toSellable)
}

/**
 * On sale: neither the product nor the variant archived; or, when asked, the archived products'
 * variants. The unary + keeps SQLite from driving the query through the products (archived, ...)
 * indexes, which hold nearly every product; the barcode, SKU or FTS lookup must lead.
 */
function inView(db: Db, archived: boolean) {
  if (archived) return sellableColumns(db).where(sql<boolean>`+products.archived = 1`)
  return sellableColumns(db).where(sql<boolean>`+products.archived = 0`).where(sql<boolean>`+variants.archived = 0`)
}

export function barcodeQuery(db: Db, code: string, archived = false) {
  return inView(db, archived).where('variants.barcode', '=', code)
}

export function looksLikeSku(text: string): boolean {
  return /^[!-~]+$/.test(text)
}

/** A range on the unique NOCASE index: case-insensitive like the column, and safe for % and _ in SKUs. */
export function skuPrefixQuery(db: Db, prefix: string, limit: number, archived = false) {
  return inView(db, archived)
    .where('variants.sku', '>=', prefix)
    .where('variants.sku', '<', prefix + TOP)
    .orderBy('variants.sku')
    .limit(limit)
}

/** Best matches first (FTS rank), then by name; only the matching products' variants are read. */
export function namePrefixQuery(db: Db, match: string, limit: number, archived = false) {
  return inView(db, archived)
    .innerJoin(sql<{ rowid: number; rank: number }>`products_fts`.as('fts'), (join) => join.on(sql<boolean>`fts.rowid = products.id`))
    .where(sql<boolean>`products_fts MATCH ${match}`)
    .orderBy(sql`fts.rank`)
    .orderBy('products.name')
    .orderBy('variants.position')
    .limit(limit)
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
