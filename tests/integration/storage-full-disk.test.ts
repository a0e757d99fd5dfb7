import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statfsSync, unlinkSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Channel } from '../../src/shared/contract'
import { manualClock } from '../../src/main/core/clock'
import { openShop } from '../../src/main/open-shop'
import { TOOL_WINDOW } from '../../src/main/tillpoint'
import { openTestTill, snapshotDatabase, TEST_EPOCH } from '../support/test-till'
import { seedProducts } from '../support/seed-products'
import { cartWith, sellAtCounter } from '../support/sales'
import { smallFilesystem } from '../support/small-fs'

/** Writes `path` until the file system refuses with ENOSPC: the disk is then as full as the kernel says. */
function fillUp(path: string): void {
  const block = Buffer.alloc(64 * 1024, 0x5a)
  const fd = openSync(path, 'w')
  try {
    for (;;) {
      try {
        writeSync(fd, block)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break
        throw error
      }
    }
    // the last partial block too: not one byte is left
    for (let size = block.length / 2; size >= 1; size = Math.floor(size / 2)) {
      try {
        writeSync(fd, block, 0, size)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
      }
    }
  } finally {
    closeSync(fd)
  }
}

/** Runs `test` with a shop folder on a fresh 32 MB file system, unmounted and removed afterwards. */
async function onSmallDisk(test: (disk: string, dir: string) => Promise<void>): Promise<void> {
  const mountPoint = mkdtempSync(join(tmpdir(), 'tillpoint-small-disk-'))
  try {
    await using disk = smallFilesystem(mountPoint, '32m')
    const dir = join(disk.path, 'shop')
    mkdirSync(dir)
    await test(disk.path, dir)
  } finally {
    rmSync(mountPoint, { recursive: true, force: true })
  }
}

describe('a till on a disk that fills up (a real 32 MB file system)', () => {
  it('answers a sale with STORAGE_FULL in words, writes nothing, logs SQLite\'s own error (not "no transaction is active"), keeps the banner while the disk is full, and sells again once there is room', async () => {
    await onSmallDisk(async (disk, dir) => {
      const till = openTestTill({ dir })
      try {
        const [apple] = await seedProducts(till.context, [{ name: 'Apple', price: 120, stock: 1_000 }])
        await sellAtCounter(till, [{ variantId: apple!.variantId }])
        const cart = await cartWith(till, [{ variantId: apple!.variantId, quantity: 2 }])
        // every page in the database file and the WAL cut to nothing: the next commit must grow the WAL
        till.sqlite.pragma('wal_checkpoint(TRUNCATE)')
        const before = await snapshotDatabase(till)
        const seen = till.recordEvents()
        const filler = join(disk, 'filler.bin')
        fillUp(filler)
        expect(statfsSync(disk).bavail).toBe(0)

        const answer = await till.call('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
        expect(answer).toMatchObject({ ok: false, error: { code: 'STORAGE_FULL', message: expect.stringMatching(/disk is full/) as unknown } })
        const log = till.logged.join('\n')
        expect(log).toMatch(/SQLITE_FULL|database or disk is full/)
        expect(log).not.toMatch(/no transaction is active/)
        expect(await snapshotDatabase(till)).toEqual(before)
        expect((await till.ok('backups.storageStatus')).problem?.code).toBe('STORAGE_FULL')
        expect(seen).toContainEqual({ name: 'storage.changed', payload: { problem: expect.objectContaining({ code: 'STORAGE_FULL' }) as unknown } })
        // the banner stays while the disk is still full
        await till.services.storage.recheck()
        expect((await till.ok('backups.storageStatus')).problem?.code).toBe('STORAGE_FULL')

        unlinkSync(filler)
        await till.services.storage.recheck()
        expect(await till.ok('backups.storageStatus')).toEqual({ problem: null })
        expect(seen.at(-1)).toEqual({ name: 'storage.changed', payload: { problem: null } })
        await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
        expect((await snapshotDatabase(till)).orders).toBe((before.orders as number) + 1)
      } finally {
        await till.close()
      }
    })
  })

  it('at start on a full disk: the start-up screen says the disk is full (not "cannot open"), offers no restore, refuses every channel with STORAGE_FULL, and Try again opens the till once there is room', async () => {
    await onSmallDisk(async (disk, dir) => {
      const till = openTestTill({ dir })
      const [apple] = await seedProducts(till.context, [{ name: 'Apple', price: 120, stock: 1_000 }])
      await sellAtCounter(till, [{ variantId: apple!.variantId }])
      await till.ok('backups.now')
      await till.close()
      const filler = join(disk, 'filler.bin')
      fillUp(filler)
      const logged: string[] = []
      const shop = await openShop({
        dbPath: till.dbPath,
        clock: manualClock(TEST_EPOCH + 3_600_000),
        logError: (where, error) => logged.push(`${where}: ${error instanceof Error ? error.message : String(error)}`)
      })
      try {
        const call = (channel: Channel) => shop.dispatch(channel, { input: undefined }, TOOL_WINDOW)
        expect(shop.till()).toBeNull()
        expect(await call('startup.problem')).toMatchObject({ ok: true, data: { kind: 'disk-full', canRestore: false, newestBackup: null } })
        // SQLite's own words are kept in the log
        expect(logged.join('\n')).toMatch(/disk-full.*(disk I\/O error|disk is full)/)
        expect(await call('cart.current')).toMatchObject({ ok: false, error: { code: 'STORAGE_FULL' } })
        expect(await call('startup.restoreNewest')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
        expect(await call('startup.tryAgain')).toEqual({ ok: true, data: { started: false } })

        unlinkSync(filler)
        expect(await call('startup.tryAgain')).toEqual({ ok: true, data: { started: true } })
        expect(await call('startup.problem')).toEqual({ ok: true, data: null })
        const orders = await shop.dispatch('orders.list', { input: { limit: 10 } }, TOOL_WINDOW)
        expect(orders.ok && (orders.data as { orders: unknown[] }).orders).toHaveLength(1)
      } finally {
        await shop.close()
      }
    })
  })
})
