import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PrintJob } from '../../src/shared/print'
import { CompiledQuery } from 'kysely'
import { jobsQuery } from '../../src/main/print/print-jobs-store'
import { decodeEscPos } from '../support/escpos-decode'
import { startFakeThermalPrinter, type FakeThermalPrinter } from '../support/fake-thermal-printer'
import { sellAtCounter, takePickup } from '../support/sales'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { openTestTill, type TestTill } from '../support/test-till'

let till: TestTill
let printer: FakeThermalPrinter
let creme: SeededVariant
let pirozhki: SeededVariant

beforeEach(async () => {
  till = openTestTill()
  printer = await startFakeThermalPrinter()
  await till.ok('settings.update', {
    shopName: 'Café Zoë',
    address: '12 Rue de la Paix',
    currency: 'EUR',
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
    taxMode: 'inclusive',
    orderPrefix: 'A'
  })
  ;[creme, pirozhki] = (await seedProducts(till.context, [
    { name: 'Crème brûlée', price: 450, stock: 50, taxRateBp: 1000, label: 'Large', sku: 'CB-L' },
    { name: 'Пирожки', price: 199, stock: 50, taxRateBp: 550, sku: 'PIR-1' }
  ])) as [SeededVariant, SeededVariant]
  await till.ok('print.updateSettings', {
    printerKind: 'network',
    networkHost: '127.0.0.1',
    networkPort: printer.port,
    paper: '80mm',
    codePage: 'cp858',
    autoPrint: 'receipt',
    openDrawerOnCash: true
  })
})

afterEach(async () => {
  await till.cleanup()
  await printer.close()
})

const idle = () => till.services.printing.idle()
/** The n-th job the printer received, decoded, once it has arrived. */
async function printedJob(index: number) {
  const received = await printer.waitForJobs(index + 1)
  return decodeEscPos(received[index] ?? new Uint8Array())
}
const sellLines = () => [
  { variantId: creme.variantId, quantity: 2 },
  { variantId: pirozhki.variantId, quantity: 3 }
]

