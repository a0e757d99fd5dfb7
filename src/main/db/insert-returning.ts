import { CompiledQuery, type Insertable, type Selectable } from 'kysely'
import type { DB, Trx } from './schema'

/** A sale inserts the same few shapes (one order, a handful of lines) every time. */
const CACHED_ROWS = 16
const texts = new Map<string, string>()

/**
 * `INSERT ... RETURNING *` of rows that all name the same columns, as SQL text kept per shape
 * instead of built by the query builder on every call: for the wide rows of a checkout, building
 * the query cost more than SQLite writing it.
 */
export async function insertReturningAll<T extends keyof DB & string>(
  trx: Trx,
  table: T,
  rows: ReadonlyArray<Insertable<DB[T]>>
): Promise<Array<Selectable<DB[T]>>> {
  const first = rows[0]
  if (!first) return []
  const columns = Object.keys(first)
  const key = `${table}|${rows.length}|${columns.join(',')}`
  let text = texts.get(key)
  if (text === undefined) {
    const tuple = `(${columns.map(() => '?').join(', ')})`
    text = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES ${Array.from({ length: rows.length }, () => tuple).join(', ')} RETURNING *`
    if (rows.length <= CACHED_ROWS) texts.set(key, text)
  }
  const values = rows.flatMap((row) =>
    columns.map((column) => {
      const value = (row as Record<string, unknown>)[column]
      if (value === undefined) throw new Error(`Every row inserted into ${table} must name ${column}`)
      return value
    })
  )
  const result = await trx.executeQuery<Selectable<DB[T]>>(CompiledQuery.raw(text, values))
  return result.rows
}
