import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { listBackups } from '../../src/main/backups/backup-files'
import { chooseBackupFolder } from '../support/backup-pick'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts } from '../support/seed-products'
import { sellAtCounter } from '../support/sales'
import { smallFilesystem, readOnlyFolder } from '../support/small-fs'

const tills: TestTill[] = []
afterEach(async () => {
  for (const till of tills.splice(0)) await till.cleanup()
})

function open(options: Parameters<typeof openTestTill>[0] = {}): TestTill {
  const till = openTestTill(options)
  tills.push(till)
  return till
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

describe('a backup', () => {
  it('taken while sales keep committing is verified, listed, and holds every order whole up to its snapshot', async () => {
    const till = open({ backups: { pagesPerStep: 1 } })
    const [apple, pear] = await seedProducts(till.context, [
      { name: 'Apple', price: 120, stock: 1_000_000 },
      { name: 'Pear', price: 95, stock: 1_000_000 }
    ])
    for (let sale = 0; sale < 40; sale += 1) await sellAtCounter(till, [{ variantId: apple!.variantId, quantity: 2 }, { variantId: pear!.variantId }])

    let selling = true
    let soldDuring = 0
    const progress: number[] = []
    till.context.bus.subscribe((name, payload) => {
      if (name === 'backups.progress') progress.push((payload as { progress: { fraction: number } }).progress.fraction)
    })
    const sales = (async () => {
      while (selling) {
        await sellAtCounter(till, [{ variantId: apple!.variantId }, { variantId: pear!.variantId, quantity: 3 }])
        soldDuring += 1
        // as in the app, each sale arrives as its own IPC message: the event loop turns between them
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    const result = await till.services.backups.backupNow('manual')
    selling = false
    await sales

    expect(soldDuring).toBeGreaterThan(0)
    expect(progress.length).toBeGreaterThan(2)
    expect(progress.at(-1)).toBe(1)
    expect(await till.services.backups.list()).toEqual([result.local])
    expect(rowsOf(result.local.path, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }])

    const orderQuery = 'SELECT * FROM orders ORDER BY id'
    const linesQuery = 'SELECT * FROM order_lines ORDER BY id'
    const copied = rowsOf(result.local.path, orderQuery)
    const lastId = copied.at(-1)!.id as number
    expect(copied.length).toBe(result.local.counts.orders)
    expect(copied).toEqual(rowsOf(till.dbPath, orderQuery).filter((order) => (order.id as number) <= lastId))
    // never half a sale: the copy's lines are exactly the source's lines of the copied orders
    expect(rowsOf(result.local.path, linesQuery)).toEqual(rowsOf(till.dbPath, linesQuery).filter((line) => (line.order_id as number) <= lastId))
    expect(rowsOf(till.dbPath, 'SELECT count(*) AS n FROM orders')[0]!.n).toBe(40 + soldDuring)
  })

  it('lists nothing for a copy that never got its manifest, and start() clears the leftovers', async () => {
    const till = open()
    const first = await till.services.backups.backupNow('manual')
    mkdirSync(till.services.backups.folder, { recursive: true })
    writeFileSync(join(till.services.backups.folder, 'tillpoint-20260302T090000-000Z-manual.sqlite.partial'), 'half a copy')
    writeFileSync(join(till.services.backups.folder, 'tillpoint-20260301T090000-000Z-manual.sqlite'), 'a copy without a manifest')
    expect(await till.services.backups.list()).toEqual([first.local])
    await till.services.backups.start()
    expect(readdirSync(till.services.backups.folder).filter((name) => name.endsWith('.partial'))).toEqual([])
  })

  it('copies to the second folder, encrypted with the passphrase, and lists both copies', async () => {
    const till = open()
    const second = join(till.dir, 'usb-stick')
    expect(await till.ok('backups.settings')).toEqual({ dailyAt: '21:00', secondFolder: null, encrypted: false })
    expect(
      await till.ok('backups.updateSettings', { dailyAt: null, secondFolderToken: await chooseBackupFolder(till, second), passphrase: 'correct horse battery' })
    ).toEqual({
      dailyAt: null,
      secondFolder: second,
      encrypted: true
    })
    const result = await till.ok('backups.now')
    expect(result.second).toMatchObject({ place: 'second', encrypted: true, createdAt: result.local.createdAt })
    expect(result.second!.sha256).not.toBe(result.local.sha256)
    expect((await till.ok('backups.list')).map((entry) => entry.place).sort()).toEqual(['local', 'second'])
    expect((await till.ok('backups.status')).failures).toEqual([])
  })

  it('reports a full second folder while the local backup still counts', async () => {
    const till = open()
    const seeded = await seedProducts(till.context, [{ name: 'Apple', price: 120, stock: 1_000_000 }])
    for (let sale = 0; sale < 30; sale += 1) await sellAtCounter(till, [{ variantId: seeded[0]!.variantId }])
    await using small = smallFilesystem(join(till.dir, 'tiny-stick'), '64k')
    await till.ok('backups.updateSettings', { dailyAt: null, secondFolderToken: await chooseBackupFolder(till, small.path), passphrase: null })
    const result = await till.ok('backups.now')
    expect(result.second).toBeNull()
    const status = await till.ok('backups.status')
    expect(status.lastGoodAt).toBe(result.local.createdAt)
    expect(status.failures).toMatchObject([{ place: 'second', reason: 'manual' }])
    expect(status.failures[0]!.message).toMatch(/no space|full/i)
    expect(await listBackups(small.path, 'second')).toEqual([])
    expect(readdirSync(small.path)).toEqual([])
  })

  it('reports a read-only second folder as unreachable and failed, while the local backup still counts', async () => {
    const till = open()
    await using folder = readOnlyFolder(join(till.dir, 'locked-share'))
    await till.ok('backups.updateSettings', { dailyAt: null, secondFolderToken: await chooseBackupFolder(till, folder.path), passphrase: null })
    const result = await till.ok('backups.now')
    expect(result.second).toBeNull()
    const status = await till.ok('backups.status')
    expect(status.secondFolder).toEqual({ path: folder.path, reachable: false })
    expect(status.failures).toMatchObject([{ place: 'second' }])
    expect(await till.ok('backups.list')).toEqual([result.local])
  })
})
