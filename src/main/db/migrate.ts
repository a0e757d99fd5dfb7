import type BetterSqlite3 from 'better-sqlite3'
import { migrationChecksum, type Migration } from './migration'

export class MigrationError extends Error {
  constructor(
    readonly code: 'DB_MIGRATION_EDITED' | 'DB_MIGRATION_UNKNOWN' | 'DB_MIGRATION_ORDER',
    message: string
  ) {
    super(message)
    this.name = 'MigrationError'
  }
}

interface AppliedRow {
  id: number
  name: string
  checksum: string
}

/**
 * Applies the migrations not yet applied, each in its own transaction, after checking that every
 * applied one is known and unedited. A database from a newer or tampered build is refused whole.
 */
export function migrate(
  sqlite: BetterSqlite3.Database,
  migrations: readonly Migration[],
  now: () => number,
  /** Called once before the first pending migration of a database that already had some applied. */
  beforeMigrating?: () => void
): number[] {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`)
  assertAscending(migrations)
  const known = new Map(migrations.map((migration) => [migration.id, migration]))
  const applied = sqlite.prepare('SELECT id, name, checksum FROM schema_migrations ORDER BY id').all() as AppliedRow[]
  for (const row of applied) {
    const migration = known.get(row.id)
    if (!migration) {
      throw new MigrationError(
        'DB_MIGRATION_UNKNOWN',
        `This database was changed by migration ${row.id} (${row.name}), which this version of Tillpoint does not know. Use the newer version that created it.`
      )
    }
    if (migrationChecksum(migration) !== row.checksum) {
      throw new MigrationError('DB_MIGRATION_EDITED', `Migration ${row.id} (${row.name}) differs from the one applied to this database. Refusing to open it.`)
    }
  }
  const appliedIds = new Set(applied.map((row) => row.id))
  if (applied.length > 0 && migrations.some((migration) => !appliedIds.has(migration.id))) beforeMigrating?.()
  const record = sqlite.prepare('INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES (?, ?, ?, ?)')
  const ran: number[] = []
  for (const migration of migrations) {
    if (appliedIds.has(migration.id)) continue
    // PRAGMA foreign_keys is a no-op inside a transaction: switched off before it, back after.
    const foreignKeys = sqlite.pragma('foreign_keys', { simple: true }) as number
    if (migration.rebuildsTables) sqlite.pragma('foreign_keys = OFF')
    try {
      sqlite.transaction(() => {
        for (const statement of migration.statements) sqlite.exec(statement)
        if (migration.rebuildsTables) assertForeignKeysHold(sqlite, migration)
        record.run(migration.id, migration.name, migrationChecksum(migration), now())
      })()
    } finally {
      if (migration.rebuildsTables) sqlite.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`)
    }
    ran.push(migration.id)
  }
  return ran
}

function assertForeignKeysHold(sqlite: BetterSqlite3.Database, migration: Migration): void {
  const broken = sqlite.prepare('PRAGMA foreign_key_check').all() as Array<{ table: string; parent: string }>
  const first = broken[0]
  if (first)
    throw new Error(
      `Migration ${migration.id} (${migration.name}) would leave ${broken.length} rows of ${first.table} pointing at missing ${first.parent} rows`
    )
}

function assertAscending(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1]
    if (previous && migration.id <= previous.id) {
      throw new MigrationError('DB_MIGRATION_ORDER', `Migration ${migration.name} (${migration.id}) must come after ${previous.name} (${previous.id})`)
    }
  })
}
