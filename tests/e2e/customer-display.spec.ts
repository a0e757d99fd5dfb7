import type { Page } from '@playwright/test'
import { CUSTOMER_DISPLAY_HASH } from '../../src/shared/customer-display'
import { MAX_AMOUNT } from '../../src/shared/money'
import { expect, test } from './support/fixtures'
import { openSell, placeOrder, scan, stockShelves } from './support/counter'
import { addProduct, setUpShop } from './support/shop'
import { expectAccessible } from './support/a11y'
import { expectNotCut, sizeName } from './support/viewport'

/** The customer display's "back to the welcome" timer, run by the test when it chooses. */
const pendingWelcome: Array<() => void> = []

test.use({
  tillOptions: {
    display: {
      after: (_ms, work) => {
        pendingWelcome.push(work)
        return () => pendingWelcome.splice(pendingWelcome.indexOf(work) >>> 0, 1)
      }
    }
  }
})

/** Issue 13's sizes: the display may be a small pole screen, a tablet turned upright or a monitor. */
const DISPLAY_SIZES = [
  { width: 800, height: 600 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 }
]

/** The display at every size it is checked at: the figures the customer reads wholly in the window and not cut, axe, and a screenshot. */
async function captureAtEverySize(display: Page, capture: (page: Page, name: string) => Promise<void>, state: string, figures: string[]): Promise<void> {
  for (const size of DISPLAY_SIZES) {
    await display.setViewportSize(size)
    for (const testId of figures) {
      await expect(display.getByTestId(testId).last()).toBeInViewport({ ratio: 1 })
      await expectNotCut(display, testId, `customer display ${state} at ${sizeName(size)}`)
    }
    await capture(display, `customer-display-${state}-${sizeName(size)}`)
  }
  await expectAccessible(display, `the customer display (${state})`)
  await display.setViewportSize(DISPLAY_SIZES[0]!)
}

test.beforeEach(async ({ till, page }) => {
  pendingWelcome.length = 0
  await setUpShop(till)
  await page.setViewportSize({ width: 1024, height: 768 })
})

test('the Settings toggle turns this till’s customer display on and off at once', async ({ page, till, capture }) => {
  await page.goto('/#/settings')
  const toggle = page.getByTestId('settings-customer-display')
  await expect(toggle).not.toBeChecked()
  await toggle.check()
  await expect.poll(async () => (await till.ok('settings.till')).customerDisplay).toBe(true)
  await page.reload()
  await expect(page.getByTestId('settings-customer-display')).toBeChecked()
  await page.getByTestId('settings-customer-display').scrollIntoViewIfNeeded()
  await capture(page, 'settings-customer-display')
  await page.getByTestId('settings-customer-display').uncheck()
  await expect.poll(async () => (await till.ok('settings.till')).customerDisplay).toBe(false)
})

