import { CompiledQuery, type Selectable } from 'kysely'
import type { DB, Trx } from './schema'

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
export async function insertRows<T extends TableWithId>(trx: Trx, table: T, rows: ReadonlyArray<NewRow<T>>): Promise<Array<Selectable<DB[T]>>> {
  const first = rows[0]
  if (!first) return []
  const columns = Object.keys(first)
  const key = `${table}|${columns.join(',')}`
  let text = texts.get(key)
  if (text === undefined) {
    text = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
    texts.set(key, text)
  }
  const stored: Array<Selectable<DB[T]>> = []
  for (const row of rows) {
    const values = columns.map((column) => {
      const value = (row as Record<string, unknown>)[column]
      if (value === undefined) throw new Error(`Every row inserted into ${table} must name ${column}`)
      return value
    })
    const { insertId } = await trx.executeQuery(CompiledQuery.raw(text, values))
    if (insertId === undefined) throw new Error(`SQLite gave no id for the row inserted into ${table}`)
    stored.push({ ...row, id: Number(insertId) } as unknown as Selectable<DB[T]>)
  }
  return stored
}
