import BetterSqlite3 from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { migrate } from '../../src/main/db/migrate'
import { MIGRATIONS } from '../../src/main/db/migrations'
import { openSqlite } from '../../src/main/db/open'

/**
 * Where the vitest run's global setup left one migrated database (tests/support/vitest-setup.ts);
 * without it (Playwright, a tool) each process migrates its own template once.
 */
export const TEMPLATE_ENV = 'TILLPOINT_TEST_TEMPLATE'

let ownTemplate: string | null = null

/** Migrates a new database at `path` exactly as a till's first start does (openDatabase), and closes it. */
export function migrateTemplate(path: string): void {
  const sqlite = openSqlite(path)
  try {
    migrate(sqlite, MIGRATIONS, Date.now)
  } finally {
    sqlite.close()
  }
}

function template(): string {
  const shared = process.env[TEMPLATE_ENV]
  if (shared && existsSync(shared)) return shared
  if (!ownTemplate) {
    const dir = mkdtempSync(join(tmpdir(), 'tillpoint-template-'))
    const path = join(dir, 'template.sqlite')
    migrateTemplate(path)
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
    ownTemplate = path
  }
  return ownTemplate
}

/**
 * Makes `dbPath` a freshly migrated till database, as a copy of one migrated template file instead
 * of running every migration again (about 50 ms of CPU and 200 ms of disk flushes per till, for
 * about a thousand tills a run). The copy differs from a fresh migration only in what a migration
 * draws or stamps, and those are drawn again here: the till id (0004 draws a random version-4 UUID)
 * and when each migration was applied (the till's clock). Does nothing if `dbPath` exists: a test
 * reopening a till's folder gets its own database back. The migrations themselves run on their own
 * databases in migrations.test.ts, the migration-NNNN tests and the pre-migration backup tests.
 */
export function copyMigratedTemplate(dbPath: string, appliedAt: number): void {
  if (existsSync(dbPath)) return
  copyFileSync(template(), dbPath)
  const sqlite = new BetterSqlite3(dbPath)
  try {
    sqlite.prepare('UPDATE sync_state SET till_id = ? WHERE id = 1').run(randomUUID())
    sqlite.prepare('UPDATE schema_migrations SET applied_at = ?').run(appliedAt)
  } finally {
    sqlite.close()
  }
}
