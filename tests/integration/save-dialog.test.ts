import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SaveDialogRequest } from '../../src/shared/files'
import { sellAtCounter } from '../support/sales'
import { seedProducts } from '../support/seed-products'
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
    expect(await till.ok('files.chooseSavePath', exportRequest)).toEqual({ path: '/home/shop/orders.csv' })
    expect(await till.ok('files.chooseSavePath', exportRequest)).toEqual({ path: '/home/shop/March.csv' })
    expect(await till.ok('files.chooseSavePath', exportRequest)).toEqual({ path: null })
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
    expect(await till.ok('orders.exportCsv', { filter: {}, path })).toEqual({ rows: 3, path })
    expect(events.filter((event) => event.name === 'orders.exportProgress')).toEqual([{ name: 'orders.exportProgress', payload: { path, rows: 3 } }])
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(4)
    expect(await snapshotDatabase(till)).toEqual(before)
  })
})
