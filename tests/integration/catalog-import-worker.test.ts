import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importFile } from '../../bench/import-bench'
import type { CsvImportProgress } from '../../src/shared/catalog-import'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'

let till: TestTill
beforeEach(() => {
  till = openTestTill()
})
afterEach(() => till.cleanup())

const count = (table: string) => (till.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

/** Resolves at the first progress event of the stage: the worker is then at work. */
function reached(stage: CsvImportProgress['stage']): Promise<void> {
  return new Promise((resolve) => {
    const stop = till.context.bus.subscribe((name, payload) => {
      if (name === 'catalog.importProgress' && (payload as CsvImportProgress).stage === stage) {
        stop()
        resolve()
      }
    })
  })
}

describe('catalog import in its worker thread', () => {
  it('writes through the same command as any change: one journal entry, outbox rows per product, one catalog.changed on the main bus', async () => {
    const journalBefore = count('journal')
    const outboxBefore = count('outbox')
    const events = till.recordEvents()
    const result = await till.ok('catalog.importCsv', { csv: importFile(30), mode: 'all-or-nothing', dryRun: false })
    expect(result).toMatchObject({ imported: true, productCount: 30, variantCount: 30, errors: [] })
    expect(count('products')).toBe(30)
    const entries = till.sqlite.prepare('SELECT command, staff_id FROM journal WHERE seq > ? ORDER BY seq').all(journalBefore) as Array<{ command: string }>
    expect(entries.map((entry) => entry.command)).toEqual(['catalog.importCsv'])
    const outbox = till.sqlite.prepare('SELECT type FROM outbox WHERE seq > ?').all(outboxBefore) as Array<{ type: string }>
    expect(outbox.filter((row) => row.type === 'product.changed')).toHaveLength(30)
    const changed = events.filter((event) => event.name === 'catalog.changed')
    expect(changed).toEqual([{ name: 'catalog.changed', payload: { productIds: result.productIds } }])
    expect(events.some((event) => event.name === 'catalog.importProgress')).toBe(true)
  })

  it('a cancelled import answers IMPORT_CANCELLED and writes nothing, at any stage', async () => {
    for (const stage of ['checking', 'writing'] as const) {
      const before = await snapshotDatabase(till)
      const running = till.call('catalog.importCsv', { csv: importFile(20_000), mode: 'all-or-nothing', dryRun: false })
      await reached(stage)
      expect(await till.ok('catalog.cancelImport')).toEqual({ cancelled: true })
      const answer = await running
      expect(answer.ok ? null : answer.error.code).toBe('IMPORT_CANCELLED')
      expect(await snapshotDatabase(till)).toEqual(before)
    }
    // The till imports again after a cancel: the worker's connection left no lock behind.
    expect(await till.ok('catalog.importCsv', { csv: importFile(5), mode: 'all-or-nothing', dryRun: false })).toMatchObject({ imported: true, productCount: 5 })
  })

  it('refuses a second import while one runs (CONFLICT, nothing written by it) and cancels nothing when none runs', async () => {
    expect(await till.ok('catalog.cancelImport')).toEqual({ cancelled: false })
    const first = till.call('catalog.importCsv', { csv: importFile(2_000), mode: 'all-or-nothing', dryRun: true })
    await reached('reading')
    const second = await till.call('catalog.importCsv', { csv: importFile(3), mode: 'all-or-nothing', dryRun: false })
    expect(second.ok ? null : second.error.code).toBe('CONFLICT')
    expect((await first).ok).toBe(true)
    expect(count('products')).toBe(0)
  })

  it('a refusal raised in the worker keeps its code and message', async () => {
    const answer = await till.call('catalog.importCsv', { csv: 'name,price\nTea,2.00\n', mode: 'all-or-nothing', dryRun: true })
    expect(answer.ok ? null : answer.error).toMatchObject({ code: 'CSV_INVALID', message: expect.stringContaining('sku') })
  })
})
