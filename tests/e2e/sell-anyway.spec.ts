import type { Page } from '@playwright/test'
import { BEANS, MILK, MUG, openSell, scan, stockShelves } from './support/counter'
import { expect, test } from './support/fixtures'
import { setUpShop } from './support/shop'

const CASHIER_PIN = '4826'
const MANAGER_PIN = '7391'
/** One enamel mug on the shelf: a sale of three is short by two. */
const SHELVES = [BEANS, MILK, { ...MUG, stock: 1 }]

async function unlockAs(page: Page, name: string, pin: string): Promise<void> {
  await expect(page.getByTestId('lock-screen')).toBeVisible()
  await page.getByTestId('lock-staff').filter({ hasText: name }).click()
  await page.keyboard.type(pin)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('staff-name')).toHaveText(name)
}

test('by keyboard: a cashier is refused short stock, chooses Sell anyway, a manager approves; the stock goes below zero and Products asks for a count', async ({
  page,
  till,
  capture,
  captureAtSizes
}) => {
  await setUpShop(till, { settings: { shortStock: 'sell_anyway', touchMode: 'off' } })
  const [, , mug] = await stockShelves(till, SHELVES)
  const cashierId = await till.addStaff('Cara Cashier', 'cashier', CASHIER_PIN)
  const managerId = await till.addStaff('Max Manager', 'manager', MANAGER_PIN)

  await page.goto('/#/sell')
  await unlockAs(page, 'Cara Cashier', CASHIER_PIN)
  await openSell(page)
  await scan(page, mug!.barcode)
  const quantity = page.locator(`[data-testid="cart-line"][data-sku="${mug!.sku}"]`).getByTestId('cart-line-quantity')
  await expect(quantity).toHaveValue('1')
  await quantity.fill('3')
  await quantity.press('Enter')
  await expect(page.getByTestId('cart-count')).toHaveText('1 line · 3 items')
  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-payments-0-tendered')).toBeFocused()
  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-dialog-error')).toContainText('Not enough stock of Enamel Mug: 1 left.')
  const offer = page.getByTestId('pay-sell-anyway')
  await expect(offer).toBeVisible()
  // The offer as each size shows it: the refusal, the sentence and the button all on screen.
  await captureAtSizes(page, 'sell-anyway-offer', async () => {
    await offer.getByTestId('pay-sell-anyway-button').scrollIntoViewIfNeeded()
    await expect(offer.getByTestId('pay-sell-anyway-button')).toBeInViewport()
  })

  await offer.getByTestId('pay-sell-anyway-button').focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('approval-dialog')).toBeVisible()
  await expect(page.getByTestId('approval-reason')).toContainText('Sell more than is in stock')
  await page.getByTestId('approval-staff').filter({ hasText: 'Max Manager' }).click()
  await expect(page.getByTestId('approval-pin')).toBeVisible()
  // Typed fast: while the approval is asked the scanner is off, so no digit is taken for a scan.
  await page.keyboard.type(MANAGER_PIN)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('approval-dialog')).toBeHidden()
  await expect(page.getByTestId('sale-complete')).toBeVisible()
  await capture(page, 'sell-anyway-complete')

  const moved = await till.context.db
    .selectFrom('stock_movements')
    .select(['delta', 'stock_after', 'actor_id', 'approver_id', 'allowed_by'])
    .where('reason', '=', 'sale')
    .execute()
  expect(moved).toEqual([{ delta: -3, stock_after: -2, actor_id: cashierId, approver_id: managerId, allowed_by: managerId }])
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('sale-complete')).toBeHidden()

  // The owner looks at Products: the mug is below zero, marked for a count.
  await page.getByTestId('lock-switch').click()
  await unlockAs(page, 'Olive Owner', '2580')
  await page.goto('/#/products')
  const row = page.getByTestId('product-row').filter({ hasText: 'Enamel Mug' })
  await expect(row.getByTestId('product-row-stock')).toHaveText('-2')
  await expect(row.getByTestId('product-row-stock')).toHaveAttribute('title', 'Below zero: count it')
  await row.click()
  await expect(page.getByTestId('variant-below-zero')).toHaveText('Count it')
  await captureAtSizes(page, 'sell-anyway-products', async () => {
    await expect(page.getByTestId('variant-below-zero')).toBeInViewport()
  })
})

test.describe('on a touch till', () => {
  test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } })

  test('by touch: the owner, allowed to, taps Sell anyway and the sale goes through without an approval', async ({ page, till }) => {
    await setUpShop(till, { settings: { shortStock: 'sell_anyway', touchMode: 'on' } })
    const [, , mug] = await stockShelves(till, SHELVES)
    await page.goto('/#/sell')
    const tile = page.locator(`[data-testid="sell-product"][data-sku="${mug!.sku}"]`)
    await tile.tap()
    await expect(page.getByTestId('cart-count')).toHaveText('1 line · 1 item')
    await tile.tap()
    await expect(page.getByTestId('cart-count')).toHaveText('1 line · 2 items')
    await page.getByTestId('cart-pay').tap()
    await page.getByTestId('pay-dialog-complete').tap()
    await expect(page.getByTestId('pay-dialog-error')).toContainText('Not enough stock of Enamel Mug')
    await page.getByTestId('pay-sell-anyway-button').tap()
    await expect(page.getByTestId('sale-complete')).toBeVisible()
    await expect(page.getByTestId('approval-dialog')).toBeHidden()
    const product = await till.ok('catalog.getProduct', { id: mug!.productId })
    expect(product.variants[0]!.stock).toBe(-1)
  })

  test('a shop that refuses short stock offers no Sell anyway', async ({ page, till }) => {
    await setUpShop(till, { settings: { touchMode: 'on' } })
    const [, , mug] = await stockShelves(till, SHELVES)
    await page.goto('/#/sell')
    const tile = page.locator(`[data-testid="sell-product"][data-sku="${mug!.sku}"]`)
    await tile.tap()
    await tile.tap()
    await expect(page.getByTestId('cart-count')).toHaveText('1 line · 2 items')
    await page.getByTestId('cart-pay').tap()
    await page.getByTestId('pay-dialog-complete').tap()
    await expect(page.getByTestId('pay-dialog-error')).toContainText('Not enough stock of Enamel Mug: 1 left.')
    await expect(page.getByTestId('pay-sell-anyway')).toHaveCount(0)
  })
})
