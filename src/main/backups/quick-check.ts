import BetterSqlite3 from 'better-sqlite3'

/** What opening a database and its `PRAGMA quick_check` found, before Tillpoint migrates or sells. */
export interface QuickCheck {
  verdict: 'ok' | 'damaged' | 'not-a-database'
  /** What SQLite said ('ok' when nothing is wrong), for the log and the small print. */
  detail: string
  /** The migrations applied to it; null when it has no schema_migrations table. */
  migrationIds: number[] | null
  /** Whether it holds any table of its own besides schema_migrations (a database of another app does). */
  hasTables: boolean
}

/**
 * Opens the file and runs `PRAGMA quick_check` (the page and index structure without comparing
 * every index to its table: seconds on a big file, where integrity_check takes much longer), then
 * reads which migrations it has. SQLite's refusal to read it at all is a verdict too; any other
 * failure (a file that cannot be opened) is thrown with SQLite's code for the caller to word.
 */
export function quickCheck(file: string, nativeBinding?: string): QuickCheck {
  let sqlite: BetterSqlite3.Database | null = null
  try {
    sqlite = new BetterSqlite3(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
    const rows = sqlite.pragma('quick_check') as Array<{ quick_check: string }>
    const detail = rows.map((row) => row.quick_check).join('; ')
    if (detail !== 'ok') return { verdict: 'damaged', detail, migrationIds: null, hasTables: false }
    const tables = (sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>).map(
      (row) => row.name
    )
    const migrationIds = tables.includes('schema_migrations')
      ? (sqlite.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all() as number[])
      : null
    return { verdict: 'ok', detail, migrationIds, hasTables: tables.some((name) => name !== 'schema_migrations') }
  } catch (error) {
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : ''
    const detail = error instanceof Error ? error.message : String(error)
    if (code.startsWith('SQLITE_NOTADB')) return { verdict: 'not-a-database', detail, migrationIds: null, hasTables: false }
    if (code.startsWith('SQLITE_CORRUPT')) return { verdict: 'damaged', detail, migrationIds: null, hasTables: false }
    throw error
  } finally {
    sqlite?.close()
  }
}
