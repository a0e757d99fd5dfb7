import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { migrate } from './migrate'
import { MIGRATIONS } from './migrations'
import type { Db } from './schema'
import { statementCache, type SqlRunner } from './statement-cache'

export interface OpenDatabaseOptions {
  /** A file path, or ':memory:' for throwaway tools. */
  path: string
  /** The Electron build of better-sqlite3's addon, when running inside Electron. */
  nativeBinding?: string
  now?: () => number
  /** The pre-migration backup: run only when an existing database has migrations pending. */
  beforeMigrating?: (sqlite: BetterSqlite3.Database) => void
}

export interface Database {
  db: Db
  /** The same connection, for the fixed statements commands run synchronously (see SqlRunner). */
  sql: SqlRunner
  sqlite: BetterSqlite3.Database
  close(): Promise<void>
}

export function openSqlite(path: string, nativeBinding?: string): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(path, nativeBinding ? { nativeBinding } : {})
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // 64 MB of page cache (SQLite's default is 2 MB): a shop's working set of pages stays in memory.
  sqlite.pragma('cache_size = -65536')
  return sqlite
}

/** Opens (creating if needed) and migrates a Tillpoint database. Refuses one with edited migrations. */
export function openDatabase(options: OpenDatabaseOptions): Database {
  const sqlite = openSqlite(options.path, options.nativeBinding)
  try {
    migrate(sqlite, MIGRATIONS, options.now ?? Date.now, options.beforeMigrating && (() => options.beforeMigrating?.(sqlite)))
  } catch (error) {
    sqlite.close()
    throw error
  }
  const statements = statementCache(sqlite)
  const db: Db = new Kysely({ dialect: new SqliteDialect({ database: statements.kysely }) })
  return {
    db,
    sql: statements.sql,
    sqlite,
    // Kysely closes the connection only if it ever ran a query; close it here in any case.
    close: async () => {
      await db.destroy()
      if (sqlite.open) sqlite.close()
    }
  }
}
