import { copyFileSync, existsSync, readFileSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { readManifest } from '../../src/main/backups/backup-files'
import { contentDigest } from '../../src/main/backups/content-digest'
import { pendingRestorePath } from '../../src/main/backups/restore'
import { chooseBackupFolder, chooseRestoreFile } from '../support/backup-pick'
import { checksumDatabase, openTestTill, TEST_OWNER_PIN, type TestTill } from '../support/test-till'
import { seedProducts } from '../support/seed-products'
import { sellAtCounter } from '../support/sales'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tillpoint-restore-'))
  dirs.push(dir)
  return dir
}

type Row = Record<string, unknown>
function rowsOf(path: string, query: string): Row[] {
  const sqlite = new BetterSqlite3(path, { readonly: true })
  try {
    return sqlite.prepare(query).all() as Row[]
  } finally {
    sqlite.close()
  }
}

function digestOf(path: string): string {
  const sqlite = new BetterSqlite3(path, { readonly: true })
  try {
    return contentDigest(sqlite)
  } finally {
    sqlite.close()
  }
}

const countOrders = (path: string): number => rowsOf(path, 'SELECT count(*) AS n FROM orders')[0]!.n as number

/** Customers written straight into the file (as an import would), in one transaction beside the running till. */
function addCustomers(path: string, count: number): void {
  const sqlite = new BetterSqlite3(path)
  try {
    const insert = sqlite.prepare('INSERT INTO customers (name, phone, phone_digits, email, address, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)')
    sqlite.transaction(() => {
      for (let n = 0; n < count; n += 1) insert.run(`Customer ${n}`, `07700 ${900_000 + n}`, `07700${900_000 + n}`, `c${n}@example.com`, `${n} High Street`)
    })()
  } finally {
    sqlite.close()
  }
}

const ORDERS = 'SELECT * FROM orders ORDER BY id'
const LINES = 'SELECT * FROM order_lines ORDER BY id'
const PAYMENTS = 'SELECT * FROM payments ORDER BY id'
const VARIANTS = 'SELECT id, stock FROM variants ORDER BY id'

/** Each variant's stock once `lines` were sold from the seeded 1,000,000. */
function stockAfter(lines: Row[], variants: number[]): Row[] {
  return variants.map((id) => ({
    id,
    stock: 1_000_000 - lines.filter((line) => line.variant_id === id).reduce((sum, line) => sum + (line.quantity as number), 0)
  }))
}

async function shopWithSales(till: TestTill, sales: number): Promise<number[]> {
  const seeded = await seedProducts(till.context, [
    { name: 'Apple', price: 120, stock: 1_000_000 },
    { name: 'Pear', price: 95, stock: 1_000_000 }
  ])
  const ids = seeded.map((variant) => variant.variantId)
  for (let sale = 0; sale < sales; sale += 1) await sellAtCounter(till, [{ variantId: ids[0]!, quantity: 1 + (sale % 3) }, { variantId: ids[1]! }])
  return ids
}

