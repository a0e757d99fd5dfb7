import { expect, test } from './support/fixtures'
import { openSell, scan, stockOf, stockShelves } from './support/counter'
import { setUpShop } from './support/shop'

test.beforeEach(async ({ till, page }) => {
  await setUpShop(till)
  await page.setViewportSize({ width: 1024, height: 768 })
})

test('two scans, a new quantity and a discount, paid in cash with change: the order is in Orders with its total and the stock dropped', async ({
  page,
  till,
  capture
}) => {
  const [beans, milk] = await stockShelves(till)
  await openSell(page)
  await expect(page.getByTestId('sell-product')).toHaveCount(3)
  const lines = page.getByTestId('cart-line')

  await scan(page, beans!.barcode)
  await expect(lines).toHaveCount(1)
  await scan(page, milk!.barcode)
  await expect(lines).toHaveCount(2)
  await expect(page.getByTestId('sell-search')).toHaveValue('')
  await expect(page.getByTestId('sell-last-action')).toHaveText(`Added 1 × ${milk!.name}`)

  const beansLine = lines.filter({ hasText: beans!.name })
  await beansLine.getByTestId('cart-line-quantity').fill('2')
  await beansLine.getByTestId('cart-line-quantity').press('Enter')
  await expect(beansLine.getByTestId('cart-line-total')).toHaveText('$27.00')
  await expect(page.getByTestId('cart-total')).toHaveText('$29.50')

  await page.keyboard.press('F6')
  await expect(page.getByTestId('discount-dialog')).toBeVisible()
  await expect(page.getByTestId('discount-dialog-value')).toBeFocused()
  await page.keyboard.type('10')
  await capture(page, 'sell-discount-dialog')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('discount-dialog')).toBeHidden()
  await expect(page.getByTestId('cart-discounts')).toHaveText('$2.95')
  await expect(page.getByTestId('cart-total')).toHaveText('$26.55')
  await capture(page, 'sell-cart')

  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-dialog')).toBeVisible()
  await expect(page.getByTestId('pay-payments-0-tendered')).toBeFocused()
  await page.keyboard.type('30')
  await expect(page.getByTestId('pay-payments-change-amount')).toHaveText('$3.45')
  await capture(page, 'sell-pay-cash')
  await page.keyboard.press('Enter')

  await expect(page.getByTestId('sale-complete')).toBeVisible()
  const number = (await page.getByTestId('sale-complete-number').textContent()) ?? ''
  expect(number).toMatch(/^A-\d+$/)
  await expect(page.getByTestId('sale-complete-change-amount')).toHaveText('$3.45')
  await expect(page.getByTestId('sale-complete-total')).toHaveText('$26.55')
  await capture(page, 'sell-sale-complete')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('sale-complete')).toBeHidden()
  await expect(page.getByTestId('cart-empty')).toBeVisible()
  await expect(page.getByTestId('sell-search')).toBeFocused()

  await page.getByTestId('nav-orders').click()
  const row = page.getByTestId('order-row').filter({ hasText: number })
  await expect(row.getByTestId('order-row-total')).toHaveText('$26.55')
  await expect(row.getByTestId('order-row-status')).toHaveText('Delivered')
  await expect(row.getByTestId('order-row-payment')).toHaveText('Paid')

  expect(await stockOf(till, beans!.productId)).toBe(beans!.stock - 2)
  expect(await stockOf(till, milk!.productId)).toBe(milk!.stock - 1)
  const { orders } = await till.ok('orders.list', {})
  expect(orders).toHaveLength(1)
  const order = await till.ok('orders.get', { orderId: orders[0]!.id })
  expect(order).toMatchObject({ number, kind: 'counter', total: 2655, orderDiscountTotal: 295, paidTotal: 2655 })
  expect(order.payments).toMatchObject([{ method: 'cash', amount: 2655, tendered: 3000, change: 345 }])
})

test('a quantity typed with * sells that many on the next scan, a repeat scan adds one, and a bare number never joins a code', async ({ page, till }) => {
  const [beans, milk] = await stockShelves(till)
  await openSell(page)
  await expect(page.getByTestId('sell-hint')).toContainText('type the number, then *')
  const search = page.getByTestId('sell-search')
  const quantityOf = (name: string) => page.getByTestId('cart-line').filter({ hasText: name }).getByTestId('cart-line-quantity')

  await search.pressSequentially('3*', { delay: 120 })
  await expect(page.getByTestId('sell-pending-quantity')).toContainText('× 3')
  await expect(search).toHaveValue('')
  await scan(page, milk!.barcode)
  await expect(quantityOf(milk!.name)).toHaveValue('3')
  await expect(page.getByTestId('sell-pending-quantity')).toBeHidden()

  await scan(page, milk!.barcode)
  await expect(quantityOf(milk!.name)).toHaveValue('4')

  // A person types 2, forgets the *, and scans: one unit is sold and the 2 is left as typed, never read as 22...
  await search.pressSequentially('2', { delay: 120 })
  // The time it takes to pick the scanner up.
  await page.waitForTimeout(200)
  await scan(page, beans!.barcode)
  await expect(quantityOf(beans!.name)).toHaveValue('1')
  await expect(search).toHaveValue('2')
  await expect(page.getByTestId('sell-action-error')).toBeHidden()

  // ...and a scan while the cursor sits in a cart line's quantity leaves nothing of the code there.
  await quantityOf(milk!.name).focus()
  await scan(page, beans!.barcode)
  await expect(quantityOf(beans!.name)).toHaveValue('2')
  await expect(quantityOf(milk!.name)).toHaveValue('4')

  const cart = await till.ok('cart.current')
  expect(cart.lines.map((line) => [line.sku, line.quantity])).toEqual([
    [milk!.sku, 4],
    [beans!.sku, 2]
  ])
})

