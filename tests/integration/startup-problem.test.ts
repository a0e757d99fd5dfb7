import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import type { Channel, InputOf } from '../../src/shared/contract'
import { manualClock } from '../../src/main/core/clock'
import { openShop, type Shop, type ShopOptions } from '../../src/main/open-shop'
import { TOOL_WINDOW } from '../../src/main/tillpoint'
import { indexOutOfStep, markFromNewerVersion, overwritePages, readOnlyInPlace, truncateDatabase } from '../support/damaged-files'
import { openTestTill, TEST_EPOCH } from '../support/test-till'
import { seedProducts } from '../support/seed-products'
import { sellAtCounter } from '../support/sales'
import { waitUntil } from '../support/wait-until'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** A closed shop with `sales` orders and one verified backup of them, then `after` more orders the backup lacks. */
async function shopWithBackup(sales: number, after = 2): Promise<{ dir: string; dbPath: string; backupAt: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'tillpoint-startup-'))
  dirs.push(dir)
  const till = openTestTill({ dir })
  const [apple] = await seedProducts(till.context, [{ name: 'Apple', price: 120, stock: 1_000_000 }])
  for (let sale = 0; sale < sales; sale += 1) await sellAtCounter(till, [{ variantId: apple!.variantId }])
  const { local } = await till.ok('backups.now')
  for (let sale = 0; sale < after; sale += 1) await sellAtCounter(till, [{ variantId: apple!.variantId }])
  await till.close()
  return { dir, dbPath: till.dbPath, backupAt: local.createdAt }
}

interface Opened {
  shop: Shop
  logged: string[]
  revealed: string[]
  call<C extends Channel>(channel: C, input?: InputOf<C>): ReturnType<Shop['dispatch']>
}

/**
 * Opens the shop as the app does, an hour after the test epoch (or `at`: a later day keeps both
 * backups through rotation), with `backups` options if given (automatic ones run the background check).
 */
async function open(dbPath: string, at = TEST_EPOCH + 3_600_000, backups?: ShopOptions['backups']): Promise<Opened> {
  const logged: string[] = []
  const revealed: string[] = []
  const shop = await openShop({
    dbPath,
    clock: manualClock(at),
    logError: (where, error) => logged.push(`${where}: ${error instanceof Error ? error.message : String(error)}`),
    revealFile: (path) => revealed.push(path),
    ...(backups ? { backups } : {})
  })
  return { shop, logged, revealed, call: (channel, input) => shop.dispatch(channel, { input }, TOOL_WINDOW) }
}

function ordersIn(dbPath: string): number {
  const sqlite = new BetterSqlite3(dbPath, { readonly: true })
  try {
    return sqlite.prepare('SELECT count(*) FROM orders').pluck().get() as number
  } finally {
    sqlite.close()
  }
}

