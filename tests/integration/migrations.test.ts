import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate, MigrationError } from '../../src/main/db/migrate'
import type { Migration } from '../../src/main/db/migration'
import { MIGRATIONS } from '../../src/main/db/migrations'
import { openDatabase, openSqlite } from '../../src/main/db/open'

const dirs: string[] = []
function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tillpoint-migrate-'))
  dirs.push(dir)
  return join(dir, 'till.sqlite')
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function schemaOf(path: string): string[] {
  const sqlite = openSqlite(path)
  const rows = sqlite.prepare("SELECT type || ' ' || name || ' ' || coalesce(sql, '') AS s FROM sqlite_schema ORDER BY name").all() as Array<{ s: string }>
  sqlite.close()
  return rows.map((row) => row.s)
}

describe('migrations', () => {
  it('build the whole schema on an empty file and record each with its checksum', async () => {
    const path = tempDbPath()
    const database = openDatabase({ path, now: () => 1000 })
    const applied = database.sqlite.prepare('SELECT id, name, checksum, applied_at FROM schema_migrations ORDER BY id').all() as Array<{
      id: number
      checksum: string
      applied_at: number
    }>
    expect(applied.map((row) => row.id)).toEqual(MIGRATIONS.map((migration) => migration.id))
    expect(applied.every((row) => /^[0-9a-f]{64}$/.test(row.checksum) && row.applied_at === 1000)).toBe(true)
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(database.sqlite.pragma('synchronous', { simple: true })).toBe(2)
    await database.close()
  })

  it('change nothing when run a second time', async () => {
    const path = tempDbPath()
    await openDatabase({ path }).close()
    const before = schemaOf(path)
    const sqlite = openSqlite(path)
    expect(migrate(sqlite, MIGRATIONS, () => 2000)).toEqual([])
    const count = sqlite.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }
    sqlite.close()
    expect(count.n).toBe(MIGRATIONS.length)
    expect(schemaOf(path)).toEqual(before)
  })

  it('refuse a database whose applied migration was edited', async () => {
    const path = tempDbPath()
    await openDatabase({ path }).close()
    const edited: Migration[] = MIGRATIONS.map((migration, index) =>
      index === 0 ? { ...migration, statements: [...migration.statements, 'CREATE TABLE sneaky (id INTEGER)'] } : migration
    )
    const sqlite = openSqlite(path)
    expect(() => migrate(sqlite, edited, Date.now)).toThrowError(expect.objectContaining({ code: 'DB_MIGRATION_EDITED' }))
    expect(sqlite.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'sneaky'").get()).toEqual({ n: 0 })
    sqlite.close()
  })

  it('refuse a database migrated by a newer build', async () => {
    const path = tempDbPath()
    const newer: Migration[] = [
      ...MIGRATIONS,
      { id: Math.max(...MIGRATIONS.map((migration) => migration.id)) + 1, name: 'from_the_future', statements: ['CREATE TABLE future (id INTEGER)'] }
    ]
    const sqlite = openSqlite(path)
    migrate(sqlite, newer, Date.now)
    sqlite.close()
    expect(() => openDatabase({ path })).toThrow(MigrationError)
    expect(() => openDatabase({ path })).toThrow(/does not know/)
  })

  it('roll back a migration that fails halfway and leave no record of it', () => {
    const path = tempDbPath()
    const broken: Migration[] = [{ id: 1, name: 'broken', statements: ['CREATE TABLE half (id INTEGER)', 'NOT SQL AT ALL'] }]
    const sqlite = openSqlite(path)
    expect(() => migrate(sqlite, broken, Date.now)).toThrow()
    expect(sqlite.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half'").get()).toEqual({ n: 0 })
    expect(sqlite.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: 0 })
    sqlite.close()
  })
})
