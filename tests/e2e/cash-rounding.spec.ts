import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadPrintableOrder } from '../../src/main/print/load-printable-order'
import { receiptEscPos } from '../../src/main/print/escpos/render-escpos'
import { renderReceipt } from '../../src/main/print/templates/receipt'
import type { PaperSize } from '../../src/shared/print'
import { decodeEscPos } from '../support/escpos-decode'
import { expect, test } from './support/fixtures'
import { openSell, scan, stockShelves } from './support/counter'
import { screensDir } from './support/screens'
import { setUpShop } from './support/shop'

const CHEESE = { name: 'Gruyère AOP 250 g', barcode: '4006381333931', sku: 'GRUY-250', price: 1002, stock: 20 }

test('a Swiss shop rounds cash to 5 Rappen: Pay shows 10.00 cash due for 10.02, change from it, and the receipt prints the cash rounding', async ({
  page,
  till,
  capture
}) => {
  await setUpShop(till, { settings: { currency: 'CHF', locale: 'de-CH', timeZone: 'Europe/Zurich', cashRoundingStep: 5, cashRoundingRule: 'nearest' } })
  await stockShelves(till, [CHEESE])
  const sizes = [
    { width: 800, height: 600 },
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 }
  ]
  await page.setViewportSize(sizes[1]!)
  await openSell(page)
  await scan(page, CHEESE.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-dialog')).toBeVisible()
  const plain = async (testId: string) => ((await page.getByTestId(testId).textContent()) ?? '').replace(/\s+/g, ' ')
  await expect(page.getByTestId('pay-payments-0-cash-due-amount')).toBeVisible()
  expect(await plain('pay-payments-0-cash-due-amount')).toBe('CHF 10.00')
  expect(await plain('pay-payments-0-cash-due-rounding')).toBe('CHF-0.02')
  expect(await plain('pay-payments-rounding')).toBe('CHF-0.02')
  await page.getByTestId('pay-payments-0-tendered').fill('20')
  await expect(page.getByTestId('pay-payments-change-amount')).toBeVisible()
  expect(await plain('pay-payments-change-amount')).toBe('CHF 10.00')
  for (const size of sizes) {
    await page.setViewportSize(size)
    await capture(page, `pay-cash-rounding-${size.width}x${size.height}`)
  }
  await page.getByTestId('pay-dialog-complete').click()
  await expect(page.getByTestId('sale-complete')).toBeVisible()

  const orders = await till.ok('orders.list', {})
  const order = await till.ok('orders.get', { orderId: orders.orders[0]!.id })
  expect(order.payments).toMatchObject([{ method: 'cash', amount: 1002, rounding: -2, tendered: 2000, change: 1000 }])
  expect(order.roundingTotal).toBe(-2)

  const printable = await loadPrintableOrder(till.context.db, order.id)
  const dir = screensDir(test.info())
  mkdirSync(dir, { recursive: true })
  for (const paper of ['58mm', '80mm', 'A4'] as PaperSize[]) {
    await page.setContent(await renderReceipt(printable, { paper, reprint: false }))
    const row = page.locator('tr.rounding')
    await expect(row).toBeVisible()
    expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(/^Cash rounding CHF-0.02$/)
    await page.screenshot({ path: join(dir, `receipt-cash-rounding-${paper.toLowerCase()}.png`), fullPage: true })
  }
  for (const columns of [32, 48]) {
    const printed = decodeEscPos(receiptEscPos(printable, { columns, codePage: 'cp858', reprint: false, openDrawer: false }))
    expect(printed.lines.some((line) => /^ {2}Cash rounding\s+CHF-0\.02$/.test(line))).toBe(true)
    await page.setContent(
      `<pre style="font: 14px/1.25 monospace; margin: 8px; width: ${columns}ch; border: 1px dashed #999; padding: 4px">${printed.lines
        .map((line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
        .join('\n')}</pre>`
    )
    await page.screenshot({ path: join(dir, `receipt-cash-rounding-escpos-${columns}.png`), fullPage: true })
  }
})
