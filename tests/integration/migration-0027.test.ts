import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../src/main/db/migrate'
import { MIGRATIONS } from '../../src/main/db/migrations'
import { openSqlite } from '../../src/main/db/open'
import { migrationTills } from '../support/migration-tills'

const tills = migrationTills('tillpoint-m0027-')

const NOW = Date.UTC(2026, 5, 1, 9, 0)

describe('migration 0027 (sync_state says which failure kinds it holds)', () => {
  it('keeps the row of a till that failed to sync, and refuses a kind that is not one', () => {
    const dir = tills.dir()
    const sqlite = openSqlite(join(dir, 'till.sqlite'))
    try {
      migrate(
        sqlite,
        // every migration but 27, as a till that ran the later ones first (27 landed after 29 and 30)
        MIGRATIONS.filter((migration) => migration.id !== 27),
        () => NOW
      )
      sqlite
        .prepare(
          `UPDATE sync_state SET enabled = 1, endpoint = 'http://127.0.0.1:9/', token = x'0102', token_encrypted = 1, failures = 3, last_success_at = 10,
           last_error = 'The receiver did not answer.', last_error_kind = 'timeout', last_error_at = 20, next_attempt_at = 30, history_queued_at = 5,
           updated_at = 20, allow_insecure_http = 1`
        )
        .run()
      const before = sqlite.prepare('SELECT * FROM sync_state').all()
      const otherSchema = () =>
        sqlite.prepare(`SELECT type, name, sql FROM sqlite_schema WHERE tbl_name NOT IN ('sync_state', 'schema_migrations') ORDER BY name`).all()
      const others = otherSchema()

      expect(migrate(sqlite, MIGRATIONS, () => NOW + 1)).toEqual([27])

      expect(sqlite.prepare('SELECT * FROM sync_state').all()).toEqual(before)
      expect(otherSchema()).toEqual(others)
      expect(sqlite.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok')
      expect(sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([])
      expect(() => sqlite.prepare(`UPDATE sync_state SET last_error_kind = 'lost'`).run()).toThrow(/CHECK constraint failed/)
      sqlite.prepare(`UPDATE sync_state SET last_error_kind = NULL`).run()
      sqlite.prepare(`UPDATE sync_state SET last_error_kind = 'insecure'`).run()
    } finally {
      sqlite.close()
    }
  })
})
