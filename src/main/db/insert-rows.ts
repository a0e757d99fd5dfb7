import type { Selectable } from 'kysely'
import type { DB } from './schema'
import type { SqlRunner } from './statement-cache'

type TableWithId = { [T in keyof DB]: DB[T] extends { id: unknown } ? T : never }[keyof DB]

/** A row with every column but its id: what is written is then all there is to know of it. */
export type NewRow<T extends TableWithId> = Omit<Selectable<DB[T]>, 'id'>

const texts = new Map<string, string>()

/**
 * Inserts rows in the order given and gives them back as stored, each with the id SQLite gave it.
 * Every column is written from the row, so nothing needs reading back. One plain INSERT per row,
 * SQL text kept per shape and prepared once: for the handful of rows of a sale this is cheaper in
 * SQLite than one INSERT of many rows, and much cheaper than one with RETURNING.
 */
export function insertRows<T extends TableWithId>(sql: SqlRunner, table: T, rows: ReadonlyArray<NewRow<T>>): Array<Selectable<DB[T]>> {
  const first = rows[0]
  if (!first) return []
  const columns = Object.keys(first)
  const key = `${table}|${columns.join(',')}`
  let text = texts.get(key)
  if (text === undefined) {
    text = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
    texts.set(key, text)
  }
  return rows.map((row) => {
    const values = columns.map((column) => {
      const value = (row as Record<string, unknown>)[column]
      if (value === undefined) throw new Error(`Every row inserted into ${table} must name ${column}`)
      return value
    })
    return { ...row, id: sql.run(text, values).lastInsertRowid } as unknown as Selectable<DB[T]>
  })
}
