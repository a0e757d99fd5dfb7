import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importFile } from '../../bench/import-bench'
import { PREVIEW_PAGE_ROWS, type CsvImportProgress } from '../../src/shared/catalog-import'
import { inspectCatalogCsv } from '../../src/main/catalog/csv-mappings-saved'
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

describe('reading a file for the mapping step in the worker', () => {
  it('answers what reading it in this process answers, with the saved mapping from the till; a refusal keeps its code; nothing is written', async () => {
    const base64 = (text: string) => Buffer.from(text).toString('base64')
    const file = base64(importFile(2_000))
    const inThisProcess = (input: string) => inspectCatalogCsv(till.context.db, { bytes: Buffer.from(input, 'base64') }, 'en-US')
    const events = till.recordEvents()
    expect(await till.ok('catalog.inspectCsv', { file })).toEqual(await inThisProcess(file))
    // Reading reports its progress in the file's rows, up to all 2,000 of them.
    const reading = events.filter((event) => event.name === 'catalog.importProgress').map((event) => event.payload)
    expect(reading.length).toBeGreaterThan(0)
    expect(reading.at(-1)).toEqual({ stage: 'reading', done: 2_000, total: 2_000 })
    await till.ok('catalog.saveImportMapping', { headers: ['Bezeichner', 'Kennung', 'Betrag'], mapping: ['name', 'sku', 'price'] })
    const before = await snapshotDatabase(till)
    const german = base64('Bezeichner;Kennung;Betrag\r\nTee;T-1;2,50\r\n')
    const inspection = await till.ok('catalog.inspectCsv', { file: german })
    expect(inspection).toMatchObject({ savedMapping: true, mapping: ['name', 'sku', 'price'], separator: ';', decimalMark: 'comma', rowCount: 1 })
    expect(inspection).toEqual(await inThisProcess(german))
    const workbook = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]).toString('base64')
    const refused = await till.call('catalog.inspectCsv', { file: workbook })
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'CSV_INVALID', message: expect.stringContaining('.xlsx') })
    expect(await snapshotDatabase(till)).toEqual(before)
  })
})

describe('the preview a page at a time', () => {
  it('answers the first page with the result and the rest by page, in file order, the same rows a whole preview has', async () => {
    const csv = importFile(1_203).replace('IMP-000007', 'IMP-000006')
    const result = await till.ok('catalog.importCsv', { csv, mode: 'all-or-nothing', dryRun: true })
    expect(result.previewRowCount).toBe(1_203)
    expect(result.rows).toHaveLength(PREVIEW_PAGE_ROWS)
    const pages = [result.rows]
    for (let page = 1; page <= 3; page++) {
      const answer = await till.ok('catalog.importPreviewRows', { page })
      expect(answer).toMatchObject({ page, previewRowCount: 1_203 })
      pages.push(answer.rows)
    }
    expect(pages.map((rows) => rows.length)).toEqual([500, 500, 203, 0])
    const rows = pages.flat()
    expect(rows.map((row) => row.line)).toEqual(Array.from({ length: 1_203 }, (_, index) => index + 2))
    // The duplicate SKU is on its row: a row problem, not a file problem.
    expect(rows.find((row) => row.line === 9)).toMatchObject({ status: 'error', sku: 'IMP-000006' })
    expect(result.fileErrors).toEqual([])
    // Each check replaces the kept preview.
    await till.ok('catalog.importCsv', { csv: importFile(3), mode: 'all-or-nothing', dryRun: true })
    expect(await till.ok('catalog.importPreviewRows', { page: 1 })).toEqual({ page: 1, rows: [], previewRowCount: 3 })
  })

  it('refuses a page that is not a whole number from 0, writing nothing', async () => {
    const before = await snapshotDatabase(till)
    for (const page of [-1, 1.5, '2', null]) {
      const answer = await till.call('catalog.importPreviewRows', { page } as never)
      expect(answer.ok ? null : answer.error.code).toBe('VALIDATION')
    }
    expect(await snapshotDatabase(till)).toEqual(before)
  })
})
