import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SaveDialogRequest } from '../../src/shared/files'
import { sellAtCounter } from '../support/sales'
import { seedProducts } from '../support/seed-products'
import { chooseSaveTo } from '../support/save-to'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'

let till: TestTill
beforeEach(() => {
  till = openTestTill()
})
afterEach(() => till.cleanup())

const exportRequest = { title: 'Export orders', suggestedName: 'orders-2026-03-02.csv', kind: 'csv' } as const

describe('files.chooseSavePath', () => {
  it('refuses in words where no save dialog exists (a plain browser page)', async () => {
    const result = await till.call('files.chooseSavePath', exportRequest)
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Choosing where to save a file works only in the Tillpoint app window.' } })
  })

  it('answers the path the dialog chose, with the extension the kind needs, or null when cancelled', async () => {
    const asked: SaveDialogRequest[] = []
    const answers = ['/home/shop/orders.csv', '/home/shop/March', null]
    till.services.savePaths.use(async (request) => {
      asked.push(request)
      return answers.shift() ?? null
    })
    expect(await till.ok('files.chooseSavePath', exportRequest)).toEqual({ path: '/home/shop/orders.csv', saveToken: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(await till.ok('files.chooseSavePath', exportRequest)).toEqual({ path: '/home/shop/March.csv', saveToken: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(await till.ok('files.chooseSavePath', exportRequest)).toEqual({ path: null, saveToken: null })
    expect(asked).toEqual([exportRequest, exportRequest, exportRequest])
  })

  it.each([
    [{ ...exportRequest, suggestedName: '../etc/orders.csv' }, 'suggestedName'],
    [{ ...exportRequest, suggestedName: 'orders.pdf' }, 'suggestedName'],
    [{ ...exportRequest, kind: 'exe' }, 'kind'],
    [{ ...exportRequest, title: '' }, 'title'],
    [{ ...exportRequest, path: '/tmp/x.csv' }, '']
  ])('refuses %j before any dialog opens', async (request, path) => {
    let opened = false
    till.services.savePaths.use(async () => {
      opened = true
      return '/tmp/x.csv'
    })
    const result = await till.call('files.chooseSavePath', request as never)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('VALIDATION')
    expect(result.error.issues?.map((issue) => issue.path)).toContain(path)
    expect(opened).toBe(false)
  })
})

describe('orders.exportCsv progress', () => {
  it('announces how many orders are written after each page, ending with the total', async () => {
    const [tea] = await seedProducts(till.context, [{ name: 'Tea', price: 300, stock: 2000 }])
    for (let sale = 0; sale < 3; sale++) await sellAtCounter(till, [{ variantId: tea!.variantId }])
    const before = await snapshotDatabase(till)
    const events = till.recordEvents()
    const path = join(till.dir, 'orders.csv')
    expect(await till.ok('orders.exportCsv', { filter: {}, saveToken: await chooseSaveTo(till, path) })).toEqual({ rows: 3, path })
    expect(events.filter((event) => event.name === 'orders.exportProgress')).toEqual([{ name: 'orders.exportProgress', payload: { path, rows: 3 } }])
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(4)
    expect(await snapshotDatabase(till)).toEqual(before)
  })
})

describe('writes go only where the save dialog chose', () => {
  const target = () => join(till.dir, 'chosen.csv')

  it.each([
    ['orders.exportCsv', { filter: {}, path: '/tmp/tillpoint-not-chosen.csv' }],
    ['print.savePdf', { orderId: 1, document: 'receipt', path: '/tmp/tillpoint-not-chosen.pdf' }],
    ['shifts.zExportCsv', { path: '/tmp/tillpoint-not-chosen.csv' }],
    ['shifts.zSavePdf', { number: 1, path: '/tmp/tillpoint-not-chosen.pdf' }]
  ] as const)('%s refuses a path from the renderer and writes nothing', async (channel, input) => {
    const before = await snapshotDatabase(till)
    const result = await till.call(channel, input as never)
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(existsSync(input.path)).toBe(false)
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it('refuses a token never given, used once already, of another window, of another file kind or gone stale, writing nothing', async () => {
    const refusal = { ok: false, error: { code: 'FORBIDDEN', details: { reason: 'save_not_chosen' } } }
    expect(await till.call('orders.exportCsv', { saveToken: 'a'.repeat(64) })).toMatchObject(refusal)
    const once = await chooseSaveTo(till, target())
    expect(await till.ok('orders.exportCsv', { saveToken: once })).toMatchObject({ rows: 0, path: target() })
    expect(await till.call('orders.exportCsv', { saveToken: once })).toMatchObject(refusal)
    const mine = await chooseSaveTo(till, join(till.dir, 'other-window.csv'))
    expect(await till.window(2).call('orders.exportCsv', { saveToken: mine })).toMatchObject(refusal)
    const csv = await chooseSaveTo(till, join(till.dir, 'kind.csv'), 'csv')
    expect(await till.call('shifts.zSavePdf', { number: 1, saveToken: csv })).toMatchObject(refusal)
    const stale = await chooseSaveTo(till, join(till.dir, 'stale.csv'))
    till.clock.advance(16 * 60_000)
    expect(await till.call('orders.exportCsv', { saveToken: stale })).toMatchObject(refusal)
    for (const name of ['other-window.csv', 'kind.csv', 'stale.csv']) expect(existsSync(join(till.dir, name))).toBe(false)
  })
})
