import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { afterEach } from 'vitest'
import { openSqlite } from '../../src/main/db/open'
import { openTestTill, type TestTill } from './test-till'

/**
 * The temp folders and tills of a migration test, closed and removed after each test. Call it once
 * at the top of the file: it registers the `afterEach`.
 */
export function migrationTills(prefix: string): {
  /** A new temp folder, removed after the test. */
  dir: () => string
  /** Opens (and so migrates) the till file in `dir`; cleaned up after the test. */
  open: (dir: string, start?: number) => TestTill
} {
  const dirs: string[] = []
  const tills: TestTill[] = []
  afterEach(async () => {
    for (const till of tills.splice(0)) await till.cleanup()
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return {
    dir: () => {
      const dir = mkdtempSync(join(tmpdir(), prefix))
      dirs.push(dir)
      return dir
    },
    open: (dir, start) => {
      const till = openTestTill(start === undefined ? { dir } : { dir, start })
      tills.push(till)
      return till
    }
  }
}

export const DAY = 24 * 3_600_000

/** When the trade of a migration test starts: 1 June 2026, 09:00 UTC. */
export const FIRST_DAY = Date.UTC(2026, 5, 1, 9, 0)

/** Trades on a till in `dir` from `start` and closes it, so its file can be taken back to before a migration. */
export async function tradeOn<T>(dir: string, trade: (till: TestTill) => Promise<T>, start = FIRST_DAY): Promise<T> {
  const till = openTestTill({ dir, start })
  try {
    return await trade(till)
  } finally {
    await till.close()
  }
}

/** Runs `use` on the till file in `dir` with no till open on it (to undo a migration, or read the rows it left). */
export function onTillFile<T>(dir: string, use: (sqlite: BetterSqlite3.Database) => T): T {
  const sqlite = openSqlite(join(dir, 'till.sqlite'))
  try {
    return use(sqlite)
  } finally {
    sqlite.close()
  }
}
