import { describe, expect, it } from 'vitest'
import { storageProblemCode } from '../../src/main/db/storage-errors'
import { openTestTill, snapshotDatabase } from '../support/test-till'
import { seedProducts } from '../support/seed-products'
import { cartWith, sellAtCounter } from '../support/sales'
import { immutableFiles, overwriteTableRoot } from '../support/damaged-files'

function coded(code: string): Error {
  return Object.assign(new Error(code), { code })
}

describe('storage failures in words', () => {
  it('maps SQLite and file-system codes to the three storage answers, and nothing else', () => {
    expect(storageProblemCode(coded('SQLITE_FULL'))).toBe('STORAGE_FULL')
    expect(storageProblemCode(coded('ENOSPC'))).toBe('STORAGE_FULL')
    expect(storageProblemCode(coded('SQLITE_READONLY'))).toBe('STORAGE_READ_ONLY')
    expect(storageProblemCode(coded('SQLITE_READONLY_DIRECTORY'))).toBe('STORAGE_READ_ONLY')
    expect(storageProblemCode(coded('EROFS'))).toBe('STORAGE_READ_ONLY')
    expect(storageProblemCode(coded('SQLITE_CORRUPT'))).toBe('DATABASE_DAMAGED')
    expect(storageProblemCode(coded('SQLITE_NOTADB'))).toBe('DATABASE_DAMAGED')
    expect(storageProblemCode(coded('SQLITE_BUSY'))).toBeNull()
    expect(storageProblemCode(new Error('no code'))).toBeNull()
  })

  it('answers a sale on a full database with STORAGE_FULL (not "no transaction is active"), writes nothing, logs the cause, and the banner goes once there is room', async () => {
    const till = openTestTill()
    try {
      const [apple] = await seedProducts(till.context, [{ name: 'Apple', price: 120, stock: 1_000_000 }])
      const cart = await cartWith(till, [{ variantId: apple!.variantId, quantity: 2 }])
      const seen = till.recordEvents()
      // the database may not grow by a single page: SQLite's own full-disk error
      const pages = till.sqlite.pragma('page_count', { simple: true }) as number
      till.sqlite.pragma(`max_page_count = ${pages}`)
      const logging = (channel: 'cart.checkout', input: Parameters<typeof till.call<'cart.checkout'>>[1]) => till.call(channel, input)
      let before = await snapshotDatabase(till)
      let answer = await logging('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
      for (let sale = 0; answer.ok && sale < 200; sale += 1) {
        const next = await cartWith(till, [{ variantId: apple!.variantId }])
        before = await snapshotDatabase(till)
        answer = await logging('cart.checkout', { cartId: next.id, kind: 'counter', payments: [{ method: 'cash', amount: next.totals.total }] })
      }
      expect(answer).toMatchObject({ ok: false, error: { code: 'STORAGE_FULL', message: expect.stringMatching(/disk is full/) } })
      expect(till.logged.at(-1)).toMatch(/SQLITE_FULL|database or disk is full/)
      expect(await snapshotDatabase(till)).toEqual(before)
      expect(await till.ok('backups.storageStatus')).toEqual({ problem: { code: 'STORAGE_FULL', message: expect.any(String) } })
      expect(seen).toContainEqual({ name: 'storage.changed', payload: { problem: expect.objectContaining({ code: 'STORAGE_FULL' }) } })

      await till.services.storage.recheck()
      expect((await till.ok('backups.storageStatus')).problem?.code).toBe('STORAGE_FULL')
      till.sqlite.pragma('max_page_count = 1073741823')
      await till.services.storage.recheck()
      expect(await till.ok('backups.storageStatus')).toEqual({ problem: null })
      expect(seen.at(-1)).toEqual({ name: 'storage.changed', payload: { problem: null } })
    } finally {
      await till.cleanup()
    }
  })

  it("answers a sale with STORAGE_READ_ONLY when the database file is made read-only under the running till, writes nothing, logs SQLite's disk I/O error, and the banner goes once it can be written again", async () => {
    const till = openTestTill()
    try {
      const [apple] = await seedProducts(till.context, [{ name: 'Apple', price: 120, stock: 1_000 }])
      await sellAtCounter(till, [{ variantId: apple!.variantId }])
      const cart = await cartWith(till, [{ variantId: apple!.variantId, quantity: 3 }])
      // every page in the database file, the WAL empty: the next commit must write the WAL
      till.sqlite.pragma('wal_checkpoint(TRUNCATE)')
      const before = await snapshotDatabase(till)
      const readOnly = immutableFiles([till.dbPath, `${till.dbPath}-wal`])
      try {
        const answer = await till.call('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
        expect(answer).toMatchObject({ ok: false, error: { code: 'STORAGE_READ_ONLY', message: expect.stringMatching(/cannot write to its database/) } })
        expect(till.logged.at(-1)).toMatch(/disk I\/O error/)
        expect(await snapshotDatabase(till)).toEqual(before)
        expect((await till.ok('backups.storageStatus')).problem?.code).toBe('STORAGE_READ_ONLY')
        await till.services.storage.recheck()
        expect((await till.ok('backups.storageStatus')).problem?.code).toBe('STORAGE_READ_ONLY')
      } finally {
        await readOnly[Symbol.asyncDispose]()
      }
      await till.services.storage.recheck()
      expect(await till.ok('backups.storageStatus')).toEqual({ problem: null })
      await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
    } finally {
      await till.cleanup()
    }
  })

  it("answers a command on a damaged table with DATABASE_DAMAGED, logs SQLite's words, and the banner stays (only a restore replaces the file)", async () => {
    const till = openTestTill()
    try {
      const [apple] = await seedProducts(till.context, [{ name: 'Apple', price: 120, stock: 1_000 }])
      for (let sale = 0; sale < 3; sale += 1) await sellAtCounter(till, [{ variantId: apple!.variantId }])
      till.sqlite.pragma('wal_checkpoint(TRUNCATE)')
      overwriteTableRoot(till.dbPath, 'orders')
      // the connection forgets the pages it had read, so the next read meets the damage on disk
      till.sqlite.pragma('shrink_memory')
      const answer = await till.call('orders.list', { limit: 10 })
      expect(answer).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED', message: expect.stringMatching(/damaged/) } })
      expect(till.logged.at(-1)).toMatch(/malformed/)
      expect((await till.ok('backups.storageStatus')).problem?.code).toBe('DATABASE_DAMAGED')
      await till.services.storage.recheck()
      expect((await till.ok('backups.storageStatus')).problem?.code).toBe('DATABASE_DAMAGED')
    } finally {
      await till.close()
    }
  })
})
