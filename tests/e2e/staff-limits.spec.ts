import type { Page } from '@playwright/test'
import { openSell, placeOrder, scan, stockShelves } from './support/counter'
import { expect, test } from './support/fixtures'
import { setUpShop } from './support/shop'

const CASHIER_PIN = '4826'

async function unlockAs(page: Page, name: string, pin: string): Promise<void> {
  await expect(page.getByTestId('lock-screen')).toBeVisible()
  await page.getByTestId('lock-staff').filter({ hasText: name }).click()
  await page.keyboard.type(pin)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('staff-name')).toHaveText(name)
}

test('a cashier sees the catalog buttons disabled with the reason, and Orders filters by who took the sale', async ({ page, till, captureAtSizes }) => {
  await setUpShop(till)
  const [beans, milk] = await stockShelves(till)
  const owners = [await placeOrder(till, [{ variantId: milk!.variantId, quantity: 1 }]), await placeOrder(till, [{ variantId: milk!.variantId, quantity: 2 }])]
  const cashierId = await till.addStaff('Cara Cashier', 'cashier', CASHIER_PIN)

  await page.goto('/#/products')
  await unlockAs(page, 'Cara Cashier', CASHIER_PIN)
  for (const button of ['products-new', 'products-import', 'products-export']) {
    await expect(page.getByTestId(button)).toBeDisabled()
    await expect(page.getByTestId(button)).toHaveAttribute('title', /ask a manager/)
  }
  await expect(page.getByTestId('products-permission-note')).toContainText('Needs “Edit the catalog”: ask a manager')
  await page.getByTestId('product-row-name').first().click()
  await expect(page.getByTestId('product-edit')).toBeDisabled()
  await captureAtSizes(page, 'staff-products-cashier')
  await page.setViewportSize({ width: 1280, height: 800 })

  await openSell(page)
  await scan(page, beans!.barcode)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-payments-0-tendered')).toBeFocused()
  await page.keyboard.press('F4')
  const number = (await page.getByTestId('sale-complete-number').textContent()) ?? ''
  await page.keyboard.press('Enter')

  await page.goto('/#/orders')
  await expect(page.getByTestId('order-row')).toHaveCount(3)
  await expect(page.getByTestId('orders-export')).toBeDisabled()
  await expect(page.getByTestId('orders-export')).toHaveAttribute('title', 'Needs “Export orders”: ask a manager')
  await page.getByTestId('orders-filter-staff').selectOption(cashierId)
  await expect(page.getByTestId('order-row')).toHaveCount(1)
  await expect(page.getByTestId('order-row')).toContainText(number)
  await captureAtSizes(page, 'staff-orders-filter')
  await page.getByTestId('orders-filter-staff').selectOption('owner')
  await expect(page.getByTestId('order-row')).toHaveCount(2)
  for (const order of owners) await expect(page.getByTestId('order-row').filter({ hasText: order.number })).toHaveCount(1)
})

test('a manager sees the settings only an owner may change read-only, with the reason, and the printers open to them', async ({ page, till, capture }) => {
  await setUpShop(till)
  await till.addStaff('Max Manager', 'manager', '7391')

  await page.goto('/#/settings/shop')
  await unlockAs(page, 'Max Manager', '7391')
  await expect(page.getByTestId('settings-permission-note')).toHaveText('Needs “Change settings”: ask an owner')
  await expect(page.getByTestId('settings-shop-name')).toBeDisabled()
  await expect(page.getByTestId('settings-save')).toBeDisabled()
  // The screen language is this till's: anyone may choose it, the receipt language is the shop's.
  await expect(page.getByTestId('settings-screen-language')).toBeEnabled()
  await expect(page.getByTestId('settings-receipt-language')).toBeDisabled()
  await capture(page, 'staff-settings-read-only')

  await page.getByTestId('settings-tab-sync').click()
  await expect(page.getByTestId('settings-permission-note')).toHaveText('Needs “Configure sync”: ask an owner')
  await page.getByTestId('settings-tab-printers').click()
  await expect(page.getByTestId('printer-settings')).toBeVisible()
  await expect(page.getByTestId('settings-permission-note')).toHaveCount(0)
  expect((await till.ok('settings.get')).shopName).toBe('Corner Shop')
})