test('an unknown code, or one typed by hand in the search, says what happened in words', async ({ page, till }) => {
  const [, milk] = await stockShelves(till)
  await openSell(page)
  await scan(page, '5012345678900')
  await expect(page.getByTestId('sell-unknown-code')).toContainText('No product has the code 5012345678900.')
  await expect(page.getByTestId('cart-empty')).toBeVisible()

  await page.getByTestId('sell-search').pressSequentially('oat', { delay: 120 })
  await expect(page.getByTestId('sell-product')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('sell-last-action')).toHaveText(`Added 1 × ${milk!.name}`)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
})

test('a tap on a category and a product tile sells it; touch targets are large', async ({ page, till }) => {
  await stockShelves(till)
  await openSell(page)
  await page.getByTestId('sell-category').filter({ hasText: 'Counter' }).click()
  const tile = page.getByTestId('sell-product').filter({ hasText: 'Enamel Mug' })
  const box = await tile.boundingBox()
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(88)
  await tile.click()
  await tile.click()
  await expect(page.getByTestId('cart-line-quantity')).toHaveValue('2')
  await expect(page.getByTestId('cart-total')).toHaveText('$18.00')
})

test('a sale is parked under a name, a new one rung up, and the parked one resumed', async ({ page, till, capture }) => {
  const [beans, milk] = await stockShelves(till)
  await openSell(page)
  await scan(page, beans!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)

  await page.keyboard.press('F8')
  await expect(page.getByTestId('park-dialog-label')).toBeFocused()
  await page.getByTestId('park-dialog-label').fill('Lady in the blue coat')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('toast')).toHaveText('Parked “Lady in the blue coat”')
  await expect(page.getByTestId('cart-empty')).toBeVisible()

  await scan(page, milk!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  await page.keyboard.press('F9')
  await expect(page.getByTestId('parked-cart')).toHaveCount(1)
  await expect(page.getByTestId('parked-cart-label')).toHaveText('Lady in the blue coat')
  await expect(page.getByTestId('parked-dialog-busy')).toBeVisible()
  await expect(page.getByTestId('parked-cart-resume')).toBeDisabled()
  await capture(page, 'sell-parked-dialog')
  await page.keyboard.press('Escape')

  await page.getByTestId('cart-clear').click()
  await page.getByTestId('clear-dialog-confirm').click()
  await expect(page.getByTestId('cart-empty')).toBeVisible()

  await page.keyboard.press('F9')
  await page.getByTestId('parked-cart-resume').click()
  await expect(page.getByTestId('toast').last()).toHaveText('Resumed “Lady in the blue coat”')
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  await expect(page.getByTestId('cart-line-name')).toHaveText(beans!.name)
  expect((await till.ok('cart.parked', {})).carts).toEqual([])
  expect((await till.ok('cart.current')).lines.map((line) => line.sku)).toEqual([beans!.sku])
})

test('a customer is found or quick-added, and a pickup is placed to be paid on collection', async ({ page, till, capture }) => {
  const [beans] = await stockShelves(till)
  await openSell(page)
  await scan(page, beans!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)

  await page.keyboard.press('F3')
  await page.getByTestId('customer-dialog-search').fill('Nadia')
  await expect(page.getByTestId('customer-dialog-none')).toContainText('No customer matches “Nadia”')
  await page.keyboard.press('Alt+N')
  await expect(page.getByTestId('customer-new-name')).toHaveValue('Nadia')
  await page.getByTestId('customer-new-name').fill('Nadia Haddad')
  await page.getByTestId('customer-new-phone').fill('+44 20 7946 0018')
  await capture(page, 'sell-customer-dialog')
  await page.getByTestId('customer-dialog-save').click()
  await expect(page.getByTestId('cart-customer')).toContainText('Nadia Haddad')

  await page.getByTestId('cart-note-button').click()
  await page.getByTestId('note-dialog-text').fill('Grind for a moka pot')
  await page.getByTestId('note-dialog-save').click()
  await expect(page.getByTestId('cart-note')).toHaveText('Note: Grind for a moka pot')

  await page.keyboard.press('F4')
  await page.getByTestId('pay-kind-pickup').check()
  await page.getByTestId('pay-timing-later').check()
  await capture(page, 'sell-pay-pickup-later')
  await page.getByTestId('pay-dialog-complete').click()
  await expect(page.getByTestId('sale-complete')).toContainText('Pickup order placed')
  await expect(page.getByTestId('sale-complete')).toContainText('$13.50 to pay on collection')
  await expect(page.getByTestId('sale-complete-change')).toBeHidden()

  const [summary] = (await till.ok('orders.list', {})).orders
  const order = await till.ok('orders.get', { orderId: summary!.id })
  expect(order).toMatchObject({
    kind: 'pickup',
    status: 'pending',
    paymentState: 'unpaid',
    customerName: 'Nadia Haddad',
    note: 'Grind for a moka pot',
    amountDue: 1350
  })
  expect((await till.ok('customers.search', { query: 'nadia' })).customers.map((customer) => customer.phone)).toEqual(['+44 20 7946 0018'])
})

