import type BetterSqlite3 from 'better-sqlite3'
import type { SqliteDatabase, SqliteStatement } from 'kysely'

const MAX_STATEMENTS = 500

const NO_ROLLBACK: SqliteStatement = {
  reader: false,
  all: () => [],
  run: () => ({ changes: 0, lastInsertRowid: 0 }),
  iterate: () => [][Symbol.iterator]()
}

/**
 * Fixed SQL text run synchronously on the database's one connection. Inside a command (its
 * `scope.sql`) the statements run in the command's transaction, like its Kysely queries, without a
 * promise per statement: the few dozen statements of a sale are written this way.
 */
export interface SqlRunner {
  run(text: string, values?: readonly unknown[]): { changes: number; lastInsertRowid: number }
  all<R>(text: string, values?: readonly unknown[]): R[]
}

export interface StatementCache {
  /** The connection as Kysely's SQLite dialect sees it. */
  kysely: SqliteDatabase
  sql: SqlRunner
}

interface Entry {
  statement: BetterSqlite3.Statement
  forKysely: SqliteStatement
}

/**
 * Kysely prepares every query afresh; a sale runs the same few dozen statements each time, and
 * preparing them is a good part of its cost. This keeps the prepared statements by their SQL text
 * (the most recently used few hundred), shared by Kysely and the synchronous runner. A streamed
 * query gets a statement of its own, so a stream left open never blocks the same query run meanwhile.
 */
export function statementCache(sqlite: BetterSqlite3.Database): StatementCache {
  const cache = new Map<string, Entry>()
  const entry = (sql: string): Entry => {
    let found = cache.get(sql)
    if (found) {
      cache.delete(sql)
    } else {
      const statement = sqlite.prepare(sql)
      found = {
        statement,
        forKysely: {
          reader: statement.reader,
          all: (parameters) => statement.all(parameters),
          run: (parameters) => statement.run(parameters),
          iterate: (parameters) => sqlite.prepare(sql).iterate(parameters)
        }
      }
      if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string)
    }
    cache.set(sql, found)
    return found
  }
  return {
    kysely: {
      close: () => sqlite.close(),
      // SQLite rolls a transaction back by itself on a full disk; Kysely's own ROLLBACK would then
      // fail with "no transaction is active" and hide SQLITE_FULL, the error that says what happened.
      prepare: (sql) => (sql === 'rollback' && !sqlite.inTransaction ? NO_ROLLBACK : entry(sql).forKysely)
    },
    sql: {
      run(text, values = []) {
        const { changes, lastInsertRowid } = entry(text).statement.run(values)
        return { changes, lastInsertRowid: Number(lastInsertRowid) }
      },
      all: <R>(text: string, values: readonly unknown[] = []) => entry(text).statement.all(values) as R[]
    }
  }
}
