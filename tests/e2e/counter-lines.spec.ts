import type { Page } from '@playwright/test'
import { scaleLabelCode } from '../../src/shared/scale-barcode'
import { snapshotDatabase } from '../support/test-till'
import { expect, test } from './support/fixtures'
import { openSell, scan, stockShelves } from './support/counter'
import { addProduct, setUpShop } from './support/shop'

function cashDue(page: Page) {
  return page.getByTestId('cart-total')
}

test.beforeEach(async ({ till }) => setUpShop(till, { settings: { taxMode: 'exclusive' } }))

test('an unknown code sold at a typed price, and the Misc key: lines of their own at their tax rate, kept on the order, no stock moved', async ({
  page,
  till,
  captureAtSizes
}) => {
  await stockShelves(till)
  await openSell(page)
  await scan(page, '5012345678900')
  await expect(page.getByTestId('sell-unknown-code')).toContainText('No product has the code 5012345678900.')
  await captureAtSizes(page, 'sell-unknown-code')
  await page.getByTestId('sell-unknown-price').click()
  await expect(page.getByTestId('open-price')).toBeVisible()
  await expect(page.getByTestId('open-price-price')).toBeFocused()

  // Nothing typed: refused beside the field, nothing written.
  const before = await snapshotDatabase(till)
  await page.getByTestId('open-price-save').click()
  await expect(page.getByTestId('open-price-price-error')).toBeVisible()
  expect(await snapshotDatabase(till)).toEqual(before)

  await page.getByTestId('open-price-price').fill('3.50')
  await page.getByTestId('open-price-tax').fill('7')
  await page.getByTestId('open-price-name').fill('Greeting card')
  await captureAtSizes(page, 'sell-open-price')
  await page.getByTestId('open-price-save').click()
  await expect(page.getByTestId('open-price')).toBeHidden()
  await expect(page.getByTestId('sell-last-action')).toHaveText('Greeting card added at the price typed')
  const lines = page.getByTestId('cart-line')
  await expect(lines).toHaveCount(1)
  await expect(lines.first().getByTestId('cart-line-name')).toHaveText('Greeting card')
  await expect(lines.first().getByTestId('cart-line-total')).toHaveText('$3.50')
  await expect(page.getByTestId('sell-search')).toBeFocused()

  // The Misc key: a typed amount, no code, the receipt says Misc.
  await page.getByTestId('sell-open-price').click()
  await page.getByTestId('open-price-price').fill('1.20')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('open-price')).toBeHidden()
  await expect(lines).toHaveCount(2)
  await expect(lines.nth(1).getByTestId('cart-line-name')).toHaveText('Misc')
  // 3.50 + 7% (0.25) + 1.20 at no tax
  await expect(cashDue(page)).toHaveText('$4.95')
  await captureAtSizes(page, 'sell-open-price-cart')

  const cart = await till.ok('cart.current')
  const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
  expect(order.lines.map((line) => [line.name, line.unitPrice, line.taxRateBp, line.priceSource])).toEqual([
    ['Greeting card', 350, 700, 'open'],
    ['Misc', 120, 0, 'open']
  ])
  const moved = await till.context.db.selectFrom('stock_movements').select('id').where('reason', '=', 'sale').execute()
  expect(moved).toEqual([])
})