test('the customer display follows a sale: the welcome, each line and the total, the payment and change, the welcome again', async ({
  page,
  context,
  till,
  capture
}) => {
  // Four screens, each captured at five sizes with axe: slow on a loaded machine.
  test.setTimeout(180_000)
  const [beans, milk] = await stockShelves(till)
  await addProduct(till, 'Gift Sleeve', { sku: 'SLEEVE-SECRET', price: 400, cost: 123, stock: 5 }, { category: 'Counter', taxRateBp: 0 })
  await till.ok('settings.updateTill', { customerDisplay: true })

  const display = await context.newPage()
  await display.setViewportSize(DISPLAY_SIZES[0]!)
  await display.goto(`/${CUSTOMER_DISPLAY_HASH}`)
  const screen = display.getByTestId('customer-display')
  await expect(screen).toHaveAttribute('data-screen', 'idle')
  await expect(display.getByTestId('customer-display-shop')).toHaveText('Corner Shop')
  await captureAtEverySize(display, capture, 'idle', ['customer-display-shop'])

  await openSell(page)
  const lines = display.getByTestId('customer-display-line')
  await scan(page, beans!.barcode)
  await expect(screen).toHaveAttribute('data-screen', 'sale')
  await expect(lines).toHaveCount(1)
  await expect(lines.first()).toContainText(beans!.name)
  await expect(display.getByTestId('customer-display-total')).toHaveText('$13.50')

  await scan(page, milk!.barcode)
  await expect(lines).toHaveCount(2)
  await expect(lines.nth(1)).toContainText(milk!.name)
  await expect(lines.nth(1)).toHaveClass(/cd-line-latest/)
  await expect(display.getByTestId('customer-display-total')).toHaveText('$16.00')

  await page.getByTestId('sell-product').filter({ hasText: 'Gift Sleeve' }).click()
  await expect(lines).toHaveCount(3)
  await expect(lines.nth(2)).toHaveClass(/cd-line-latest/)
  await expect(display.getByTestId('customer-display-total')).toHaveText('$20.00')
  await expect(display.getByTestId('customer-display-count')).toHaveText('3 items')
  // Nothing the customer should not see: not the SKU, not the cost (1.23), not the stock left.
  for (const hidden of ['SLEEVE-SECRET', beans!.sku, '1.23', 'left']) await expect(screen).not.toContainText(hidden)
  // The main page's total and the customer's agree.
  await expect(page.getByTestId('cart-total')).toHaveText('$20.00')
  await captureAtEverySize(display, capture, 'sale', ['customer-display-line-amount', 'customer-display-total', 'customer-display-count'])

  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-dialog')).toBeVisible()
  await expect(page.getByTestId('pay-payments-0-tendered')).toBeFocused()
  // While the cashier types what was handed over, the customer sees it and the change, live.
  await expect(display.getByTestId('customer-display-payment')).toHaveText(/Paid in cash\s*\$20\.00/)
  await page.keyboard.type('50')
  await expect(display.getByTestId('customer-display-tendered')).toHaveText(/Cash given\s*\$50\.00/)
  await expect(display.getByTestId('customer-display-paying-change')).toHaveText('$30.00')
  await expect(display.getByTestId('customer-display-total')).toHaveText('$20.00')
  await captureAtEverySize(display, capture, 'paying', ['customer-display-total', 'customer-display-tendered', 'customer-display-paying-change'])
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('sale-complete')).toBeVisible()

  await expect(screen).toHaveAttribute('data-screen', 'paid')
  await expect(display.getByTestId('customer-display-paid-total')).toHaveText('$20.00')
  await expect(display.getByTestId('customer-display-payment')).toHaveText(/Paid in cash\s*\$20\.00/)
  await expect(display.getByTestId('customer-display-tendered')).toHaveText(/Cash given\s*\$50\.00/)
  await expect(display.getByTestId('customer-display-change')).toHaveText('$30.00')
  await captureAtEverySize(display, capture, 'paid', ['customer-display-paid-total', 'customer-display-payment', 'customer-display-change'])

  // Closing Sale complete starts the next (empty) sale: the change stays up for the customer.
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('sale-complete')).toBeHidden()
  await expect(page.getByTestId('cart-empty')).toBeVisible()
  await expect(screen).toHaveAttribute('data-screen', 'paid')

  expect(pendingWelcome).toHaveLength(1)
  pendingWelcome.shift()!()
  await expect(screen).toHaveAttribute('data-screen', 'idle')
  await expect(display.getByTestId('customer-display-shop')).toHaveText('Corner Shop')
})

test('the customer display speaks the receipt language, not the cashier’s screen language', async ({ context, till }) => {
  await till.ok('settings.update', { receiptLanguage: 'de', locale: 'de-DE', currency: 'EUR' })
  await till.ok('settings.updateTill', { customerDisplay: true, screenLanguage: 'en' })
  const display = await context.newPage()
  await display.goto(`/${CUSTOMER_DISPLAY_HASH}`)
  await expect(display.getByTestId('customer-display')).toHaveAttribute('data-screen', 'idle')
  await expect(display.getByTestId('customer-display')).toContainText('Willkommen')
  await expect(display.locator('html')).toHaveAttribute('lang', 'de')
})

