import { sellAtCounter, takePickup } from '../support/sales'
import { expectAccessible } from './support/a11y'
import { openSell, scan, stockShelves } from './support/counter'
import { expect, test } from './support/fixtures'
import { setUpShop } from './support/shop'

/**
 * axe (WCAG 2.1 A and AA) on every screen and the dialogs a cashier meets: no serious or
 * critical violation. Wide enough that the shortcut chips show (they hide under 1360 px).
 */
test.use({ viewport: { width: 1920, height: 1080 } })
// Each axe pass reads the whole page: on a loaded 2-core machine a screen with its dialogs takes longer than the usual 30 s.
test.slow()

test('the first run has no serious accessibility fault', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByTestId('first-run')).toBeVisible()
  await expectAccessible(page, 'first run')
})

test('Sell, its dialogs, Pay and Sale complete have no serious accessibility fault', async ({ page, till }) => {
  await setUpShop(till)
  const [beans, milk] = await stockShelves(till)
  await openSell(page)
  await expectAccessible(page, 'Sell, empty')
  await scan(page, beans!.barcode)
  await scan(page, milk!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(2)
  await expectAccessible(page, 'Sell with two lines')

  await page.keyboard.press('F1')
  await expect(page.getByTestId('shortcuts')).toBeVisible()
  await expectAccessible(page, 'the list of keys')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('shortcuts')).toBeHidden()

  for (const [button, dialog] of [
    ['cart-customer', 'customer-dialog'],
    ['cart-discount', 'discount-dialog'],
    ['cart-coupon', 'coupon-dialog'],
    ['cart-park', 'park-dialog'],
    ['cart-clear', 'clear-dialog']
  ] as const) {
    await page.getByTestId(button).click()
    await expect(page.getByTestId(dialog)).toBeVisible()
    await expectAccessible(page, dialog)
    await page.keyboard.press('Escape')
    await expect(page.getByTestId(dialog)).toBeHidden()
  }
  await page.getByTestId('cart-line-name').first().click()
  await expect(page.getByTestId('line-dialog')).toBeVisible()
  await expectAccessible(page, 'a line')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('line-dialog')).toBeHidden()

  await page.getByTestId('cart-pay').click()
  await expect(page.getByTestId('pay-dialog')).toBeVisible()
  await expectAccessible(page, 'Pay')
  await page.getByTestId('pay-payments-0-tendered').fill('50')
  await page.getByTestId('pay-dialog-complete').click()
  await expect(page.getByTestId('sale-complete')).toBeVisible()
  await expectAccessible(page, 'Sale complete')
})

test('Orders, an order, Products, a product, Stats and Shift have no serious accessibility fault', async ({ page, till }) => {
  await setUpShop(till, { sample: true })
  const [beans] = await stockShelves(till)
  await sellAtCounter(till, [{ variantId: beans!.variantId, quantity: 2 }])
  await takePickup(till, [{ variantId: beans!.variantId }])

  await page.goto('/#/orders')
  await page.getByTestId('order-row').first().click()
  await expect(page.getByTestId('order-detail')).toBeVisible()
  await expectAccessible(page, 'Orders with an order open')

  await page.getByTestId('nav-products').click()
  await page.getByTestId('product-row').first().click()
  await expect(page.getByTestId('product-detail')).toBeVisible()
  await expectAccessible(page, 'Products with a product open')
  await page.keyboard.press('Alt+N')
  await expect(page.getByTestId('product-form')).toBeVisible()
  await expectAccessible(page, 'the product form')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('product-form')).toBeHidden()

  await page.getByTestId('nav-stats').click()
  await expect(page.getByTestId('stats-revenue-value')).toBeVisible()
  await expectAccessible(page, 'Stats')

  await page.getByTestId('nav-shift').click()
  await expect(page.getByTestId('shift-screen')).toBeVisible()
  await expectAccessible(page, 'Shift')
})

test('every Settings tab has no serious accessibility fault', async ({ page, till }) => {
  await setUpShop(till)
  await page.goto('/#/settings')
  for (const tab of ['shop', 'printers', 'sync', 'staff', 'journal', 'backups', 'updates']) {
    await page.getByTestId(`settings-tab-${tab}`).click()
    await expect(page.getByTestId(`settings-tab-${tab}`)).toHaveAttribute('aria-selected', 'true')
    await expectAccessible(page, `Settings → ${tab}`)
  }
})

test('the lock screen has no serious accessibility fault', async ({ page, till }) => {
  await setUpShop(till)
  await till.addStaff('Cara Cashier', 'cashier', '4826')
  await page.goto('/')
  await expect(page.getByTestId('lock-screen')).toBeVisible()
  await expectAccessible(page, 'the lock screen')
  await page.getByTestId('lock-staff').filter({ hasText: 'Cara Cashier' }).click()
  await expectAccessible(page, 'the lock screen asking a PIN')
})

test('at 800x600 the nav rail, Sell and Pay have no serious accessibility fault', async ({ page, till }) => {
  await setUpShop(till)
  const [beans] = await stockShelves(till)
  await page.setViewportSize({ width: 800, height: 600 })
  await openSell(page)
  await scan(page, beans!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  await expectAccessible(page, 'Sell at 800x600')
  await page.getByTestId('cart-pay').click()
  await expect(page.getByTestId('pay-dialog')).toBeVisible()
  await expectAccessible(page, 'Pay at 800x600')
})
