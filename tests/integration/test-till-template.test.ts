import type BetterSqlite3 from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate } from '../../src/main/db/migrate'
import { MIGRATIONS } from '../../src/main/db/migrations'
import { openSqlite } from '../../src/main/db/open'
import { openTestTill, type TestTill } from '../support/test-till'
import { copyMigratedTemplate } from '../support/till-template'

const opened: TestTill[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const till of opened.splice(0)) await till.cleanup()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** Every schema entry, then every row of every table, as one value. */
function contentsOf(sqlite: BetterSqlite3.Database): Record<string, unknown> {
  const schema = sqlite.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name').all() as Array<{ type: string; name: string }>
  const contents: Record<string, unknown> = { schema }
  for (const { name } of schema.filter((entry) => entry.type === 'table')) contents[name] = sqlite.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()
  return contents
}

function tillIdOf(sqlite: BetterSqlite3.Database): string {
  return (sqlite.prepare('SELECT till_id FROM sync_state').get() as { till_id: string }).till_id
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('a test till (a copy of one migrated template)', () => {
  it('holds exactly what migrating a new file holds, with a till id of its own and the till clock as when each migration ran', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tillpoint-fresh-'))
    dirs.push(dir)
    copyMigratedTemplate(join(dir, 'copy.sqlite'), 123_456)
    const fresh = openSqlite(join(dir, 'fresh.sqlite'))
    migrate(fresh, MIGRATIONS, () => 123_456)
    const copy = openSqlite(join(dir, 'copy.sqlite'))
    const [freshId, copyId] = [tillIdOf(fresh), tillIdOf(copy)]
    fresh.prepare('UPDATE sync_state SET till_id = ?').run(copyId)
    expect(contentsOf(copy)).toEqual(contentsOf(fresh))
    copy.close()
    fresh.close()
    expect(copyId).toMatch(UUID_V4)
    expect(freshId).toMatch(UUID_V4)
    expect(copyId).not.toBe(freshId)
  })

  it('gives every till its own till id, as each first start draws one', () => {
    const tills = [openTestTill(), openTestTill(), openTestTill()]
    opened.push(...tills)
    expect(new Set(tills.map((till) => tillIdOf(till.sqlite))).size).toBe(3)
  })

  it('reopens a folder that already holds a till without replacing its database', async () => {
    const first = openTestTill()
    const { dir } = first
    const id = tillIdOf(first.sqlite)
    await first.ok('settings.update', { shopName: 'Kept Shop' })
    await first.close()
    const again = openTestTill({ dir })
    opened.push(again)
    dirs.push(dir)
    expect(tillIdOf(again.sqlite)).toBe(id)
    expect((await again.ok('settings.get')).shopName).toBe('Kept Shop')
  })
})
