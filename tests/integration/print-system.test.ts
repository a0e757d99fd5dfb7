import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { OutputOf } from '../../src/shared/contract'
import { launchChromium, playwrightPrintBackend, type TestPrintBackend } from '../support/playwright-print-backend'
import { pdfInfo, pdfText, pdfToPngs } from '../support/pdf-tools'
import { sellAtCounter, takePickup } from '../support/sales'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { chooseSaveTo } from '../support/save-to'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'

const PRINTERS = [
  { name: 'EPSON_TM_T20III', displayName: 'EPSON TM-T20III Receipt', description: 'Thermal receipt printer' },
  { name: 'Office_Laser', displayName: 'Office Laser', description: 'A4 laser' }
]

let browser: Browser
let dir: string
let backend: TestPrintBackend
let till: TestTill
let tea: SeededVariant
let order: OutputOf<'cart.checkout'>

beforeAll(async () => {
  browser = await launchChromium()
}, 60_000)
afterAll(() => browser?.close())

/**
 * A till printing through Chromium, with one pickup order taken. Tests that print get a fresh one
 * each (`'each'`); tests that are refused and check that nothing changed share one (`'all'`).
 */
function printTill(per: 'each' | 'all'): void {
  const open = async () => {
    dir = mkdtempSync(join(tmpdir(), 'tillpoint-spool-'))
    backend = playwrightPrintBackend(browser, dir, PRINTERS)
    till = openTestTill({ printBackend: backend })
    await till.ok('settings.update', { shopName: 'Lavka Café', currency: 'RUB', locale: 'ru-RU', timeZone: 'Europe/Moscow' })
    ;[tea] = (await seedProducts(till.context, [{ name: 'Чай с лимоном', price: 25000, stock: 10, label: 'Большой', sku: 'TEA-L' }])) as [SeededVariant]
    order = await takePickup(till, [{ variantId: tea.variantId, quantity: 2 }], [{ method: 'card', amount: 50000, lastFour: '1234' }])
    await till.ok('print.updateSettings', { printerKind: 'system', systemPrinterName: 'EPSON_TM_T20III', paper: '80mm', silent: true })
  }
  const close = async () => {
    await till.cleanup()
    rmSync(dir, { recursive: true, force: true })
  }
  if (per === 'each') {
    beforeEach(open)
    afterEach(close)
  } else {
    beforeAll(open)
    afterAll(close)
  }
}