test('on a long sale at 800x600 the line just added and the total stay in sight', async ({ context, till, capture }) => {
  await till.ok('settings.updateTill', { customerDisplay: true })
  const variants: number[] = []
  for (let index = 1; index <= 14; index++) {
    const product = await addProduct(till, `Item ${index}`, { price: 100 * index, stock: 5 }, { category: 'Counter', taxRateBp: 0 })
    variants.push(product.variants[0]!.id)
  }
  const display = await context.newPage()
  await display.setViewportSize(DISPLAY_SIZES[0]!)
  await display.goto(`/${CUSTOMER_DISPLAY_HASH}`)
  await expect(display.getByTestId('customer-display')).toHaveAttribute('data-screen', 'idle')
  const cart = await till.ok('cart.current')
  const lines = display.getByTestId('customer-display-line')
  // Scrolled to the list's edge, a line may sit a fraction of a pixel under it (ratio 0.997 seen).
  const inSight = { ratio: 0.99 }
  for (const [index, variantId] of variants.entries()) {
    await till.ok('cart.addLine', { cartId: cart.id, variantId })
    await expect(lines).toHaveCount(index + 1)
    await expect(lines.nth(index)).toHaveClass(/cd-line-latest/)
    await expect(lines.nth(index)).toBeInViewport(inSight)
    await expect(display.getByTestId('customer-display-total')).toBeInViewport({ ratio: 1 })
  }
  // A change to an early line brings that line back into sight.
  const first = (await till.ok('cart.current')).lines[0]!
  await till.ok('cart.setQuantity', { cartId: cart.id, lineId: first.id, quantity: 3 })
  await expect(lines.first()).toHaveClass(/cd-line-latest/)
  await expect(lines.first()).toBeInViewport(inSight)
  await expect(display.getByTestId('customer-display-total')).toHaveText('$107.00')
  await capture(display, 'customer-display-long-sale-800x600')
})

