import { startFakeThermalPrinter, type FakeThermalPrinter } from '../support/fake-thermal-printer'
import { openSell, scan, stockShelves } from './support/counter'
import { expect, test } from './support/printing'
import { setUpShop } from './support/shop'

let printer: FakeThermalPrinter | null = null

test.afterEach(async () => {
  await printer?.close()
  printer = null
})

test('an automatic receipt that fails is said in Sale complete, where the cashier looks, and P prints it again', async ({ page, till, capture }) => {
  await setUpShop(till)
  const [beans] = await stockShelves(till)
  printer = await startFakeThermalPrinter()
  await till.ok('print.updateSettings', {
    printerKind: 'network',
    networkHost: '127.0.0.1',
    networkPort: printer.port,
    autoPrint: 'receipt',
    openDrawerOnCash: false
  })
  await printer.switchOff()
  await openSell(page)
  await scan(page, beans!.barcode)
  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-dialog')).toBeVisible()
  await page.keyboard.press('F4')
  await expect(page.getByTestId('sale-complete')).toBeVisible()
  const failed = page.getByTestId('sale-complete-print-failed')
  await expect(failed).toContainText('The receipt did not print')
  await expect(failed).toContainText('refused the connection')
  await capture(page, 'sale-complete-print-failed')

  await printer.switchOn()
  await page.keyboard.press('P')
  await expect(failed).toBeHidden()
  await expect(page.getByTestId('sale-complete-print-receipt')).toContainText('Reprint receipt')
})
