import { sql } from 'kysely'
import { barcodeKey } from '../../shared/barcode'
import type { SellableVariant } from '../../shared/catalog'
import { AppError } from '../core/app-error'
import type { Db, Trx } from '../db/schema'
import { displayName, sellableColumns, toSellable, type SellableRow } from './catalog-rows'

/** Above every character a SKU can hold: `sku >= p AND sku < p + TOP` is "starts with p". */
const TOP = '\u{10FFFF}'

export interface SearchOptions {
  limit: number
  /** The archived products' variants instead of the ones on sale. */
  archived?: boolean
}

/**
 * Sellable variants for what the cashier typed: the barcode first (in any of its forms), then SKUs
 * that start with the text, then products whose name has words starting with each typed word,
 * then products whose name holds each typed word anywhere (乌龙茶 for 茶, Latte for atte). Each
 * part is an index lookup (barcode key and SKU indexes, the products_fts prefix index, the
 * products_trigram index and the product_name_grams table). The Products screen's archived view
 * searches the archived products the same way.
 */
export async function searchCatalog(db: Db, text: string, { limit, archived = false }: SearchOptions): Promise<SellableVariant[]> {
  const found = new Map<number, SellableRow>()
  const add = (rows: readonly SellableRow[]) => {
    for (const row of rows) if (found.size < limit && !found.has(row.variant_id)) found.set(row.variant_id, row)
  }
  if (looksLikeSku(text)) {
    add(await barcodeQuery(db, text, archived).execute())
    if (found.size < limit) add(await skuPrefixQuery(db, text, limit, archived).execute())
  }
  const match = nameMatch(text)
  if (match && found.size < limit) add(await namePrefixQuery(db, match, limit, archived).execute())
  const infix = infixTerms(text)
  if (infix && found.size < limit) add(await nameInfixQuery(db, infix, limit, archived).execute())
  return [...found.values()].map(toSellable)
}

/**
 * On sale: neither the product nor the variant archived; or, when asked, the archived products'
 * variants. The unary + keeps SQLite from driving the query through the products (archived, ...)
 * indexes, which hold nearly every product; the barcode, SKU or FTS lookup must lead.
 */
function inView(db: Db, archived: boolean) {
  if (archived) return sellableColumns(db).where(sql<boolean>`+products.archived = 1`)
  return sellableColumns(db)
    .where(sql<boolean>`+products.archived = 0`)
    .where(sql<boolean>`+variants.archived = 0`)
}

/** The exact form first when an older catalog holds the same code in two forms. */
export function barcodeQuery(db: Db, code: string, archived = false) {
  return inView(db, archived)
    .where('variants.barcode_key', '=', barcodeKey(code))
    .orderBy(sql`variants.barcode = ${code}`, 'desc')
    .orderBy('variants.id')
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

/** "flat wh" -> name : ("flat"* AND "wh"*): every word a literal phrase, so no FTS syntax leaks in. */
export function nameMatch(text: string): string | null {
  const words = searchWords(text).filter((word) => /[\p{L}\p{N}]/u.test(word))
  if (words.length === 0) return null
  return `name : (${words.map((word) => `${ftsPhrase(word)}*`).join(' AND ')})`
}

/**
 * The words a search looks for inside names: every word of three characters or more (the trigram
 * index), and words of one or two CJK, kana, hangul or Thai characters (the grams table). Null
 * when a word is neither (a one-letter Latin word is only ever a prefix).
 */
export function infixTerms(text: string): { trigrams: string[]; grams: string[] } | null {
  const words = searchWords(text)
  const trigrams = words.filter((word) => [...word].length >= 3)
  const grams = words.filter((word) => [...word].length < 3)
  if (words.length === 0 || !grams.every((word) => [...word].every(isGramChar))) return null
  return { trigrams: trigrams.map(ftsPhrase), grams: grams.map((word) => word.replace(/[A-Z]/g, (letter) => letter.toLowerCase())) }
}

/** Must match the characters migration 0011 puts in product_name_grams. */
function isGramChar(char: string): boolean {
  const code = char.codePointAt(0) as number
  return code >= 0x2e80 || (code >= 0x0e00 && code <= 0x0e7f)
}

/** What was typed, split at spaces, without the characters no name holds (control characters, NUL). */
function searchWords(text: string): string[] {
  return text
    .replace(/[\p{Cc}\p{Cs}]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .slice(0, 8)
}

/** Any text as one literal FTS5 string: inside double quotes only a doubled quote is special. */
function ftsPhrase(word: string): string {
  return `"${word.replaceAll('"', '""')}"`
}

/** Products whose name holds every term anywhere; by name, after the word-prefix matches. */
export function nameInfixQuery(db: Db, terms: { trigrams: string[]; grams: string[] }, limit: number, archived = false) {
  let query = inView(db, archived)
  if (terms.trigrams.length > 0) {
    const match = terms.trigrams.join(' AND ')
    query = query.where('products.id', 'in', sql<number>`(SELECT rowid FROM products_trigram WHERE products_trigram MATCH ${match})`)
  }
  for (const gram of terms.grams) {
    query = query.where('products.id', 'in', db.selectFrom('product_name_grams').select('product_id').where('gram', '=', gram))
  }
  return query.orderBy('products.name').orderBy('variants.position').limit(limit)
}

/** A scan: the barcode in any of its forms and any letter case, else the exact SKU (typed when a label will not scan). */
export async function findByCode(db: Db | Trx, code: string): Promise<SellableVariant> {
  const lookup = () => sellableColumns(db).select(['variants.archived as variant_archived', 'products.archived as product_archived'])
  const row =
    (await lookup()
      .where('variants.barcode_key', '=', barcodeKey(code))
      .orderBy(sql`variants.barcode = ${code}`, 'desc')
      .orderBy('variants.id')
      .executeTakeFirst()) ?? (await lookup().where('variants.sku', '=', code).executeTakeFirst())
  if (!row) throw new AppError('NOT_FOUND', `No product has the code ${code}.`, { details: { code } })
  if (row.variant_archived === 1 || row.product_archived === 1) {
    const name = displayName(row.product_name, row.label)
    throw new AppError('PRODUCT_ARCHIVED', `${name} is archived and cannot be sold. Restore it first.`, {
      details: { variantId: row.variant_id, productId: row.product_id }
    })
  }
  return toSellable(row)
}