test('a split payment in Arabic: the customer’s screen reads right to left and says what each method paid, live and after the sale', async ({
  page,
  context,
  till,
  capture
}) => {
  test.setTimeout(180_000)
  const [beans, , mug] = await stockShelves(till)
  await till.ok('settings.update', { receiptLanguage: 'ar' })
  await till.ok('settings.updateTill', { customerDisplay: true, screenLanguage: 'en' })
  const display = await context.newPage()
  await display.setViewportSize(DISPLAY_SIZES[0]!)
  await display.goto(`/${CUSTOMER_DISPLAY_HASH}`)
  const screen = display.getByTestId('customer-display')
  await expect(screen).toHaveAttribute('data-screen', 'idle')
  await expect(display.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(display.locator('html')).toHaveAttribute('lang', 'ar')

  await openSell(page)
  await scan(page, beans!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  await scan(page, mug!.barcode)
  await expect(display.getByTestId('customer-display-total')).toHaveText('$22.50')
  // The cashier's screen stays in English.
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')

  await page.keyboard.press('F4')
  await page.getByTestId('pay-payments-0-amount').fill('10')
  await page.keyboard.press('F9')
  await expect(page.getByTestId('pay-payments-1-amount')).toHaveValue('12.50')
  await page.getByTestId('pay-payments-1-last-four').fill('4242')
  await page.getByTestId('pay-payments-0-tendered').fill('20')
  const payments = display.getByTestId('customer-display-payment')
  await expect(payments).toHaveText([/مدفوع نقدًا\s*\$10\.00/, /مدفوع بالبطاقة\s*\$12\.50/])
  await expect(display.getByTestId('customer-display-tendered')).toHaveText(/النقد المُسلَّم\s*\$20\.00/)
  await expect(display.getByTestId('customer-display-paying-change')).toHaveText('$10.00')
  await expect(screen).not.toContainText('4242')
  await captureAtEverySize(display, capture, 'paying-split-ar', ['customer-display-total', 'customer-display-paying-change'])

  await page.keyboard.press('F4')
  await expect(page.getByTestId('sale-complete')).toBeVisible()
  await expect(screen).toHaveAttribute('data-screen', 'paid')
  await expect(payments).toHaveText([/مدفوع نقدًا\s*\$10\.00/, /مدفوع بالبطاقة\s*\$12\.50/])
  await expect(display.getByTestId('customer-display-change')).toHaveText('$10.00')
  await expect(screen).toContainText('شكرًا لك!')
  await captureAtEverySize(display, capture, 'paid-split-ar', ['customer-display-paid-total', 'customer-display-payment', 'customer-display-change'])
})

test('a sale past the amount limit asks the customer to see the cashier, with no 0.00 figures', async ({ context, till, capture }) => {
  await till.ok('settings.updateTill', { customerDisplay: true })
  const gold = await addProduct(till, 'Gold bar', { price: 100_000_000_000, stock: 10 }, { category: 'Counter', taxRateBp: 0 })
  const display = await context.newPage()
  await display.setViewportSize(DISPLAY_SIZES[0]!)
  await display.goto(`/${CUSTOMER_DISPLAY_HASH}`)
  const screen = display.getByTestId('customer-display')
  await expect(screen).toHaveAttribute('data-screen', 'idle')
  const cart = await till.ok('cart.current')
  await till.ok('cart.addLine', { cartId: cart.id, variantId: gold.variants[0]!.id, quantity: 3 })
  await expect(screen).toHaveAttribute('data-screen', 'sale')
  // A price raised afterwards takes the sale past what a till holds.
  await till.ok('catalog.updateVariant', { id: gold.variants[0]!.id, price: MAX_AMOUNT })
  await expect(screen).toHaveAttribute('data-screen', 'seeCashier')
  await expect(display.getByTestId('customer-display-see-cashier')).toContainText('Please see the cashier')
  await expect(screen).not.toContainText('0.00')
  await expect(display.getByTestId('customer-display-line')).toHaveCount(0)
  await captureAtEverySize(display, capture, 'see-cashier', ['customer-display-see-cashier'])
})

test('ten split payments: the total, what was paid in all and the change stay in the window at every size, in English and Arabic', async ({
  page,
  context,
  till,
  capture
}) => {
  // Four screens, each captured at five sizes with axe.
  test.setTimeout(240_000)
  const [beans, , mug] = await stockShelves(till)
  await till.ok('settings.updateTill', { customerDisplay: true, screenLanguage: 'en' })
  const display = await context.newPage()
  await display.setViewportSize(DISPLAY_SIZES[0]!)
  await display.goto(`/${CUSTOMER_DISPLAY_HASH}`)
  const screen = display.getByTestId('customer-display')
  await expect(screen).toHaveAttribute('data-screen', 'idle')

  // Pay's most: 1.00 in cash, eight times 1.00 by card, then the last 13.50 in cash with 20.00 handed over.
  await openSell(page)
  await scan(page, beans!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  await scan(page, mug!.barcode)
  await expect(display.getByTestId('customer-display-total')).toHaveText('$22.50')
  await page.keyboard.press('F4')
  for (let index = 0; index < 9; index++) {
    await page.getByTestId(`pay-payments-${index}-amount`).fill('1')
    await page.keyboard.press('F9')
  }
  await expect(page.getByTestId('pay-payments-9-amount')).toHaveValue('13.50')
  await page.keyboard.press('F6')
  await page.getByTestId('pay-payments-9-tendered').fill('20')
  await expect(display.getByTestId('customer-display-earlier')).toHaveText(/8 earlier payments\s*\$8\.00/)
  await expect(display.getByTestId('customer-display-payment')).toHaveText([/Paid by card\s*\$1\.00/, /Paid in cash\s*\$13\.50/])
  await expect(display.getByTestId('customer-display-tendered')).toHaveText(/Cash given\s*\$20\.00/)
  await expect(display.getByTestId('customer-display-paid-in-all')).toHaveText('$22.50')
  await expect(display.getByTestId('customer-display-paying-change')).toHaveText('$6.50')
  await captureAtEverySize(display, capture, 'paying-ten', [
    'customer-display-line-amount',
    'customer-display-total',
    'customer-display-paid-in-all',
    'customer-display-paying-change'
  ])

  await page.keyboard.press('F4')
  await expect(page.getByTestId('sale-complete')).toBeVisible()
  await expect(screen).toHaveAttribute('data-screen', 'paid')
  await expect(display.getByTestId('customer-display-earlier')).toHaveText(/8 earlier payments\s*\$8\.00/)
  await expect(display.getByTestId('customer-display-paid-in-all')).toHaveText('$22.50')
  await expect(display.getByTestId('customer-display-change')).toHaveText('$6.50')
  await captureAtEverySize(display, capture, 'paid-ten', ['customer-display-paid-total', 'customer-display-paid-in-all', 'customer-display-change'])
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('sale-complete')).toBeHidden()

  // In Arabic, part paid: nine payments of 1.00 typed so far, what is still due stays in sight; then all ten taken.
  await till.ok('settings.update', { receiptLanguage: 'ar' })
  await expect(display.locator('html')).toHaveAttribute('dir', 'rtl')
  const cart = await till.ok('cart.current')
  await till.ok('cart.addLine', { cartId: cart.id, variantId: beans!.variantId })
  await till.ok('cart.addLine', { cartId: cart.id, variantId: mug!.variantId })
  await expect(screen).toHaveAttribute('data-screen', 'sale')
  const ones = Array.from({ length: 9 }, (_, index) => ({ method: index % 2 === 0 ? ('cash' as const) : ('card' as const), amount: 100 }))
  await till.ok('display.paying', { cartId: cart.id, payments: ones })
  await expect(display.getByTestId('customer-display-earlier')).toHaveText(/7 دفعات سابقة\s*\$7\.00/)
  await expect(display.getByTestId('customer-display-paid-in-all')).toHaveText('$9.00')
  await expect(display.getByTestId('customer-display-remaining')).toHaveText('$13.50')
  await captureAtEverySize(display, capture, 'paying-ten-ar', [
    'customer-display-line-amount',
    'customer-display-total',
    'customer-display-paid-in-all',
    'customer-display-remaining'
  ])

  const all = [...ones, { method: 'cash' as const, amount: 1350, tendered: 2000 }]
  await till.ok('display.paying', { cartId: cart.id, payments: all })
  await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: all })
  await expect(screen).toHaveAttribute('data-screen', 'paid')
  await expect(display.getByTestId('customer-display-earlier')).toHaveText(/8 دفعات سابقة\s*\$8\.00/)
  await expect(display.getByTestId('customer-display-change')).toHaveText('$6.50')
  await captureAtEverySize(display, capture, 'paid-ten-ar', ['customer-display-paid-total', 'customer-display-paid-in-all', 'customer-display-change'])
})

