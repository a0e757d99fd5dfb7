import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { BackupReason } from '../../src/shared/backups'
import { openTestTill, TEST_EPOCH, type TestTill } from '../support/test-till'
import { seedProducts } from '../support/seed-products'
import { sellAtCounter } from '../support/sales'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const HOUR = 3_600_000

/** The app's automatic backups (src/main/index.ts turns them on), looked at every 20 ms instead of every minute. */
const openAutomatic = (dir: string, start = TEST_EPOCH): TestTill => openTestTill({ dir, start, backups: { automatic: true, checkEveryMs: 20 } })

/** The newest backup, which the rotation always keeps (it keeps one a day of older ones): why and when it was taken. */
const newest = async (till: TestTill): Promise<{ reason: BackupReason; createdAt: number } | null> => {
  const [entry] = await till.ok('backups.list')
  return entry ? { reason: entry.reason, createdAt: entry.createdAt } : null
}

describe('automatic backups', () => {
  it('are taken at the daily time, after every shift close, and on quit when anything changed since the last one, not when nothing did', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tillpoint-automatic-'))
    dirs.push(dir)
    let till = openAutomatic(dir)
    try {
      // the default daily time (21:00) passed the evening before TEST_EPOCH (09:00), with no backup yet: one is taken at start
      await expect.poll(() => newest(till), { timeout: 30_000 }).toEqual({ reason: 'scheduled', createdAt: TEST_EPOCH })
      expect((await till.ok('backups.status')).overdue).toBe(false)

      const [tea] = await seedProducts(till.context, [{ name: 'Tea', price: 250, stock: 100 }])
      till.clock.advance(HOUR)
      await till.ok('shifts.open', { float: { total: 100_00 } })
      await sellAtCounter(till, [{ variantId: tea!.variantId }])
      await till.ok('shifts.count', { count: { total: (await till.ok('shifts.xReport')).cash.expected } })
      // a backup under way as the shift closes began before the close: the close still gets its own backup
      const underWay = till.ok('backups.now')
      await expect.poll(async () => (await till.ok('backups.status')).running).not.toBeNull()
      till.clock.advance(60_000)
      await till.ok('shifts.close', { reason: '', keepOpenCarts: false })
      await underWay
      await expect.poll(() => newest(till), { timeout: 30_000 }).toEqual({ reason: 'shift', createdAt: TEST_EPOCH + HOUR + 60_000 })

      // past the next daily time (21:00 on TEST_EPOCH's day) the next look takes the daily backup
      till.clock.advance(12 * HOUR)
      await expect.poll(() => newest(till), { timeout: 30_000 }).toEqual({ reason: 'scheduled', createdAt: TEST_EPOCH + 13 * HOUR + 60_000 })

      await till.ok('settings.update', { shopName: 'Corner Shop' })
      till.clock.advance(HOUR)
    } finally {
      await till.close()
    }
    // a change since the last backup: the quit took one
    till = openAutomatic(dir, TEST_EPOCH + 15 * HOUR)
    try {
      expect(await newest(till)).toEqual({ reason: 'quit', createdAt: TEST_EPOCH + 14 * HOUR + 60_000 })
    } finally {
      await till.close()
    }
    // nothing changed in that start: no quit backup
    till = openAutomatic(dir, TEST_EPOCH + 16 * HOUR)
    try {
      expect(await newest(till)).toEqual({ reason: 'quit', createdAt: TEST_EPOCH + 14 * HOUR + 60_000 })
    } finally {
      await till.close()
    }
    // five backups with their workers, on the shared 2-core machine
  }, 120_000)
})