test('weighed items: a weight typed for a product sold by the kg, and price and weight scale labels scanned', async ({ page, till, captureAtSizes }) => {
  await till.ok('settings.update', { scalePrefixes: [21, 22], scaleItemDigits: 5, scaleValue: 'price' })
  const cheese = await addProduct(till, 'Comté', { sku: 'COMTE', barcode: '12345', price: 2399, stock: 5000 }, { soldBy: 'kg', category: 'Deli' })
  await addProduct(till, 'Olives', { sku: 'OLIVES', barcode: '00777', price: 1200, stock: 3000 }, { soldBy: 'kg', category: 'Deli' })
  await openSell(page)

  // A tap on a product sold by weight asks for the weight.
  await page.locator('[data-testid="sell-product"][data-sku="COMTE"]').click()
  const weigh = page.getByTestId('weigh')
  await expect(weigh).toBeVisible()
  await expect(page.getByTestId('weigh-price')).toHaveText('$23.99 per kg')
  await expect(page.getByTestId('weigh-weight')).toBeFocused()
  const before = await snapshotDatabase(till)
  await page.getByTestId('weigh-weight').fill('1.2345')
  await page.getByTestId('weigh-save').click()
  await expect(page.getByTestId('weigh-weight-error')).toContainText('at most three decimals')
  expect(await snapshotDatabase(till)).toEqual(before)
  await page.getByTestId('weigh-weight').fill('1,25')
  // 23.99 x 1.25 = 29.9875
  await expect(page.getByTestId('weigh-amount')).toHaveText('$29.99')
  await captureAtSizes(page, 'sell-weigh')
  await page.getByTestId('weigh-save').click()
  await expect(weigh).toBeHidden()
  await expect(page.getByTestId('sell-last-action')).toHaveText('Added 1.25 kg of Comté')
  const lines = page.getByTestId('cart-line')
  await expect(lines).toHaveCount(1)
  await expect(lines.first().getByTestId('cart-line-weight')).toHaveText('1.25 kg')
  await expect(lines.first().getByTestId('cart-line-quantity-price')).toHaveText('1.25 kg × $23.99/kg')
  await expect(lines.first().getByTestId('cart-line-total')).toHaveText('$29.99')

  // A price label: the amount printed is the line, the weight worked back for the stock.
  await expect(page.getByTestId('sell-search')).toBeFocused()
  await scan(page, scaleLabelCode(21, '12345', 599, 5))
  await expect(lines).toHaveCount(2)
  await expect(page.getByTestId('sell-last-action')).toHaveText('Scale label: Comté added')
  await expect(lines.nth(1).getByTestId('cart-line-total')).toHaveText('$5.99')
  await expect(lines.nth(1).getByTestId('cart-line-quantity-price')).toHaveText('0.25 kg · scale label')
  // A PLU the scale pads with zeros (00777) finds its product.
  await scan(page, scaleLabelCode(22, '00777', 360, 5))
  await expect(lines).toHaveCount(3)
  await expect(lines.nth(2).getByTestId('cart-line-name')).toHaveText('Olives')
  await expect(lines.nth(2).getByTestId('cart-line-total')).toHaveText('$3.60')
  // A misread label (wrong check digit) says so and adds nothing.
  const good = scaleLabelCode(21, '12345', 599, 5)
  await scan(page, `${good.slice(0, 12)}${(Number(good[12]) + 1) % 10}`)
  await expect(page.getByTestId('sell-action-error')).toContainText('wrong check digit')
  await expect(lines).toHaveCount(3)
  await captureAtSizes(page, 'sell-weighed-cart')

  // A weight label: the weight at today's price.
  await till.ok('settings.update', { scaleValue: 'weight' })
  await scan(page, scaleLabelCode(21, '12345', 500, 5))
  await expect(lines).toHaveCount(4)
  await expect(lines.nth(3).getByTestId('cart-line-total')).toHaveText('$12.00')

  // The typed weighing is changed in its window; a label's weight is the label's.
  await lines.first().getByTestId('cart-line-weight').click()
  await expect(page.getByTestId('line-dialog-quantity')).toHaveValue('1.25')
  await page.getByTestId('line-dialog-quantity').fill('0.5')
  await page.getByTestId('line-dialog-save').click()
  await expect(page.getByTestId('line-dialog')).toBeHidden()
  await expect(lines.first().getByTestId('cart-line-total')).toHaveText('$12.00')
  await lines.nth(1).getByTestId('cart-line-weight').click()
  await expect(page.getByTestId('line-dialog-label')).toBeVisible()
  await expect(page.getByTestId('line-dialog-quantity')).toHaveCount(0)
  await page.keyboard.press('Escape')

  const cart = await till.ok('cart.current')
  const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
  expect(order.lines.map((line) => [line.name, line.quantity, line.soldBy, line.priceSource, line.gross])).toEqual([
    ['Comté', 500, 'kg', 'catalog', 1200],
    ['Comté', 250, 'kg', 'label', 599],
    ['Olives', 300, 'kg', 'label', 360],
    // A weight label is priced from the catalog: only the weight came off the label.
    ['Comté', 500, 'kg', 'catalog', 1200]
  ])
  const stock = await till.ok('catalog.getProduct', { id: cheese.id })
  expect(stock.variants[0]!.stock).toBe(5000 - 500 - 250 - 500)
})

test('a line price changed by hand: refused without a reason; the new price, the list price, the reason and who allowed it stay on the order', async ({
  page,
  till,
  captureAtSizes
}) => {
  const [beans] = await stockShelves(till)
  await till.ok('settings.update', { taxMode: 'inclusive' })
  await openSell(page)
  await scan(page, beans!.barcode)
  const line = page.getByTestId('cart-line').first()
  await expect(line).toBeVisible()
  await line.getByTestId('cart-line-name').click()
  await expect(page.getByTestId('line-dialog')).toBeVisible()
  await page.getByTestId('line-dialog-price').fill('10.00')
  await page.getByTestId('line-dialog-save').click()
  await expect(page.getByTestId('line-dialog-price-reason-error')).toBeVisible()
  await page.getByTestId('line-dialog-price-reason').fill('Dented bag')
  await captureAtSizes(page, 'sell-price-override')
  await page.getByTestId('line-dialog-save').click()
  await expect(page.getByTestId('line-dialog')).toBeHidden()
  await expect(line.getByTestId('cart-line-total')).toHaveText('$10.00')
  await expect(line.getByTestId('cart-line-price-changed')).toHaveText('was $13.50: Dented bag')
  const cart = await till.ok('cart.current')
  const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
  expect(order.lines[0]).toMatchObject({ unitPrice: 1000, listPrice: 1350, priceSource: 'override', priceReason: 'Dented bag', priceBy: 'owner' })
})
