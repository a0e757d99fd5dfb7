import { existsSync, readFileSync } from 'node:fs'
import { DEFAULT_PRINT_SETTINGS } from '../../src/shared/print'
import { decodeEscPos } from '../support/escpos-decode'
import { startFakeThermalPrinter, type FakeThermalPrinter } from '../support/fake-thermal-printer'
import { snapshotDatabase, type TestTill } from '../support/test-till'
import { expect, test } from './support/printing'
import { addProduct, setUpShop } from './support/shop'

let printer: FakeThermalPrinter | null = null

test.beforeEach(async ({ till }) => setUpShop(till))
test.afterEach(async () => {
  await printer?.close()
  printer = null
})

/** A counter sale of two of the product, paid in cash, made through the API as the Sell screen would. */
async function sellTwo(till: TestTill, name: string) {
  const product = await addProduct(till, name, { price: 450 })
  const cart = await till.ok('cart.current')
  const filled = await till.ok('cart.addLine', { cartId: cart.id, variantId: product.variants[0]!.id, quantity: 2 })
  return till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: filled.totals.total }] })
}

test('printer settings are saved with a toast; a port out of range is refused beside its field and nothing changes', async ({ page, till, capture }) => {
  await page.goto('/#/settings')
  await page.getByTestId('settings-tab-printers').click()
  await expect(page).toHaveURL(/#\/settings\/printers$/)
  await expect(page.getByTestId('printer-kind-none')).toBeChecked()

  await page.getByTestId('printer-kind-system').check()
  await expect(page.getByTestId('printer-system-name').locator('option')).toHaveText(['The system’s default printer', 'EPSON TM-T20III', 'Office Laser'])
  await expect(page.getByTestId('printer-mode-silent')).toBeChecked()
  await capture(page, 'printer-settings-system')
  await page.getByTestId('printer-kind-network').check()
  await page.getByTestId('printer-host').fill('192.168.1.50')
  await page.getByTestId('printer-port').fill('99999')
  const before = await snapshotDatabase(till)
  await page.getByTestId('printer-save').click()
  await expect(page.getByTestId('printer-port-error')).toHaveText('Port is between 1 and 65535.')
  await expect(page.getByTestId('printer-port')).toBeFocused()
  await capture(page, 'printer-settings-refused')
  expect(await snapshotDatabase(till)).toEqual(before)
  expect(await till.ok('print.getSettings')).toEqual(DEFAULT_PRINT_SETTINGS)

  await page.getByTestId('printer-port').fill('9100')
  await page.getByTestId('printer-paper-A4').check()
  await page.keyboard.press('Control+S')
  await expect(page.getByTestId('printer-paper-error')).toHaveText('A network thermal printer takes 58 mm or 80 mm paper.')
  expect(await till.ok('print.getSettings')).toEqual(DEFAULT_PRINT_SETTINGS)
  await expect(page.getByTestId('toast')).toHaveCount(0)

  await page.getByTestId('printer-paper-58mm').check()
  await page.getByTestId('printer-code-page').selectOption('cp866')
  await page.getByTestId('printer-auto-print-both').check()
  await page.getByTestId('printer-open-drawer').uncheck()
  await page.getByTestId('printer-save').click()
  await expect(page.getByTestId('toast')).toHaveText('Printer settings saved')
  await expect(page.getByTestId('printer-port-error')).toHaveCount(0)
  await expect(page.getByTestId('printer-save')).toBeDisabled()
  expect(await till.ok('print.getSettings')).toEqual({
    ...DEFAULT_PRINT_SETTINGS,
    printerKind: 'network',
    networkHost: '192.168.1.50',
    networkPort: 9100,
    paper: '58mm',
    codePage: 'cp866',
    autoPrint: 'both',
    openDrawerOnCash: false
  })
  await capture(page, 'printer-settings')

  await page.reload()
  await expect(page.getByTestId('printer-host')).toHaveValue('192.168.1.50')
  await expect(page.getByTestId('printer-paper-58mm')).toBeChecked()
})

test('a test page reaches a network thermal printer on loopback', async ({ page, capture }) => {
  printer = await startFakeThermalPrinter()
  await page.goto('/#/settings/printers')
  await page.getByTestId('printer-kind-network').check()
  await page.getByTestId('printer-host').fill('127.0.0.1')
  await page.getByTestId('printer-port').fill(String(printer.port))
  await expect(page.getByTestId('printer-test-page')).toHaveText('Save and print a test page')
  await page.getByTestId('printer-test-page').click()

  await expect(page.getByTestId('printer-test-result')).toHaveText(`The test page went to 127.0.0.1:${printer.port}.`)
  const [bytes] = await printer.waitForJobs(1)
  const testPage = decodeEscPos(bytes!)
  const lines = testPage.lines.map((line) => line.trim())
  expect(lines).toContain('Corner Shop')
  expect(lines).toContain('TEST PAGE')
  expect(lines.some((line) => line.startsWith('Printer') && line.endsWith(`127.0.0.1:${printer!.port}`))).toBe(true)
  expect(lines).toContain('Café crème · Ångström · Straße')
  expect(testPage.cuts).toBe(1)
  expect(testPage.drawerKicks).toBe(0)
  await expect(page.getByTestId('printer-test-page')).toHaveText('Print a test page')
  await expect(page.getByTestId('print-queue-open')).toContainText('All printed')
  await capture(page, 'printer-test-page')
})

test('a print that fails waits in the queue with its reason; a retry once the printer is back prints it once', async ({ page, till, capture }) => {
  printer = await startFakeThermalPrinter()
  await till.ok('print.updateSettings', {
    printerKind: 'network',
    networkHost: '127.0.0.1',
    networkPort: printer.port,
    autoPrint: 'receipt',
    openDrawerOnCash: false
  })
  await printer.switchOff()
  await page.goto('/#/sell')
  await expect(page.getByTestId('print-queue-open')).toContainText('All printed')

  const order = await sellTwo(till, 'Rye loaf')
  await till.services.printing.idle()
  const queueButton = page.getByTestId('print-queue-open')
  await expect(page.getByTestId('print-queue-failed')).toHaveText('1 failed')
  expect(await till.ok('orders.get', { orderId: order.id })).toMatchObject({ number: order.number })
  await capture(page, 'print-queue-failed-indicator')

  await queueButton.click()
  const job = page.getByTestId('print-job')
  await expect(job).toHaveCount(1)
  await expect(job.getByTestId('print-job-title')).toHaveText(`Receipt ${order.number}`)
  await expect(job.getByTestId('print-job-state')).toHaveText('Failed')
  await expect(job.getByTestId('print-job-reason')).toContainText(`127.0.0.1:${printer.port}`)
  await expect(job.getByTestId('print-job-reason')).toContainText('refused the connection. Is it switched on')
  await expect(job.getByTestId('print-job-reprint')).toHaveCount(0)
  await capture(page, 'print-queue-failed')

  await printer.switchOn()
  await job.getByTestId('print-job-retry').click()
  await expect(job.getByTestId('print-job-state')).toHaveText('Printed')
  await expect(job.getByTestId('print-job-retry')).toHaveCount(0)
  const received = await printer.waitForJobs(1)
  expect(received).toHaveLength(1)
  const receipt = decodeEscPos(received[0]!)
  expect(receipt.lines.join('\n')).toContain('Rye loaf')
  expect(receipt.lines.join('\n')).not.toContain('COPY')
  await expect(page.getByTestId('print-queue-failed')).toHaveCount(0)

  await job.getByTestId('print-job-reprint').click()
  await expect(page.getByTestId('print-job')).toHaveCount(2)
  await expect(page.getByTestId('print-job').first().getByTestId('print-job-state')).toHaveText('Printed')
  const [, copy] = await printer.waitForJobs(2)
  expect(decodeEscPos(copy!).lines.join('\n')).toContain('COPY')
  await capture(page, 'print-queue-retried')
  // Only the retry and the copy reached the printer: the retry printed once (checked once the queue is idle).
  await till.services.printing.idle()
  expect(printer.received).toHaveLength(2)

  await page.getByTestId('print-queue-close').click()
  await expect(page.getByTestId('print-queue-open')).toContainText('All printed')
})

test('a failed print can be cancelled from the queue', async ({ page, till }) => {
  printer = await startFakeThermalPrinter()
  await till.ok('print.updateSettings', {
    printerKind: 'network',
    networkHost: '127.0.0.1',
    networkPort: printer.port,
    autoPrint: 'slip',
    openDrawerOnCash: false
  })
  await printer.switchOff()
  await sellTwo(till, 'Sourdough')
  await till.services.printing.idle()
  await page.goto('/#/sell')
  await page.getByTestId('print-queue-open').click()
  await page.getByTestId('print-queue-filter-failed').click()
  const job = page.getByTestId('print-job')
  await expect(job.getByTestId('print-job-title')).toHaveText(/^Order slip /)
  await job.getByTestId('print-job-cancel').click()
  await expect(page.getByTestId('print-queue-empty')).toHaveText('No failed prints.')
  await page.getByTestId('print-queue-filter-all').click()
  await expect(job.getByTestId('print-job-state')).toHaveText('Cancelled')
  await expect(job.getByTestId('print-job-reason')).toHaveText('Cancelled by Owner.')
  expect((await till.ok('print.queue', { limit: 10 })).map((entry) => entry.state)).toEqual(['cancelled'])
})

test('the preview shows an order’s receipt and slip at the paper’s width, and saves a PDF', async ({ page, till, capture }) => {
  const order = await sellTwo(till, 'Pain d’épices Ёлка')
  const pdfPath = test.info().outputPath(`receipt-${order.number}.pdf`)
  const asked: string[] = []
  till.services.savePaths.use(async (request) => {
    asked.push(request.suggestedName)
    return pdfPath
  })
  const refused: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') refused.push(message.text())
  })
  await page.goto('/#/orders')
  await page.getByTestId('order-row').filter({ hasText: order.number }).click()
  await page.getByTestId('order-print-preview').click()

  const dialog = page.getByTestId('print-preview-dialog')
  await expect(dialog).toBeVisible()
  const frame = page.frameLocator('[data-testid="print-preview-frame"]')
  await expect(frame.locator('body')).toContainText(order.number)
  await expect(frame.locator('body')).toContainText('Pain d’épices Ёлка')
  await expect(frame.locator('body')).toContainText('$9.00')
  await expect(page.getByTestId('print-preview-frame')).toHaveAttribute('data-paper', '80mm')
  // Sandboxed with no scripts allowed (even the harness's own init script is blocked in it), and
  // nothing in the receipt is refused by the app's Content-Security-Policy, which the frame inherits.
  await expect(page.getByTestId('print-preview-frame')).toHaveAttribute('sandbox', 'allow-same-origin')
  expect(refused.filter((text) => /^Refused to/.test(text))).toEqual([])
  const receiptBox = await page.getByTestId('print-preview-frame').boundingBox()
  expect(Math.round(receiptBox?.width ?? 0)).toBe(Math.round((80 * 96) / 25.4))
  // A roll is as long as the receipt on it: the frame ends where the printer would cut.
  const contentHeight = await page
    .frameLocator('[data-testid="print-preview-frame"]')
    .locator('html')
    .evaluate((html) => html.scrollHeight)
  expect(Math.abs((receiptBox?.height ?? 0) - contentHeight)).toBeLessThanOrEqual(1)
  await capture(page, 'print-preview-receipt')

  await page.getByTestId('print-preview-paper-58mm').click()
  await expect(page.getByTestId('print-preview-frame')).toHaveAttribute('data-paper', '58mm')
  await page.getByTestId('print-preview-document-slip').click()
  await expect(frame.locator('body')).toContainText(order.number)
  await expect(frame.locator('body')).not.toContainText('$9.00')
  await capture(page, 'print-preview-slip')

  await page.getByTestId('print-preview-document-receipt').click()
  await page.getByTestId('print-preview-save-pdf').click()
  await expect.poll(() => existsSync(pdfPath)).toBe(true)
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-')
  expect(asked).toEqual([`receipt-${order.number}.pdf`])

  // No printer set up: Print says so in words, and nothing is queued.
  await page.getByTestId('print-preview-print').click()
  await expect(page.getByTestId('print-preview-error-sentence')).toHaveText('No printer is set up. Choose one in the print settings, or save as PDF.')
  expect(await till.ok('print.queue', { limit: 10 })).toEqual([])
})
