import type BetterSqlite3 from 'better-sqlite3'
import type { SqliteDatabase, SqliteStatement } from 'kysely'

const MAX_STATEMENTS = 500

/**
 * Kysely prepares every query afresh; a sale runs the same few dozen statements each time, and
 * preparing them is a good part of its cost. This keeps the prepared statements by their SQL text
 * (the most recently used few hundred), each with the one wrapper Kysely calls. A streamed query
 * gets a statement of its own, so a stream left open never blocks the same query run meanwhile.
 */
export function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>()
  const wrap = (sql: string): SqliteStatement => {
    const statement = sqlite.prepare(sql)
    return {
      reader: statement.reader,
      all: (parameters) => statement.all(parameters),
      run: (parameters) => statement.run(parameters),
      iterate: (parameters) => sqlite.prepare(sql).iterate(parameters)
    }
  }
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql)
      if (statement) {
        cache.delete(sql)
      } else {
        statement = wrap(sql)
        if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string)
      }
      cache.set(sql, statement)
      return statement
    }
  }
}