test('a split payment: part on card with its reference and last four, the rest in cash', async ({ page, till }) => {
  const [beans, , mug] = await stockShelves(till)
  await openSell(page)
  await scan(page, beans!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  await scan(page, mug!.barcode)
  await expect(page.getByTestId('cart-total')).toHaveText('$22.50')

  await page.keyboard.press('F4')
  await page.getByTestId('pay-payments-0-amount').fill('10')
  await page.keyboard.press('F9')
  await expect(page.getByTestId('pay-payments-1-amount')).toHaveValue('12.50')
  await page.getByTestId('pay-payments-1-reference').fill('T-88213')
  await page.getByTestId('pay-payments-1-last-four').fill('4242')
  await page.getByTestId('pay-payments-0-tendered').fill('20')
  await expect(page.getByTestId('pay-payments-remaining')).toHaveText('$0.00')
  await expect(page.getByTestId('pay-payments-change-amount')).toHaveText('$10.00')
  await page.keyboard.press('F4')
  await expect(page.getByTestId('sale-complete-change-amount')).toHaveText('$10.00')

  const [summary] = (await till.ok('orders.list', {})).orders
  const order = await till.ok('orders.get', { orderId: summary!.id })
  expect(order.payments).toMatchObject([
    { method: 'cash', amount: 1000, tendered: 2000, change: 1000 },
    { method: 'card', amount: 1250, cardReference: 'T-88213', cardLastFour: '4242' }
  ])
})

test('a delivery takes the address and may be paid in part now', async ({ page, till }) => {
  const [, , mug] = await stockShelves(till)
  await openSell(page)
  await scan(page, mug!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  await page.keyboard.press('F4')
  await page.getByTestId('pay-kind-delivery').check()
  await page.getByTestId('pay-address').fill('14 Rue des Lilas, 75011 Paris')
  await page.getByTestId('pay-payments-0-amount').fill('4')
  await page.getByTestId('pay-dialog-complete').click()
  await expect(page.getByTestId('sale-complete')).toContainText('Delivery order placed')
  await expect(page.getByTestId('sale-complete')).toContainText('$5.00 to pay on delivery')
  const [summary] = (await till.ok('orders.list', {})).orders
  expect(await till.ok('orders.get', { orderId: summary!.id })).toMatchObject({
    kind: 'delivery',
    deliveryAddress: '14 Rue des Lilas, 75011 Paris',
    paymentState: 'partial',
    amountDue: 500
  })
})

test('every Sell dialog opens from the keyboard with the cursor in its field, and Esc gives the cursor back to the search', async ({ page, till, capture }) => {
  const [beans] = await stockShelves(till)
  await openSell(page)
  await scan(page, beans!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  const dialogs = [
    { open: () => page.keyboard.press('F3'), dialog: 'customer-dialog', field: 'customer-dialog-search' },
    { open: () => page.keyboard.press('F6'), dialog: 'discount-dialog', field: 'discount-dialog-value' },
    { open: () => page.keyboard.press('F7'), dialog: 'coupon-dialog', field: 'coupon-dialog-code' },
    { open: () => page.keyboard.press('F8'), dialog: 'park-dialog', field: 'park-dialog-label' },
    { open: () => page.keyboard.press('F9'), dialog: 'parked-dialog', field: null },
    { open: () => page.getByTestId('cart-note-button').click(), dialog: 'note-dialog', field: 'note-dialog-text' },
    { open: () => page.getByTestId('cart-line').locator('.cart-line__main').click(), dialog: 'line-dialog', field: 'line-dialog-quantity' },
    { open: () => page.getByTestId('cart-clear').click(), dialog: 'clear-dialog', field: null },
    { open: () => page.keyboard.press('F4'), dialog: 'pay-dialog', field: 'pay-payments-0-tendered' }
  ]
  for (const { open, dialog, field } of dialogs) {
    await open()
    await expect(page.getByTestId(dialog)).toBeVisible()
    if (field) await expect(page.getByTestId(field)).toBeFocused()
    await capture(page, `sell-${dialog}`)
    await page.keyboard.press('Escape')
    await expect(page.getByTestId(dialog)).toBeHidden()
    await expect(page.getByTestId('sell-search')).toBeFocused()
  }
  expect((await till.ok('cart.current')).lines).toHaveLength(1)
})
