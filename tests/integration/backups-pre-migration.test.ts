import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { listBackups } from '../../src/main/backups/backup-files'
import { migrate } from '../../src/main/db/migrate'
import { MIGRATIONS } from '../../src/main/db/migrations'
import { openSqlite } from '../../src/main/db/open'
import { openTestTill } from '../support/test-till'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tillpoint-premigration-'))
  dirs.push(dir)
  return dir
}

describe('the pre-migration backup', () => {
  it('is taken, verified and listed before the pending migrations of an existing database run', async () => {
    const dir = freshDir()
    const old = openSqlite(join(dir, 'till.sqlite'))
    migrate(old, MIGRATIONS.slice(0, -1), () => 0)
    old.prepare("INSERT INTO customers (name, created_at, updated_at) VALUES ('Kept', 0, 0)").run()
    old.close()

    const till = openTestTill({ dir })
    try {
      const [backup, ...others] = await listBackups(till.services.backups.folder, 'local')
      expect(others).toEqual([])
      expect(backup).toMatchObject({ reason: 'pre-migration', counts: { schema_migrations: MIGRATIONS.length - 1, customers: 1 } })
      // the database itself moved on
      expect(till.sqlite.prepare('SELECT count(*) AS n FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length)
    } finally {
      await till.close()
    }
  })

  it('is not taken for a new database, nor for one with nothing to migrate', async () => {
    const dir = freshDir()
    const first = openTestTill({ dir })
    await first.close()
    const again = openTestTill({ dir })
    try {
      expect(await listBackups(again.services.backups.folder, 'local')).toEqual([])
    } finally {
      await again.close()
    }
  })
})
