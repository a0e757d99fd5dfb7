import type { Locator } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { stockShelves } from './support/counter'
import { setUpShop } from './support/shop'
import { expectAllInReach, expectTargetsAtLeast, sizeName } from './support/viewport'

test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } })

/** A finger on the screen: a tap event at the element's centre, no mouse and no key. */
const tap = (target: Locator) => target.tap()

/** The sizes a touch till is checked at: the usual landscape, the smallest one, a portrait tablet. */
const TOUCH_SIZES = [
  { width: 1024, height: 768 },
  { width: 800, height: 600 },
  { width: 768, height: 1024 }
] as const

for (const size of TOUCH_SIZES) {
  const at = sizeName(size)
  test(`a touch-only sale at ${at}: three items tapped in, a quantity set on the keypad, paid with a quick-cash note`, async ({ page, till, capture }) => {
    // A whole sale, screen by screen: on a machine shared by many runs it takes longer than one step does.
    test.slow()
    await setUpShop(till, { settings: { touchMode: 'on' } })
    await page.setViewportSize(size)
    const [beans, milk, mug] = await stockShelves(till)
    await page.goto('/#/sell')
    const tile = (sku: string) => page.locator(`[data-testid="sell-product"][data-sku="${sku}"]`)
    await expect(tile(beans!.sku)).toBeVisible()
    await expect(page.locator('html')).toHaveClass(/touch/)

    for (const product of [beans!, milk!, mug!]) await tap(tile(product.sku))
    await expect(page.getByTestId('cart-count')).toHaveText('3 lines · 3 items')
    await expectTargetsAtLeast(page, 48, `sell on a touch till at ${at}`)
    await expectAllInReach(page, `sell on a touch till at ${at}`)
    await capture(page, `touch-sell-${at}`)

    // Two oat milks: the quantity opens the line, whose keypad types it.
    const milkLine = page.locator(`[data-testid="cart-line"][data-sku="${milk!.sku}"]`)
    await tap(milkLine.getByTestId('cart-line-quantity'))
    await expect(page.getByTestId('line-dialog')).toBeVisible()
    await expectAllInReach(page, `the line window on a touch till at ${at}`)
    await tap(page.getByTestId('line-dialog-quantity'))
    await expect(page.getByTestId('line-dialog-quantity-keypad')).toBeVisible()
    await tap(page.getByTestId('line-dialog-quantity-keypad-delete'))
    await tap(page.getByTestId('line-dialog-quantity-keypad-2'))
    await expect(page.getByTestId('line-dialog-quantity')).toHaveValue('2')
    await tap(page.getByTestId('line-dialog-save'))
    await expect(page.getByTestId('line-dialog')).toBeHidden()
    await expect(milkLine.getByTestId('cart-line-quantity')).toHaveValue('2')
    await expect(page.getByTestId('cart-total')).toHaveText('$27.50')

    await tap(page.getByTestId('cart-pay'))
    await expect(page.getByTestId('pay-dialog')).toBeVisible()
    await expect(page.getByTestId('pay-payments-0-tendered-keypad')).toBeVisible()
    const quickCash = page.getByTestId('pay-payments-0-quick-cash')
    await expect(quickCash.locator('button')).toHaveText(['Exact', '$28.00', '$30.00', '$40.00', '$50.00'])
    await expectTargetsAtLeast(page, 48, `payment on a touch till at ${at}`)
    await expectAllInReach(page, `payment on a touch till at ${at}`)
    await capture(page, `touch-pay-quick-cash-${at}`)
    await tap(page.getByTestId('pay-payments-0-quick-cash-3000'))
    await expect(page.getByTestId('pay-payments-0-tendered')).toHaveValue('30.00')
    await expect(page.getByTestId('pay-payments-change-amount')).toHaveText('$2.50')
    await tap(page.getByTestId('pay-dialog-complete'))

    await expect(page.getByTestId('sale-complete')).toBeVisible()
    await expect(page.getByTestId('sale-complete-change-amount')).toHaveText('$2.50')
    await expectAllInReach(page, `sale complete on a touch till at ${at}`)
    await capture(page, `touch-sale-complete-${at}`)
    const [order] = (await till.ok('orders.list', {})).orders
    await expect(page.getByTestId('sale-complete-number')).toHaveText(order!.number)
    const detail = await till.ok('orders.get', { orderId: order!.id })
    expect(detail.lines.map((line) => [line.sku, line.quantity])).toEqual([
      [beans!.sku, 1],
      [milk!.sku, 2],
      [mug!.sku, 1]
    ])
    expect(detail.payments).toMatchObject([{ method: 'cash', amount: 2750, tendered: 3000, change: 250 }])
    await tap(page.getByTestId('sale-complete-next'))
    await expect(page.getByTestId('cart-empty')).toBeVisible()
  })
}

test('the keypad types amounts with the currency’s own digits and nothing on a keyboard till', async ({ page, till }) => {
  await setUpShop(till, { settings: { touchMode: 'off' } })
  await stockShelves(till)
  await page.goto('/#/sell')
  await tap(page.getByTestId('sell-product').first())
  await tap(page.getByTestId('cart-pay'))
  await expect(page.getByTestId('pay-dialog')).toBeVisible()
  await expect(page.getByTestId('pay-payments-0-quick-cash')).toBeVisible()
  await expect(page.getByTestId('pay-payments-0-tendered-keypad')).toHaveCount(0)
  await expect(page.locator('html')).not.toHaveClass(/touch/)
})