describe('restoring a backup', () => {
  it('brings back the database exactly as it was at the backup point of a backup taken during sales, keeps the replaced one aside, and can be undone', async () => {
    const dir = freshDir()
    const till = openTestTill({ dir, backups: { pagesPerStep: 1 } })
    const [apple, pear] = await shopWithSales(till, 30)
    // a shop's worth of customers, so that the copy takes long enough for sales to land inside it
    addCustomers(till.dbPath, 5_000)
    let selling = true
    const sales = (async () => {
      while (selling) {
        await sellAtCounter(till, [{ variantId: apple! }, { variantId: pear!, quantity: 2 }])
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    const { local } = await till.ok('backups.now')
    // a start on the till's own database names no restore
    expect((await till.ok('backups.status')).restoredAtStart).toBeNull()
    const ordersWhenDone = countOrders(till.dbPath)
    selling = false
    await sales
    for (let sale = 0; sale < 5; sale += 1) await sellAtCounter(till, [{ variantId: apple! }])
    // the digest of the copy, taken once it passed its integrity check
    const atBackupPoint = (await readManifest(`${local.path}.manifest.json`))!.contentSha256
    expect(atBackupPoint).toMatch(/^[0-9a-f]{64}$/)
    expect(digestOf(local.path)).toBe(atBackupPoint)
    // sales were committed during the backup (after its snapshot, before it finished): they are not in it
    expect(ordersWhenDone).toBeGreaterThan(local.counts.orders!)
    expect(digestOf(till.dbPath)).not.toBe(atBackupPoint)
    const atBackup = {
      orders: rowsOf(local.path, ORDERS),
      lines: rowsOf(local.path, LINES),
      payments: rowsOf(local.path, PAYMENTS),
      stock: rowsOf(local.path, VARIANTS)
    }
    const beforeRestore = rowsOf(till.dbPath, ORDERS)
    expect(beforeRestore.length).toBeGreaterThan(atBackup.orders.length)
    // the backup is the source at one point between two sales: the source's first sales exactly
    // (sales change no order once placed), and stock that took off what those sales sold, no more, no less
    const sold = atBackup.orders.length
    expect(atBackup.orders).toEqual(beforeRestore.slice(0, sold))
    expect(atBackup.lines).toEqual(rowsOf(till.dbPath, LINES).filter((line) => (line.order_id as number) <= (atBackup.orders.at(-1)!.id as number)))
    expect(atBackup.payments).toEqual(rowsOf(till.dbPath, PAYMENTS).filter((payment) => (payment.order_id as number) <= (atBackup.orders.at(-1)!.id as number)))
    expect(atBackup.stock).toEqual(stockAfter(atBackup.lines, [apple!, pear!]))

    const summary = await till.ok('backups.inspect', { backupId: local.id })
    expect(summary).toMatchObject({ ok: true, problem: null, createdAt: local.createdAt, counts: local.counts })
    expect(summary.lastOrderAt).toBe(atBackup.orders.at(-1)!.created_at)
    expect(existsSync(pendingRestorePath(till.dbPath))).toBe(false)

    await till.ok('backups.restore', { backupId: local.id })
    await till.close()
    // the file the restart puts in place holds exactly the backup
    expect(digestOf(pendingRestorePath(till.dbPath))).toBe(atBackupPoint)

    let setAside: { restoredAt: number; setAsidePath: string } | null = null
    const restored = openTestTill({ dir })
    try {
      expect(digestOf(restored.dbPath)).toBe(atBackupPoint)
      expect(rowsOf(restored.dbPath, ORDERS)).toEqual(atBackup.orders)
      expect(rowsOf(restored.dbPath, LINES)).toEqual(atBackup.lines)
      expect(rowsOf(restored.dbPath, PAYMENTS)).toEqual(atBackup.payments)
      expect(rowsOf(restored.dbPath, VARIANTS)).toEqual(atBackup.stock)
      const status = await restored.ok('backups.status')
      expect(status.undoable).not.toBeNull()
      // the notice after the restore names the backup and when it was taken
      expect(status.restoredAtStart).toEqual({
        kind: 'backup',
        file: basename(local.path),
        createdAt: local.createdAt,
        restoredAt: status.undoable!.restoredAt
      })
      expect(rowsOf(status.undoable!.setAsidePath, ORDERS)).toEqual(beforeRestore)
      // the restored till sells on
      await sellAtCounter(restored, [{ variantId: apple! }])
      await restored.ok('backups.undoRestore')
      setAside = status.undoable!
    } finally {
      await restored.close()
    }

    const undone = openTestTill({ dir })
    try {
      expect(rowsOf(undone.dbPath, ORDERS)).toEqual(beforeRestore)
      // undoing moved the restored database aside in turn: nothing was deleted
      const { undoable, restoredAtStart } = await undone.ok('backups.status')
      expect(rowsOf(undoable!.setAsidePath, ORDERS)).toHaveLength(atBackup.orders.length + 1)
      // after the undo the notice names the set-aside file it runs on again, and when the restore set it aside
      expect(restoredAtStart).toEqual({
        kind: 'set-aside',
        file: basename(setAside.setAsidePath),
        createdAt: setAside.restoredAt,
        restoredAt: undoable!.restoredAt
      })
    } finally {
      await undone.close()
    }
    // a backup one page a step and three starts of the till: 15 s alone on the shared 2-core machine, more beside other runs
  }, 120_000)

  it('names the restore to a locked window too, until OK in any window, which the restored database keeps; a stale or malformed OK changes nothing', async () => {
    const dir = freshDir()
    const till = openTestTill({ dir })
    await shopWithSales(till, 2)
    // a PIN: other windows start locked, as the counter's window does after the restart
    await till.addStaff('Cara Cashier', 'cashier', '4826')
    const { local } = await till.ok('backups.now')
    await till.ok('backups.restore', { backupId: local.id })
    await till.close()

    const restored = openTestTill({ dir })
    try {
      const locked = restored.window(3)
      expect(await locked.call('backups.status')).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
      const notice = await locked.ok('backups.restoredNotice')
      expect(notice).toEqual({ kind: 'backup', file: basename(local.path), createdAt: local.createdAt, restoredAt: expect.any(Number) as number })
      const seen = { kind: notice!.kind, file: notice!.file, restoredAt: notice!.restoredAt }
      const before = await checksumDatabase(restored)
      expect(await locked.call('backups.dismissRestoredNotice', { ...seen, restoredAt: -1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      expect(await locked.call('backups.dismissRestoredNotice', { ...seen, extra: true } as typeof seen)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' }
      })
      // another restore's notice (a window left open from before): not this one
      for (const stale of [
        { ...seen, restoredAt: seen.restoredAt + 1 },
        { ...seen, kind: 'set-aside' as const },
        { ...seen, file: 'other.sqlite' }
      ]) {
        expect(await locked.call('backups.dismissRestoredNotice', stale)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      }
      expect(await checksumDatabase(restored)).toBe(before)
      expect(await restored.ok('backups.restoredNotice')).toEqual(notice)

      const events = restored.recordEvents()
      expect(await locked.ok('backups.dismissRestoredNotice', seen)).toBeNull()
      // gone for every window, a new one too, and every open window hears it
      const owner = (await locked.ok('staff.lockScreen')).staff.find((member) => member.name === 'Olive Owner')!
      await restored.unlock(owner.id, TEST_OWNER_PIN)
      expect((await restored.ok('backups.status')).restoredAtStart).toBeNull()
      expect(await restored.window(4).ok('backups.restoredNotice')).toBeNull()
      await expect.poll(() => events.some((event) => event.name === 'backups.changed')).toBe(true)
      expect(events.find((event) => event.name === 'backups.changed')?.payload).toMatchObject({ status: { restoredAtStart: null } })
      expect(rowsOf(restored.dbPath, "SELECT value FROM settings WHERE key = 'restoreNoticeSeen'")).toEqual([{ value: JSON.stringify(seen) }])
      expect(await locked.call('backups.dismissRestoredNotice', seen)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    } finally {
      await restored.close()
    }
  })

  it('refuses a backup damaged after it was made, and stages nothing', async () => {
    const till = openTestTill({ dir: freshDir() })
    try {
      await shopWithSales(till, 20)
      const { local } = await till.ok('backups.now')
      const fd = openSync(local.path, 'r+')
      writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 4096 * 2)
      closeSync(fd)
      const summary = await till.ok('backups.inspect', { backupId: local.id })
      expect(summary.ok).toBe(false)
      expect(summary.problem).toMatch(/damaged|changed since/)
      const refused = await till.call('backups.restore', { backupId: local.id })
      expect(refused).toMatchObject({ ok: false, error: { code: 'BACKUP_REFUSED' } })
      expect(existsSync(pendingRestorePath(till.dbPath))).toBe(false)
    } finally {
      await till.close()
    }
  })

  it('refuses a file that is not a database, a database that is not a till, and one from a newer Tillpoint', async () => {
    const dir = freshDir()
    const till = openTestTill({ dir })
    try {
      const text = join(dir, 'notes.sqlite')
      writeFileSync(text, 'these are not the orders you are looking for'.repeat(200))
      expect(await till.ok('backups.inspect', await chooseRestoreFile(till, text))).toMatchObject({
        ok: false,
        problem: expect.stringMatching(/damaged or is not a database/)
      })

      const other = join(dir, 'other.sqlite')
      const sqlite = new BetterSqlite3(other)
      sqlite.exec('CREATE TABLE recipes (id INTEGER PRIMARY KEY)')
      sqlite.close()
      expect(await till.ok('backups.inspect', await chooseRestoreFile(till, other))).toMatchObject({
        ok: false,
        problem: 'This is a database, but not a Tillpoint one.'
      })

      const newer = join(dir, 'newer.sqlite')
      await till.ok('backups.now')
      copyFileSync((await till.ok('backups.list'))[0]!.path, newer)
      const future = new BetterSqlite3(newer)
      future.prepare("INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES (999, 'future', 'x', 0)").run()
      future.close()
      expect(await till.ok('backups.inspect', await chooseRestoreFile(till, newer))).toMatchObject({
        ok: false,
        problem: expect.stringMatching(/newer version/)
      })
      expect(await till.call('backups.restore', await chooseRestoreFile(till, newer))).toMatchObject({ ok: false, error: { code: 'BACKUP_REFUSED' } })
      expect(await till.call('backups.inspect', await chooseRestoreFile(till, join(dir, 'gone.sqlite')))).toMatchObject({ ok: true, data: { ok: false } })
    } finally {
      await till.close()
    }
  })

  it("is the owner's decision: even a manager is refused before anything is read", async () => {
    const till = openTestTill({ dir: freshDir() })
    try {
      const { local } = await till.ok('backups.now')
      const managerId = await till.addStaff('Max Manager', 'manager', '7392')
      const manager = till.window(2)
      await manager.unlock(managerId, '7392')
      const refused = await manager.call('backups.restore', { backupId: local.id })
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { permission: 'backups.restore' } } })
      expect(await till.call('backups.restore', { backupId: 'local:nope.sqlite' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      expect(await till.call('backups.restore', { fileToken: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      expect(existsSync(pendingRestorePath(till.dbPath))).toBe(false)
    } finally {
      await till.close()
    }
  })
})

describe('the backup pickers and undo without a restore', () => {
  it('pick through the main process dialogs, refuse without them, and refuse an undo with nothing set aside', async () => {
    const plain = openTestTill({ dir: freshDir() })
    try {
      expect(await plain.call('backups.chooseFolder')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await plain.call('backups.chooseFile')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await plain.call('backups.undoRestore')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    } finally {
      await plain.close()
    }
    const picking = openTestTill({ dir: freshDir(), backups: { dialogs: { chooseFolder: async () => '/media/usb', chooseDatabaseFile: async () => null } } })
    try {
      expect(await picking.ok('backups.chooseFolder')).toEqual({ path: '/media/usb', folderToken: expect.stringMatching(/^[0-9a-f]{64}$/) })
      expect(await picking.ok('backups.chooseFile')).toEqual({ path: null, fileToken: null })
    } finally {
      await picking.close()
    }
  })
})

describe('the second folder and a file to restore come only from the main process pickers', () => {
  it('refuses a path from the renderer, and a token never given, used, from another window, of the other picker or stale; nothing changes', async () => {
    const till = openTestTill({ dir: freshDir() })
    try {
      const settingsFile = join(till.services.backups.folder, 'settings.json')
      const usb = join(till.dir, 'usb')
      await till.ok('backups.updateSettings', { dailyAt: '21:00', secondFolderToken: await chooseBackupFolder(till, usb) })
      expect(await till.ok('backups.settings')).toMatchObject({ secondFolder: usb })
      const before = readFileSync(settingsFile, 'utf8')
      const attempts: Array<{ name: string; input: () => Promise<unknown>; code: string }> = [
        { name: 'a path', input: async () => ({ dailyAt: null, secondFolderToken: '/tmp/elsewhere' }), code: 'VALIDATION' },
        { name: 'the old path field', input: async () => ({ dailyAt: null, secondFolder: '/tmp/elsewhere' }), code: 'VALIDATION' },
        { name: 'a token never given', input: async () => ({ dailyAt: null, secondFolderToken: 'a'.repeat(64) }), code: 'FORBIDDEN' },
        {
          name: 'a used token',
          input: async () => {
            const token = await chooseBackupFolder(till, join(till.dir, 'once'))
            await till.ok('backups.updateSettings', { dailyAt: '21:00', secondFolderToken: token })
            await till.ok('backups.updateSettings', { dailyAt: '21:00', secondFolderToken: await chooseBackupFolder(till, usb) })
            return { dailyAt: null, secondFolderToken: token }
          },
          code: 'FORBIDDEN'
        },
        {
          name: "another window's token",
          input: async () => ({ dailyAt: null, secondFolderToken: await chooseBackupFolder(till, '/tmp/w2', till.window(2)) }),
          code: 'FORBIDDEN'
        },
        {
          name: "the file picker's token",
          input: async () => ({ dailyAt: null, secondFolderToken: (await chooseRestoreFile(till, '/tmp/x.sqlite')).fileToken }),
          code: 'FORBIDDEN'
        },
        {
          name: 'a stale token',
          input: async () => {
            const token = await chooseBackupFolder(till, '/tmp/stale')
            till.clock.advance(16 * 60_000)
            return { dailyAt: null, secondFolderToken: token }
          },
          code: 'FORBIDDEN'
        }
      ]
      for (const attempt of attempts) {
        const input = await attempt.input()
        const written = readFileSync(settingsFile, 'utf8')
        const answer = await till.call('backups.updateSettings', input as never)
        expect(answer, attempt.name).toMatchObject({ ok: false, error: { code: attempt.code } })
        expect(readFileSync(settingsFile, 'utf8'), attempt.name).toBe(written)
      }
      expect(readFileSync(settingsFile, 'utf8')).toBe(before)
      expect(existsSync('/tmp/elsewhere')).toBe(false)

      // a restore file: a path is refused; the token is looked at by inspect, spent by restore
      expect(await till.call('backups.inspect', { path: till.dbPath } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      expect(await till.call('backups.inspect', { fileToken: await chooseBackupFolder(till, till.dbPath) })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' }
      })
      const { local } = await till.ok('backups.now')
      const file = await chooseRestoreFile(till, local.path)
      expect(await till.ok('backups.inspect', file)).toMatchObject({ ok: true })
      expect(await till.window(2).call('backups.restore', file)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(existsSync(pendingRestorePath(till.dbPath))).toBe(false)
      expect(await till.ok('backups.restore', file)).toMatchObject({ ok: true })
      expect(existsSync(pendingRestorePath(till.dbPath))).toBe(true)
      expect(await till.call('backups.inspect', file)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    } finally {
      await till.close()
    }
  })
})
