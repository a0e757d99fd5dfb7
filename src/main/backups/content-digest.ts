import { createHash } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'

/**
 * SHA-256 of what a database holds, not of its bytes: the schema and every row of every table, in
 * primary-key order (all columns for a table without one), each value with its type. Two files
 * with the same digest hold the same records, whatever their page layout or journal mode, so a
 * backup can be compared with its source inside the very read transaction it was copied from.
 */
export function contentDigest(sqlite: BetterSqlite3.Database, onTable: (done: number, total: number) => void = () => undefined): string {
  const hash = createHash('sha256')
  const schema = sqlite.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_autoindex_%' ORDER BY type, name").raw()
  const tables: string[] = []
  for (const [type, name, table, sql] of schema.iterate() as Iterable<[string, string, string, string | null]>) {
    hash.update(encodeRow([type, name, table, sql]))
    // a virtual table's rows live in its shadow tables (and an FTS index's content table), digested as tables
    if (type === 'table' && !sql?.startsWith('CREATE VIRTUAL TABLE')) tables.push(name)
  }
  for (const [done, table] of tables.entries()) {
    onTable(done, tables.length)
    hash.update(encodeRow(['table', table]))
    const rows = sqlite
      .prepare(`SELECT * FROM ${quote(table)} ORDER BY ${orderOf(sqlite, table)}`)
      .raw()
      .safeIntegers()
    for (const row of rows.iterate() as Iterable<unknown[]>) hash.update(encodeRow(row))
  }
  onTable(tables.length, tables.length)
  return hash.digest('hex')
}

function orderOf(sqlite: BetterSqlite3.Database, table: string): string {
  const columns = sqlite.prepare(`SELECT name, pk FROM pragma_table_info(?)`).safeIntegers(false).all(table) as Array<{ name: string; pk: number }>
  const key = columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk)
  return (key.length > 0 ? key : columns).map((column) => quote(column.name)).join(', ')
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`

/** One line per row; each value tagged with its storage class, so 1, 1.0, '1' and x'31' differ. */
function encodeRow(row: readonly unknown[]): string {
  return `${JSON.stringify(row.map(encodeValue))}\n`
}

function encodeValue(value: unknown): string | null {
  if (value === null) return null
  if (typeof value === 'bigint') return `i${value}`
  if (typeof value === 'number') return `r${value}`
  if (typeof value === 'string') return `t${value}`
  if (Buffer.isBuffer(value)) return `b${value.toString('hex')}`
  throw new Error(`Unexpected SQLite value of type ${typeof value}`)
}