test('a pickup paid later in Orders shows on the customer display as it is typed and once taken, then the welcome', async ({
  page,
  context,
  till,
  capture
}) => {
  // Two screens, each captured at five sizes with axe.
  test.setTimeout(180_000)
  const [beans, , mug] = await stockShelves(till)
  await till.ok('settings.updateTill', { customerDisplay: true })
  const order = await placeOrder(
    till,
    [
      { variantId: beans!.variantId, quantity: 2 },
      { variantId: mug!.variantId, quantity: 1 }
    ],
    { kind: 'pickup', customer: 'Linus Secretname' }
  )
  expect(order.amountDue).toBe(3600)
  // The pickup rung up unpaid put up its screen; the welcome comes back before the collection.
  for (const work of pendingWelcome.splice(0)) work()
  const display = await context.newPage()
  await display.setViewportSize(DISPLAY_SIZES[0]!)
  await display.goto(`/${CUSTOMER_DISPLAY_HASH}`)
  const screen = display.getByTestId('customer-display')
  await expect(screen).toHaveAttribute('data-screen', 'idle')

  await page.goto('/#/orders')
  await page.getByTestId('order-row').filter({ hasText: order.number }).click()
  await expect(page.getByTestId('order-detail-number')).toHaveText(order.number)
  // Opened and closed unpaid: the customer sees the order, then the welcome again.
  await page.keyboard.press('F7')
  await expect(page.getByTestId('take-payment-due')).toHaveText('$36.00')
  await expect(screen).toHaveAttribute('data-screen', 'orderPayment')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('take-payment-dialog')).toBeHidden()
  await expect(screen).toHaveAttribute('data-screen', 'idle')

  await page.keyboard.press('F7')
  await expect(screen).toHaveAttribute('data-screen', 'orderPayment')
  await expect(display.getByTestId('customer-display-order-number')).toHaveText(`Order ${order.number}`)
  await expect(display.getByTestId('customer-display-line')).toHaveCount(2)
  await expect(display.getByTestId('customer-display-total')).toHaveText('$36.00')
  await expect(display.getByTestId('customer-display-payment')).toHaveText(/Paid in cash\s*\$36\.00/)
  // 16.00 in cash with 20.00 handed over, 20.00 by card (its digits never reach the customer).
  await page.getByTestId('take-payment-payments-0-amount').fill('16')
  await page.keyboard.press('F9')
  await expect(page.getByTestId('take-payment-payments-1-amount')).toHaveValue('20.00')
  await page.getByTestId('take-payment-payments-1-last-four').fill('4242')
  await page.getByTestId('take-payment-payments-0-tendered').fill('20')
  await expect(display.getByTestId('customer-display-payment')).toHaveText([/Paid in cash\s*\$16\.00/, /Paid by card\s*\$20\.00/])
  await expect(display.getByTestId('customer-display-tendered')).toHaveText(/Cash given\s*\$20\.00/)
  await expect(display.getByTestId('customer-display-paid-in-all')).toHaveText('$36.00')
  await expect(display.getByTestId('customer-display-paying-change')).toHaveText('$4.00')
  for (const hidden of ['4242', 'Linus', beans!.sku]) await expect(screen).not.toContainText(hidden)
  await captureAtEverySize(display, capture, 'order-paying', ['customer-display-line-amount', 'customer-display-total', 'customer-display-paying-change'])

  await page.keyboard.press('F4')
  await expect(page.getByTestId('take-payment-change')).toContainText('$4.00')
  await expect(screen).toHaveAttribute('data-screen', 'paid')
  await expect(display.getByTestId('customer-display-paid-total')).toHaveText('$36.00')
  await expect(display.getByTestId('customer-display-payment')).toHaveText([/Paid in cash\s*\$16\.00/, /Paid by card\s*\$20\.00/])
  await expect(display.getByTestId('customer-display-change')).toHaveText('$4.00')
  await expect(screen).not.toContainText('4242')
  await captureAtEverySize(display, capture, 'order-paid', ['customer-display-paid-total', 'customer-display-paid-in-all', 'customer-display-change'])

  // Done: the change stays up for the customer until the welcome comes back.
  await page.getByTestId('take-payment-done').click()
  await expect(page.getByTestId('take-payment-dialog')).toBeHidden()
  await expect(page.getByTestId('order-detail-payment')).toHaveText('Paid')
  await expect(screen).toHaveAttribute('data-screen', 'paid')
  expect(pendingWelcome).toHaveLength(1)
  pendingWelcome.shift()!()
  await expect(screen).toHaveAttribute('data-screen', 'idle')
})
