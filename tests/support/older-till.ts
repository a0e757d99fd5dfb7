import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { migrate } from '../../src/main/db/migrate'
import { MIGRATIONS } from '../../src/main/db/migrations'
import { openSqlite } from '../../src/main/db/open'

/** The shop's settings row as a till that finished its first run stores it. */
export const SET_UP_SHOP = `INSERT INTO settings (key, value, updated_at) VALUES ('shop', '{"shopName":"Corner Shop","currency":"USD","setupComplete":true}', 1)`

/**
 * A till file as an older version of Tillpoint left it in `dir` (till.sqlite, where openTestTill
 * and the e2e fixture open it): migrated up to migration `before` (not included), then `seed` run.
 */
export function writeOlderTill(dir: string, before: number, seed: string): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, 'till.sqlite')
  const sqlite = openSqlite(path)
  try {
    migrate(
      sqlite,
      MIGRATIONS.filter((migration) => migration.id < before),
      () => 1000
    )
    sqlite.exec(seed)
  } finally {
    sqlite.close()
  }
  return path
}
