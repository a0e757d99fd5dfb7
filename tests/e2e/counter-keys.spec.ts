import { expect, test } from './support/fixtures'
import { openSell, scan, stockShelves } from './support/counter'
import { setUpShop } from './support/shop'

test.beforeEach(async ({ till }) => setUpShop(till))

test('keys for the line just scanned (one more, void), F1 lists every key, and Esc in the receipt preview keeps Sale complete', async ({
  page,
  till,
  capture
}) => {
  const [beans, milk] = await stockShelves(till)
  await openSell(page)
  await scan(page, beans!.barcode)
  await scan(page, milk!.barcode)
  const line = (sku: string) => page.locator(`[data-testid="cart-line"][data-sku="${sku}"]`)
  await expect(line(milk!.sku)).toBeVisible()

  await page.keyboard.press('Control+D')
  await expect(line(milk!.sku).getByTestId('cart-line-quantity')).toHaveValue('2')
  await page.keyboard.press('Control+Backspace')
  await expect(line(milk!.sku)).toHaveCount(0)
  await expect(page.getByTestId('cart-count')).toHaveText('1 line · 1 item')
  expect((await till.ok('cart.current')).lines.map((entry) => entry.sku)).toEqual([beans!.sku])

  await page.keyboard.press('F1')
  const help = page.getByTestId('shortcuts')
  await expect(help).toBeVisible()
  await expect(help).toContainText('Void the line just added or changed')
  await expect(help).toContainText('Print the receipt')
  await capture(page, 'shortcuts')
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()

  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-dialog')).toBeVisible()
  await page.getByTestId('pay-payments-0-tendered').fill('20')
  await page.keyboard.press('F4')
  const complete = page.getByTestId('sale-complete')
  await expect(complete).toBeVisible()
  await expect(page.getByTestId('sale-complete-change-amount')).toHaveText('$6.50')
  await page.keyboard.press('V')
  await expect(page.getByTestId('print-preview-dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('print-preview-dialog')).toBeHidden()
  // The change to give is still in front of the cashier.
  await expect(complete).toBeVisible()
  await expect(page.getByTestId('sale-complete-change-amount')).toHaveText('$6.50')
  await page.keyboard.press('Escape')
  await expect(complete).toBeHidden()
})

test('product tiles sort as a person counts: Item 2 before Item 10', async ({ page, till }) => {
  await stockShelves(till, [
    { name: 'Item 10', barcode: '4006381333931', sku: 'I10', price: 100, stock: 5 },
    { name: 'Item 2', barcode: '5901234123457', sku: 'I2', price: 100, stock: 5 },
    { name: 'Item 1', barcode: '9780201379624', sku: 'I1', price: 100, stock: 5 }
  ])
  await page.goto('/#/sell')
  await expect(page.getByTestId('sell-product')).toHaveCount(3)
  await expect(page.locator('[data-testid="sell-product"] .sell-tile__name')).toHaveText(['Item 1', 'Item 2', 'Item 10'])
})

test('a tax-added shop shows a line at the same amount in the cart, in Orders and on the receipt, tax apart', async ({ page, till }) => {
  const [soap] = await stockShelves(till, [{ name: 'Olive Soap', barcode: '4006381333931', sku: 'SOAP', price: 750, stock: 5 }])
  await till.ok('catalog.updateProduct', { id: soap!.productId, taxRateBp: 500 })
  await openSell(page)
  await scan(page, soap!.barcode)
  const line = page.getByTestId('cart-line')
  await expect(line.getByTestId('cart-line-total')).toHaveText('$7.50')
  await expect(page.getByTestId('cart-tax')).toHaveText('$0.38')
  await expect(page.getByTestId('cart-total')).toHaveText('$7.88')

  const cart = await till.ok('cart.current')
  const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 788 }] })
  const receipt = await till.ok('print.preview', { orderId: order.id, document: 'receipt' })
  expect(receipt.html).toContain('$7.50')
  expect(receipt.html).toContain('$0.38')
  expect(receipt.html).toContain('$7.88')
  await page.goto('/#/orders')
  await page.getByTestId('order-row').first().click()
  await expect(page.getByTestId('order-line-total')).toHaveText('$7.50')
})