describe('thermal printer on the network (raw TCP, ESC/POS)', () => {
  it('prints the receipt of a cash sale in the shop’s code page, cuts the paper and opens the drawer', async () => {
    const order = await sellAtCounter(till, sellLines(), (total) => [{ method: 'cash', amount: total, tendered: 2000 }])
    await idle()
    const printed = await printedJob(0)
    expect(printer.received).toHaveLength(1)
    expect(printed.statusQueries).toBe(1)
    for (const text of ['Café Zoë', 'RECEIPT', `Order ${order.number}`, 'Crème brûlée - Large', 'Пирожки', '2 x 4,50 €', '3 x 1,99 €', 'Thank you!']) {
      expect(
        printed.lines.some((line) => line.includes(text)),
        text
      ).toBe(true)
    }
    const total = printed.lines.find((line) => line.startsWith('TOTAL'))
    expect(total).toMatch(/14,97 €$/)
    expect(printed.lines.find((line) => line.includes('Change'))).toMatch(/5,03 €$/)
    expect(printed.largeLines).toContain(`Order ${order.number}`)
    // The shop's page first; Cyrillic falls back to a page that has it rather than printing '?'.
    expect(printed.codePagesUsed[0]).toBe('cp858')
    expect(printed.codePagesUsed).toContain('cp866')
    expect(printed.lines.join('\n')).not.toContain('?')
    expect(printed.qrCodes).toEqual([order.number])
    expect(printed.cuts).toBe(1)
    expect(printed.drawerKicks).toBe(1)
    // Raw bytes, as Epson documents them: ESC t 19 selects PC858, where é is 0x82 and € is 0xD5.
    const bytes = Buffer.from(printer.received[0] ?? [])
    expect(bytes.includes(Buffer.from([0x1b, 0x74, 19]))).toBe(true)
    expect(bytes.includes(Buffer.from('Caf\x82 Zo\x89', 'latin1'))).toBe(true)
    expect(bytes.includes(Buffer.from([0x1b, 0x70]))).toBe(true)
    expect(bytes.includes(Buffer.from([0x1d, 0x56]))).toBe(true)

    const [job] = await till.ok('print.queue', { orderId: order.id })
    expect(job).toMatchObject({ document: 'receipt', state: 'done', attempts: 1, openDrawer: true, reprint: false, target: `127.0.0.1:${printer.port}` })
  })

  it('prints receipt and slip of a card sale, and never kicks the drawer without cash', async () => {
    await till.ok('print.updateSettings', { autoPrint: 'both', paper: '58mm' })
    const order = await sellAtCounter(till, sellLines(), (total) => [{ method: 'card', amount: total, lastFour: '4242' }])
    await idle()
    const [receipt, slip] = (await printer.waitForJobs(2)).map((bytes) => decodeEscPos(bytes))
    expect(printer.received).toHaveLength(2)
    expect(receipt?.lines).toContain('RECEIPT')
    expect(receipt?.lines.some((line) => line.startsWith('Card **** 4242'))).toBe(true)
    expect(slip?.lines).toContain('ORDER SLIP')
    expect(slip?.largeLines).toContain(order.number)
    expect(slip?.lines).toContain('[ ] 2 x Crème brûlée')
    expect(slip?.lines.join('\n')).not.toContain('€')
    // 58 mm paper: 32 characters a line.
    expect(Math.max(...(slip?.lines ?? []).map((line) => line.length))).toBeLessThanOrEqual(32)
    for (const printed of [receipt, slip]) {
      expect(printed?.cuts).toBe(1)
      expect(printed?.drawerKicks).toBe(0)
    }
  })

  it('opens the drawer after a cash sale even when nothing is set to print, and not when the shop turned it off', async () => {
    await till.ok('print.updateSettings', { autoPrint: 'none' })
    await sellAtCounter(till, sellLines())
    await idle()
    const kick = await printedJob(0)
    expect(printer.received).toHaveLength(1)
    expect(kick).toMatchObject({ drawerKicks: 1, cuts: 0 })
    expect(kick.lines.filter(Boolean)).toEqual([])

    await till.ok('print.updateSettings', { autoPrint: 'receipt', openDrawerOnCash: false })
    await sellAtCounter(till, sellLines())
    await idle()
    expect(await printedJob(1)).toMatchObject({ drawerKicks: 0, cuts: 1 })
    expect(printer.received).toHaveLength(2)
  })

  it('prints an unpaid pickup order’s slip as soon as it is taken', async () => {
    await till.ok('print.updateSettings', { autoPrint: 'slip' })
    const order = await takePickup(till, sellLines())
    await idle()
    const slip = await printedJob(0)
    expect(slip.lines).toContain('ORDER SLIP')
    expect(slip.lines.map((line) => line.trim())).toContain('PICKUP')
    expect(slip.largeLines).toContain(order.number)
    expect(slip.drawerKicks).toBe(0)
  })

  it('keeps the sale when the printer is off, queues the failed job, and prints it exactly once after a retry', async () => {
    await printer.switchOff()
    const order = await sellAtCounter(till, sellLines())
    await idle()
    // The sale is recorded whatever the printer did.
    expect(await till.ok('orders.get', { orderId: order.id })).toMatchObject({ id: order.id, status: 'delivered', paymentState: 'paid' })
    const [failed] = await till.ok('print.queue', { state: 'failed' })
    expect(failed).toMatchObject({ orderId: order.id, orderNumber: order.number, document: 'receipt', state: 'failed', attempts: 1, openDrawer: true })
    expect(failed?.lastError).toMatch(/refused the connection/)
    expect(printer.received).toHaveLength(0)

    await printer.switchOn()
    const events = till.recordEvents()
    const retried = await till.ok('print.retry', { jobId: failed?.id ?? 0 })
    expect(retried).toMatchObject({ id: failed?.id, state: 'done', attempts: 2, lastError: null })
    expect((await printedJob(0)).drawerKicks).toBe(1)
    expect(printer.received).toHaveLength(1)
    expect(events.filter((event) => event.name === 'print.changed').map((event) => (event.payload as { state: string }).state)).toEqual([
      'queued',
      'printing',
      'done'
    ])

    // A second retry of a printed job is refused: it can never print twice by accident.
    const again = await till.call('print.retry', { jobId: failed?.id ?? 0 })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const both = await Promise.all([till.call('print.retry', { jobId: failed?.id ?? 0 }), till.call('print.cancelJob', { jobId: failed?.id ?? 0 })])
    expect(both.every((result) => !result.ok)).toBe(true)
    await idle()
    expect(printer.received).toHaveLength(1)

    // A reprint is a new job, marked COPY, and never opens the drawer again.
    const [copy] = await till.ok('print.printOrder', { orderId: order.id, document: 'receipt', reprint: true })
    expect(copy).toMatchObject({ state: 'done', reprint: true, openDrawer: false })
    const reprinted = await printedJob(1)
    expect(reprinted.lines).toContain('RECEIPT - COPY')
    expect(reprinted.drawerKicks).toBe(0)
  })

  it('does not print on a printer that is out of paper, says so, and prints once the roll is changed', async () => {
    printer.paperOut = true
    const [job] = await till.ok('print.printOrder', { orderId: (await sellAtCounter(till, sellLines())).id, document: 'slip' })
    await idle()
    const jobs = await till.ok('print.queue', { state: 'failed' })
    expect(jobs.map((failed) => failed.lastError)).toEqual([expect.stringMatching(/out of paper/), expect.stringMatching(/out of paper/)])
    expect(job).toMatchObject({ state: 'failed' })
    expect(printer.received).toHaveLength(0)

    printer.paperOut = false
    for (const failed of jobs) expect(await till.ok('print.retry', { jobId: failed.id })).toMatchObject({ state: 'done' })
    await printer.waitForJobs(2)
    expect(printer.received).toHaveLength(2)
  })

  it('cancels a failed job, which then cannot be retried', async () => {
    await printer.switchOff()
    const order = await sellAtCounter(till, sellLines())
    await idle()
    const [failed] = await till.ok('print.queue', { orderId: order.id })
    const cancelled = await till.ok('print.cancelJob', { jobId: failed?.id ?? 0 })
    expect(cancelled).toMatchObject({ state: 'cancelled' })
    await printer.switchOn()
    expect(await till.call('print.retry', { jobId: failed?.id ?? 0 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await till.call('print.cancelJob', { jobId: 999_999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(printer.received).toHaveLength(0)
  })

  it('reports a test page to a printer that takes the connection and never answers as not answering, and sends it nothing', async () => {
    printer.mute = true
    const job = await till.ok('print.testPage')
    expect(job).toMatchObject({ document: 'test', state: 'failed' })
    expect(job.lastError).toContain('did not answer')
    expect(printer.received).toHaveLength(0)
    // A sale's receipt to the same printer is still sent: many cheap printers ignore status queries.
    await sellAtCounter(till, sellLines())
    await idle()
    expect(await printer.waitForJobs(1)).toHaveLength(1)
  })

  it('prints a test page with the code page and the full line width', async () => {
    const job = await till.ok('print.testPage')
    expect(job).toMatchObject({ document: 'test', orderId: null, state: 'done' })
    const page = await printedJob(0)
    expect(page.lines).toContain('TEST PAGE')
    expect(page.lines.some((line) => line.endsWith('cp858'))).toBe(true)
    expect(page.lines).toContain('123456789012345678901234567890123456789012345678')
    expect(page.lines).toContain('Москва · Αθήνα')
    expect(page.cuts).toBe(1)
  })

  it('lists the queue newest first, a page at a time, filtered by state or order', async () => {
    await printer.switchOff()
    const first = await sellAtCounter(till, sellLines())
    const second = await sellAtCounter(till, sellLines())
    await till.ok('print.updateSettings', { autoPrint: 'both' })
    const third = await sellAtCounter(till, sellLines())
    await idle()
    const all = await till.ok('print.queue', {})
    expect(all.map((job) => job.orderId)).toEqual([third.id, third.id, second.id, first.id])
    const page1 = await till.ok('print.queue', { limit: 3 })
    const page2 = await till.ok('print.queue', { limit: 3, before: page1.at(-1)?.id })
    expect([...page1, ...page2].map((job: PrintJob) => job.id)).toEqual(all.map((job) => job.id))
    expect((await till.ok('print.queue', { orderId: third.id })).map((job) => job.document)).toEqual(['slip', 'receipt'])
    expect(await till.ok('print.queue', { state: 'done' })).toEqual([])
  })

  it.each([
    [{ limit: 50, before: 10 }, /SEARCH print_jobs USING INTEGER PRIMARY KEY/],
    [{ limit: 50, state: 'failed' as const, before: 10 }, /SEARCH print_jobs USING INDEX print_jobs_state/],
    [{ limit: 50, orderId: 3, before: 10 }, /SEARCH print_jobs USING INDEX print_jobs_order/]
  ])('reads the queue page %j from an index, never a scan or a sort', async (query, expected) => {
    const compiled = jobsQuery(till.context.db, query).compile()
    const plan = await till.context.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]))
    const details = plan.rows.map((row) => row.detail).join('\n')
    expect(details).toMatch(expected)
    expect(details).not.toMatch(/SCAN print_jobs|USE TEMP B-TREE/)
  })
})

describe('print settings', () => {
  it('start with no printer and nothing printed automatically', async () => {
    const fresh = openTestTill()
    try {
      expect(await fresh.ok('print.getSettings')).toEqual({
        printerKind: 'none',
        systemPrinterName: '',
        networkHost: '',
        networkPort: 9100,
        paper: '80mm',
        silent: true,
        autoPrint: 'none',
        codePage: 'cp858',
        openDrawerOnCash: true
      })
      const order = await sellAtCounter(fresh, [{ variantId: (await seedProducts(fresh.context, [{ name: 'Tea', price: 100, stock: 5 }]))[0]?.variantId ?? 0 }])
      await fresh.services.printing.idle()
      expect(await fresh.ok('print.queue', {})).toEqual([])
      expect(await fresh.call('print.printOrder', { orderId: order.id, document: 'receipt' })).toMatchObject({ ok: false, error: { code: 'PRINT_FAILED' } })
      expect(await fresh.call('print.testPage')).toMatchObject({ ok: false, error: { code: 'PRINT_FAILED' } })
    } finally {
      await fresh.cleanup()
    }
  })

  it('save a change and announce it', async () => {
    const events = till.recordEvents()
    const saved = await till.ok('print.updateSettings', { codePage: 'cp866', paper: '58mm' })
    expect(saved).toMatchObject({ codePage: 'cp866', paper: '58mm', printerKind: 'network' })
    expect(await till.ok('print.getSettings')).toEqual(saved)
    expect(events).toEqual([{ name: 'print.changed', payload: { kind: 'settings', settings: saved } }])
  })
})
