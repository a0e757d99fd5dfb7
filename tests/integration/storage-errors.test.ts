import { describe, expect, it } from 'vitest'
import { storageProblemCode } from '../../src/main/db/storage-errors'
import { openTestTill, snapshotDatabase } from '../support/test-till'
import { seedProducts } from '../support/seed-products'
import { cartWith } from '../support/sales'

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
})
