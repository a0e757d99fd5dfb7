import { createHash } from 'node:crypto'

/** A numbered schema change: plain SQL, so its checksum is the same in every build of the app. */
export interface Migration {
  id: number
  name: string
  statements: readonly string[]
  /**
   * The migration rebuilds tables others refer to (SQLite's 12-step ALTER): it runs with foreign
   * keys off, as SQLite requires, and commits only when `PRAGMA foreign_key_check` finds nothing.
   * Not part of the checksum, which stays the SQL alone.
   */
  rebuildsTables?: boolean
}

export function migrationChecksum(migration: Migration): string {
  const hash = createHash('sha256')
  hash.update(`${migration.id}:${migration.name}\n`)
  for (const statement of migration.statements) hash.update(`${statement.trim()}\n;\n`)
  return hash.digest('hex')
}