describe('a database that cannot be opened at start', () => {
  it('with pages overwritten: says it is damaged, refuses every other channel, restores the newest good backup in one call, keeps the damaged file, and sells again', async () => {
    const { dir, dbPath, backupAt } = await shopWithBackup(6)
    overwritePages(dbPath)
    const damagedSha = sha256(dbPath)
    const opened = await open(dbPath)
    try {
      expect(opened.shop.till()).toBeNull()
      const problem = await opened.call('startup.problem')
      expect(problem).toMatchObject({
        ok: true,
        data: { kind: 'damaged', dbPath, canRestore: true, newestBackup: { ok: true, createdAt: backupAt, counts: expect.objectContaining({ orders: 6 }) } }
      })
      expect(opened.logged.join('\n')).toMatch(/damaged.*malformed|malformed/)
      for (const channel of ['settings.get', 'cart.current', 'orders.list', 'backups.list'] as const) {
        expect(await opened.shop.dispatch(channel, { input: undefined }, TOOL_WINDOW)).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } })
      }
      expect(await opened.call('startup.showFile')).toEqual({ ok: true, data: { shown: true } })
      expect(opened.revealed).toEqual([dbPath])

      expect(await opened.call('startup.restoreNewest')).toEqual({ ok: true, data: { started: true } })
      const till = opened.shop.till()
      expect(till).not.toBeNull()
      expect(await opened.call('startup.problem')).toEqual({ ok: true, data: null })
      const orders = await opened.call('orders.list', { limit: 50 })
      expect(orders.ok).toBe(true)
      // the damaged file is kept, byte for byte, in backups/set-aside
      const aside = join(dir, 'backups', 'set-aside')
      const kept = readdirSync(aside).filter((name) => name.endsWith('-before-restore.sqlite'))
      expect(kept).toHaveLength(1)
      expect(sha256(join(aside, kept[0]!))).toBe(damagedSha)
      const cart = await opened.call('cart.current')
      expect(cart.ok).toBe(true)
      // the till that started on it says which backup it runs on
      const status = await opened.call('backups.status')
      const backupFile = basename((problem as { data: { newestBackup: { path: string } } }).data.newestBackup.path)
      expect(status).toMatchObject({
        ok: true,
        data: { restoredAtStart: { kind: 'backup', file: backupFile, createdAt: backupAt, restoredAt: TEST_EPOCH + 3_600_000 } }
      })
    } finally {
      await opened.shop.close()
    }
    expect(ordersIn(dbPath)).toBe(6)
  })

  it('cut short: says truncated, and restores', async () => {
    const { dbPath } = await shopWithBackup(3)
    truncateDatabase(dbPath)
    const opened = await open(dbPath)
    try {
      expect(await opened.call('startup.problem')).toMatchObject({ ok: true, data: { kind: 'truncated', canRestore: true, newestBackup: { ok: true } } })
      expect(await opened.call('startup.restoreNewest')).toEqual({ ok: true, data: { started: true } })
    } finally {
      await opened.shop.close()
    }
    expect(ordersIn(dbPath)).toBe(3)
  })

  it('empty (0 bytes) while backups exist: truncated, never a fresh empty shop', async () => {
    const { dbPath } = await shopWithBackup(2)
    writeFileSync(dbPath, '')
    const opened = await open(dbPath)
    try {
      expect(await opened.call('startup.problem')).toMatchObject({ ok: true, data: { kind: 'truncated' } })
    } finally {
      await opened.shop.close()
    }
    expect(readFileSync(dbPath)).toHaveLength(0)
  })

  it('not a database, or another program database: says so', async () => {
    const { dbPath } = await shopWithBackup(1)
    writeFileSync(dbPath, 'These are the minutes of the shop meeting. '.repeat(200))
    let opened = await open(dbPath)
    try {
      expect(await opened.call('startup.problem')).toMatchObject({ ok: true, data: { kind: 'not-a-database', newestBackup: { ok: true } } })
    } finally {
      await opened.shop.close()
    }
    rmSync(dbPath)
    const other = new BetterSqlite3(dbPath)
    other.exec('CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)')
    other.close()
    opened = await open(dbPath)
    try {
      expect(await opened.call('startup.problem')).toMatchObject({ ok: true, data: { kind: 'not-a-database' } })
      // nothing of Tillpoint's was written into it
      const sqlite = new BetterSqlite3(dbPath, { readonly: true })
      expect(sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all()).toEqual(['recipes'])
      sqlite.close()
    } finally {
      await opened.shop.close()
    }
  })

  it('from a newer Tillpoint: says so, writes nothing to it, and a backup from the newer version is passed over', async () => {
    const { dir, dbPath, backupAt } = await shopWithBackup(4)
    // a newer version's own backup, listed and verified but with a schema this one does not know
    const newer = await open(dbPath, TEST_EPOCH + 2 * 86_400_000)
    const { local: newerBackup } = await newer.shop.till()!.services.backups.backupNow('manual')
    await newer.shop.close()
    markFromNewerVersion(newerBackup.path)
    const manifestFile = `${newerBackup.path}.manifest.json`
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { schemaVersion: number; sha256: string }
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, schemaVersion: 9999, sha256: sha256(newerBackup.path) }))
    markFromNewerVersion(dbPath)
    const before = sha256(dbPath)
    const opened = await open(dbPath)
    try {
      const problem = await opened.call('startup.problem')
      expect(problem).toMatchObject({ ok: true, data: { kind: 'newer-version', detail: expect.stringMatching(/9999/), newestBackup: { createdAt: backupAt } } })
      expect(await opened.call('settings.get')).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } })
    } finally {
      await opened.shop.close()
    }
    expect(sha256(dbPath)).toBe(before)
    expect(existsSync(join(dir, 'backups'))).toBe(true)
  })

  it('whose newest backup no longer matches its manifest: offers the older good one', async () => {
    const { dbPath, backupAt } = await shopWithBackup(3)
    const second = await open(dbPath, TEST_EPOCH + 2 * 86_400_000)
    const { local: newest } = await second.shop.till()!.services.backups.backupNow('manual')
    await second.shop.close()
    expect(newest.createdAt).toBeGreaterThan(backupAt)
    overwritePages(newest.path, 1)
    overwritePages(dbPath)
    const opened = await open(dbPath)
    try {
      expect(await opened.call('startup.problem')).toMatchObject({ ok: true, data: { kind: 'damaged', newestBackup: { createdAt: backupAt } } })
    } finally {
      await opened.shop.close()
    }
  })

  it('damaged with no backup at all: says so, offers no restore, and leaves the file where it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tillpoint-startup-'))
    dirs.push(dir)
    const till = openTestTill({ dir })
    await seedProducts(till.context, [{ name: 'Apple', price: 120, stock: 10 }])
    await till.close()
    overwritePages(till.dbPath)
    const before = sha256(till.dbPath)
    const opened = await open(till.dbPath)
    try {
      expect(await opened.call('startup.problem')).toMatchObject({ ok: true, data: { kind: 'damaged', newestBackup: null } })
      expect(await opened.call('startup.restoreNewest')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    } finally {
      await opened.shop.close()
    }
    expect(sha256(till.dbPath)).toBe(before)
  })

  it('in a folder that cannot be written: says read-only, offers no restore, and opens once the folder is writable again', async () => {
    const { dir, dbPath } = await shopWithBackup(2)
    const opened = await (async () => {
      await using _readOnly = readOnlyInPlace(dir)
      const shop = await open(dbPath)
      expect(await shop.call('startup.problem')).toMatchObject({ ok: true, data: { kind: 'read-only', canRestore: false, newestBackup: null } })
      expect(await shop.call('cart.current')).toMatchObject({ ok: false, error: { code: 'STORAGE_READ_ONLY' } })
      expect(await shop.call('startup.restoreNewest')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
      expect(await shop.call('startup.tryAgain')).toEqual({ ok: true, data: { started: false } })
      return shop
    })()
    try {
      expect(await opened.call('startup.tryAgain')).toEqual({ ok: true, data: { started: true } })
      expect(await opened.call('startup.problem')).toEqual({ ok: true, data: null })
    } finally {
      await opened.shop.close()
    }
    expect(ordersIn(dbPath)).toBe(4)
  })

  it('whose file alone is read-only: says read-only', async () => {
    const { dbPath } = await shopWithBackup(1)
    await using _readOnly = readOnlyInPlace(dbPath)
    const opened = await open(dbPath)
    try {
      expect(await opened.call('startup.problem')).toMatchObject({ ok: true, data: { kind: 'read-only', detail: expect.stringContaining(dbPath) } })
    } finally {
      await opened.shop.close()
    }
  })

  it('a healthy database opens at once, and the startup channels say there is nothing to do', async () => {
    const { dbPath } = await shopWithBackup(2)
    const opened = await open(dbPath)
    try {
      expect(opened.shop.till()).not.toBeNull()
      expect(await opened.call('startup.problem')).toEqual({ ok: true, data: null })
      expect(await opened.call('startup.restoreNewest')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
      expect(await opened.call('startup.tryAgain')).toEqual({ ok: true, data: { started: true } })
      expect(await opened.call('backups.status')).toMatchObject({ ok: true, data: { restoredAtStart: null } })
    } finally {
      await opened.shop.close()
    }
  })

  it('damaged where only the full check looks: quick_check lets it open at once, the full integrity check in the background finds it, logs its words, and the banner says DATABASE_DAMAGED', async () => {
    const { dbPath } = await shopWithBackup(6)
    indexOutOfStep(dbPath, 'orders_business_day', 'created_at')
    const { shop, logged } = await open(dbPath, undefined, { automatic: true })
    try {
      // the start-up look (quick_check) passed: the till opened before the full check finished
      const till = shop.till()
      expect(till).not.toBeNull()
      await waitUntil('the background integrity check', () => till!.services.storage.current() !== null, 30_000)
      expect(till!.services.storage.current()?.code).toBe('DATABASE_DAMAGED')
      expect(await shop.dispatch('backups.storageStatus', { input: undefined }, TOOL_WINDOW)).toMatchObject({
        ok: true,
        data: { problem: { code: 'DATABASE_DAMAGED', message: expect.stringMatching(/damaged/) as unknown } }
      })
      expect(logged.join('\n')).toMatch(/storage\.integrityCheck: .*missing from index orders_business_day/)
      await till!.services.storage.recheck()
      expect(till!.services.storage.current()?.code).toBe('DATABASE_DAMAGED')
    } finally {
      await shop.close()
    }
  })

  it('the full check finds nothing wrong with a healthy database: no banner, nothing logged', async () => {
    const { dbPath } = await shopWithBackup(3)
    const { shop, logged } = await open(dbPath, undefined, { automatic: true })
    try {
      await shop.till()!.services.storage.checkInBackground()
      expect(shop.till()!.services.storage.current()).toBeNull()
      expect(logged.filter((line) => line.startsWith('storage.integrityCheck'))).toEqual([])
    } finally {
      await shop.close()
    }
  })
})
