import { createHash } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'

/**
 * SHA-256 of what a database holds, not of its bytes: the schema and every row of every table, in
 * primary-key order (all columns for a table without one), each value with its type. Two files
 * with the same digest hold the same records, whatever their page layout or journal mode, so a
 * backup can be compared with its source inside the very read transaction it was copied from.
 */
export function contentDigest(sqlite: BetterSqlite3.Database, onTable: (done: number, total: number) => void = () => undefined): string {
  const hash = new ChunkedHash()
  const schema = sqlite.prepare(`SELECT ${rowText(['type', 'name', 'tbl_name', 'sql'])} AS row, type, name, sql FROM sqlite_schema
    WHERE name NOT LIKE 'sqlite_autoindex_%' ORDER BY type, name`)
  const tables: string[] = []
  for (const { row, type, name, sql } of schema.iterate() as Iterable<{ row: string; type: string; name: string; sql: string | null }>) {
    hash.add(row)
    // a virtual table's rows live in its shadow tables (and an FTS index's content table), digested as tables
    if (type === 'table' && !sql?.startsWith('CREATE VIRTUAL TABLE')) tables.push(name)
  }
  for (const [done, table] of tables.entries()) {
    onTable(done, tables.length)
    hash.add(`table ${quote(table)}`)
    const columns = sqlite.prepare(`SELECT name, type, pk FROM pragma_table_info(?)`).safeIntegers(false).all(table) as Array<{
      name: string
      type: string
      pk: number
    }>
    const key = columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk)
    const order = (key.length > 0 ? key : columns).map((column) => quote(column.name)).join(', ')
    // columns that may hold blobs are read as bytes: hex-quoting a megabyte costs far more than hashing it
    const bytes = columns.filter((column) => MAY_HOLD_BLOBS.has(column.type.toUpperCase())).map((column) => quote(column.name))
    const text = rowText(columns.filter((column) => !MAY_HOLD_BLOBS.has(column.type.toUpperCase())).map((column) => column.name))
    const rows = sqlite
      .prepare(`SELECT ${[text || "''", ...bytes].join(', ')} FROM ${quote(table)} ORDER BY ${order}`)
      .raw()
      .safeIntegers()
    for (const [row, ...values] of rows.iterate() as Iterable<[string, ...unknown[]]>) {
      hash.add(row)
      for (const value of values) hash.addValue(value)
    }
  }
  onTable(tables.length, tables.length)
  return hash.digest()
}

/** The declared types of STRICT columns that can hold a blob, and of a column declared without a type. */
const MAY_HOLD_BLOBS = new Set(['BLOB', 'ANY', ''])

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`

/**
 * A row as SQLite's own literals, joined by commas: quote() tags each value with its type (1, 1.0,
 * '1' and X'31' differ), escapes text, and writes a real with every digit it needs to read back
 * exactly. Built by SQLite, so a row crosses into JavaScript as one string.
 */
const rowText = (columns: readonly string[]): string => columns.map((column) => `quote(${quote(column)})`).join(" || ',' || ")

/** SHA-256 fed a line per row (and per value read as bytes), in chunks of about a megabyte rather than a call per row. */
class ChunkedHash {
  private readonly hash = createHash('sha256')
  private pending: string[] = []
  private size = 0

  add(line: string): void {
    this.pending.push(line)
    this.size += line.length + 1
    if (this.size >= 1 << 20) this.flush()
  }

  /** A value read as itself: its type, then its bytes (a blob's length first, so values cannot run together). */
  addValue(value: unknown): void {
    if (Buffer.isBuffer(value)) {
      this.add(`X${value.length}`)
      this.flush()
      this.hash.update(value)
    } else if (value === null) this.add('NULL')
    else if (typeof value === 'bigint') this.add(`i${value}`)
    else if (typeof value === 'number') this.add(`r${value}`)
    else if (typeof value === 'string') this.add(`t${value.length}:${value}`)
    else throw new Error(`Unexpected SQLite value of type ${typeof value}`)
  }

  digest(): string {
    this.flush()
    return this.hash.digest('hex')
  }

  private flush(): void {
    if (this.pending.length === 0) return
    this.hash.update(`${this.pending.join('\n')}\n`)
    this.pending = []
    this.size = 0
  }
}