describe('system printers, through Chromium as Electron would print', () => {
  printTill('each')
  it('lists the printers the system knows', async () => {
    expect(await till.ok('print.listPrinters')).toEqual(PRINTERS)
  })

  it('previews the slip as HTML at the paper’s width', async () => {
    const preview = await till.ok('print.preview', { orderId: order.id, document: 'slip' })
    expect(preview).toMatchObject({ paper: '80mm', widthMm: 80 })
    expect(preview.html).toContain(order.number)
    expect(preview.html).toContain('Чай с лимоном')
    expect(preview.html).not.toContain('500,00')
    const a4 = await till.ok('print.preview', { orderId: order.id, document: 'receipt', paper: 'A4' })
    expect(a4).toMatchObject({ paper: 'A4', widthMm: 210 })
    expect(a4.html).toMatch(/500,00\s₽/)
  })

  it('prints receipt and slip silently on the chosen printer, each on one 80 mm page', async () => {
    const jobs = await till.ok('print.printOrder', { orderId: order.id, document: 'both' })
    expect(jobs.map((job) => [job.document, job.state, job.printerKind, job.target])).toEqual([
      ['receipt', 'done', 'system', 'EPSON_TM_T20III'],
      ['slip', 'done', 'system', 'EPSON_TM_T20III']
    ])
    expect(backend.spooled.map((print) => [print.deviceName, print.silent])).toEqual([
      ['EPSON_TM_T20III', true],
      ['EPSON_TM_T20III', true]
    ])
    const [receipt, slip] = backend.spooled.map((print) => print.pdfPath)
    expect(pdfText(receipt ?? '')).toContain('500,00')
    expect(pdfText(slip ?? '')).toContain('Большой')
    for (const pdf of [receipt, slip]) {
      expect(pdfInfo(pdf ?? '')).toMatchObject({ pages: 1 })
      expect(pdfInfo(pdf ?? '').widthMm).toBeCloseTo(80, 0)
    }
  })

  it('prints after checkout on the system’s default printer through the dialog when not silent', async () => {
    await till.ok('print.updateSettings', { systemPrinterName: '', silent: false, autoPrint: 'slip', paper: 'A4' })
    const sale = await sellAtCounter(till, [{ variantId: tea.variantId }])
    await till.services.printing.idle()
    const [job] = await till.ok('print.queue', { orderId: sale.id })
    expect(job).toMatchObject({ document: 'slip', state: 'done', target: 'System default printer', openDrawer: false })
    expect(backend.spooled).toEqual([{ deviceName: 'EPSON_TM_T20III', silent: false, pdfPath: expect.any(String) }])
    expect(pdfInfo(backend.spooled[0]?.pdfPath ?? '')).toMatchObject({ pages: 1 })
    expect(pdfInfo(backend.spooled[0]?.pdfPath ?? '').widthMm).toBeCloseTo(210, 0)

    backend.dialogAnswer = 'cancelled'
    const [cancelled] = await till.ok('print.printOrder', { orderId: sale.id, document: 'receipt', reprint: true })
    expect(cancelled).toMatchObject({ state: 'cancelled', lastError: 'The print dialog was closed without printing.' })
  })

  it('keeps a job failed while the printer is offline, and prints it once it is back', async () => {
    backend.offline.add('EPSON_TM_T20III')
    const [failed] = await till.ok('print.printOrder', { orderId: order.id, document: 'receipt' })
    expect(failed).toMatchObject({ state: 'failed', attempts: 1 })
    expect(failed?.lastError).toMatch(/EPSON_TM_T20III.*did not take the page/)
    expect(backend.spooled).toHaveLength(0)
    backend.offline.delete('EPSON_TM_T20III')
    expect(await till.ok('print.retry', { jobId: failed?.id ?? 0 })).toMatchObject({ state: 'done', attempts: 2 })
    expect(backend.spooled).toHaveLength(1)
  })

  it('retries on the printer the settings name now', async () => {
    backend.offline.add('EPSON_TM_T20III')
    const [failed] = await till.ok('print.printOrder', { orderId: order.id, document: 'slip' })
    await till.ok('print.updateSettings', { systemPrinterName: 'Office_Laser', paper: 'A4' })
    expect(await till.ok('print.retry', { jobId: failed?.id ?? 0 })).toMatchObject({ state: 'done', target: 'Office_Laser' })
    expect(backend.spooled.map((print) => print.deviceName)).toEqual(['Office_Laser'])
  })

  it('prints a test page that shows every script', async () => {
    const job = await till.ok('print.testPage')
    expect(job).toMatchObject({ document: 'test', state: 'done', target: 'EPSON_TM_T20III' })
    const text = pdfText(backend.spooled[0]?.pdfPath ?? '')
    for (const expected of ['Test page', 'Lavka Café', 'Москва', '東京', '1 234,56']) expect(text).toContain(expected)
  })
})

describe('save as PDF', () => {
  printTill('each')
  it.each([
    ['receipt', '58mm', 58],
    ['slip', 'A4', 210]
  ] as const)('writes the %s on %s paper to the chosen file', async (document, paper, widthMm) => {
    const path = join(dir, `order ${order.number}.pdf`)
    const saved = await till.ok('print.savePdf', { orderId: order.id, document, saveToken: await chooseSaveTo(till, path), paper })
    expect(saved.path).toBe(path)
    expect(saved.bytes).toBeGreaterThan(1000)
    const text = pdfText(path)
    expect(text).toContain(order.number)
    expect(text).toContain('Чай с лимоном')
    expect(pdfInfo(path).widthMm).toBeCloseTo(widthMm, 0)
    const [page] = pdfToPngs(path, 100)
    expect(page?.inkRatio).toBeGreaterThan(0.01)
    expect(existsSync(`${path}.partial`)).toBe(false)
  })

  it('refuses a chosen folder that does not exist and an unknown order, changing nothing', async () => {
    const before = await snapshotDatabase(till)
    expect(
      await till.call('print.savePdf', { orderId: order.id, document: 'receipt', saveToken: await chooseSaveTo(till, join(dir, 'missing', 'x.pdf')) })
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'path' }] }
    })
    expect(await till.call('print.savePdf', { orderId: 999, document: 'receipt', saveToken: await chooseSaveTo(till, join(dir, 'x.pdf')) })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    expect(await snapshotDatabase(till)).toEqual(before)
  })
})

describe('without a print backend (plain Node)', () => {
  it('lists no system printers, refuses PDFs, and fails system print jobs with a reason instead of losing them', async () => {
    const bare = openTestTill()
    try {
      const [product] = await seedProducts(bare.context, [{ name: 'Tea', price: 100, stock: 5 }])
      const sale = await sellAtCounter(bare, [{ variantId: product?.variantId ?? 0 }])
      expect(await bare.ok('print.listPrinters')).toEqual([])
      expect(
        await bare.call('print.savePdf', { orderId: sale.id, document: 'receipt', saveToken: await chooseSaveTo(bare, join(bare.dir, 'x.pdf')) })
      ).toMatchObject({
        ok: false,
        error: { code: 'PRINT_FAILED' }
      })
      await bare.ok('print.updateSettings', { printerKind: 'system' })
      const [job] = await bare.ok('print.printOrder', { orderId: sale.id, document: 'receipt' })
      expect(job).toMatchObject({ state: 'failed', lastError: expect.stringMatching(/Tillpoint app window/) })
    } finally {
      await bare.cleanup()
    }
  })
})

describe('print settings and requests that are refused', () => {
  printTill('all')
  it.each([
    [{ printerKind: 'network' }, 'networkHost'],
    [{ printerKind: 'network', networkHost: '10.0.0.9', paper: 'A4' }, 'paper'],
    [{ networkHost: 'not a host!' }, 'networkHost'],
    [{ networkPort: 70_000 }, 'networkPort'],
    [{ networkPort: 91.5 }, 'networkPort'],
    [{ codePage: 'cp1252' }, 'codePage'],
    [{ paper: '76mm' }, 'paper'],
    [{ autoPrint: 'always' }, 'autoPrint'],
    [{ printerKind: 'usb' }, 'printerKind'],
    [{ silent: 'yes' }, 'silent'],
    [{ systemPrinterName: 'x'.repeat(201) }, 'systemPrinterName'],
    [{ surprise: 1 }, '']
  ])('refuse settings %j with VALIDATION on %s and keep the database unchanged', async (patch, path) => {
    const before = await snapshotDatabase(till)
    const result = await till.call('print.updateSettings', patch as never)
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    if (!result.ok) expect(result.error.issues?.some((issue) => issue.path === path)).toBe(true)
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it.each([
    ['print.printOrder', { orderId: 0, document: 'receipt' }],
    ['print.printOrder', { orderId: 1, document: 'invoice' }],
    ['print.preview', { orderId: 1, document: 'receipt', paper: 'A5' }],
    ['print.queue', { limit: 500 }],
    ['print.queue', { state: 'lost' }],
    ['print.retry', { jobId: -1 }],
    ['print.cancelJob', {}],
    ['print.testPage', { now: true }]
  ] as const)('refuse %s %j with VALIDATION', async (channel, input) => {
    const before = await snapshotDatabase(till)
    expect(await till.call(channel, input as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it('answers NOT_FOUND for an order or a job that does not exist, queuing nothing', async () => {
    const before = await snapshotDatabase(till)
    expect(await till.call('print.printOrder', { orderId: 4242, document: 'receipt' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await till.call('print.preview', { orderId: 4242, document: 'slip' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await till.call('print.retry', { jobId: 4242 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await snapshotDatabase(till)).toEqual(before)
  })
})

describe('after a restart', () => {
  it('marks jobs that were printing or waiting as failed, for the shopkeeper to retry', async () => {
    const keep = mkdtempSync(join(tmpdir(), 'tillpoint-restart-'))
    try {
      const first = openTestTill({ dir: keep })
      const [product] = await seedProducts(first.context, [{ name: 'Tea', price: 100, stock: 5 }])
      const sale = await sellAtCounter(first, [{ variantId: product?.variantId ?? 0 }])
      await first.context.db
        .insertInto('print_jobs')
        .values(
          (['printing', 'queued'] as const).map((state) => ({
            order_id: sale.id,
            order_number: sale.number,
            document: 'receipt',
            printer_kind: 'network',
            target: '10.0.0.9:9100',
            state,
            attempts: state === 'printing' ? 1 : 0,
            last_error: null,
            reprint: 0,
            open_drawer: 0,
            requested_by: 'owner',
            created_at: 1,
            updated_at: 1,
            printed_at: null
          }))
        )
        .execute()
      await first.cleanup()

      const second = openTestTill({ dir: keep })
      try {
        await second.services.printing.idle()
        const jobs = await second.ok('print.queue', {})
        expect(jobs.map((job) => [job.state, job.lastError])).toEqual([
          ['failed', expect.stringMatching(/closed before this was printed/)],
          ['failed', expect.stringMatching(/closed while this was printing/)]
        ])
      } finally {
        await second.cleanup()
      }
    } finally {
      rmSync(keep, { recursive: true, force: true })
    }
  })
})
