import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { openSell, scan, stockShelves } from './support/counter'
import { setUpShop } from './support/shop'
import { expectAllInReach, sizeName } from './support/viewport'

/**
 * Issue 13: a whole sale by keyboard alone (the scanner is a keyboard too) on the small screens a
 * counter has: no mouse and no tap from the first scan to the next sale.
 */
const SIZES = [
  { width: 800, height: 600 },
  { width: 768, height: 1024 }
] as const

/** The element the keyboard is on is wholly inside the window. */
async function expectFocusInView(page: Page, what: string): Promise<void> {
  const focused = await page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return null
    const rect = element.getBoundingClientRect()
    return {
      id: element.getAttribute('data-testid'),
      inside: rect.top >= -1 && rect.left >= -1 && rect.bottom <= innerHeight + 1 && rect.right <= innerWidth + 1
    }
  })
  expect(focused, `${what}: the keyboard is on something`).not.toBeNull()
  expect(focused!.inside, `${what}: ${focused!.id ?? 'the focused element'} is inside the window`).toBe(true)
}

for (const size of SIZES) {
  const at = sizeName(size)

  test(`a keyboard-only sale at ${at}: scans, a quantity, one more, a typed search, a discount, cash with change`, async ({ page, till, capture }) => {
    // A whole sale, screen by screen: on a machine shared by many runs it takes longer than one step does.
    test.slow()
    await setUpShop(till)
    const [beans, milk, mug] = await stockShelves(till)
    await page.setViewportSize(size)
    await openSell(page)
    const search = page.getByTestId('sell-search')
    await expect(search).toBeFocused()
    const line = (sku: string) => page.locator(`[data-testid="cart-line"][data-sku="${sku}"]`)

    await scan(page, beans!.barcode)
    await expect(line(beans!.sku)).toBeInViewport()
    await search.pressSequentially('2*', { delay: 120 })
    await expect(page.getByTestId('sell-pending-quantity')).toContainText('× 2')
    await scan(page, milk!.barcode)
    await expect(line(milk!.sku).getByTestId('cart-line-quantity')).toHaveValue('2')
    await page.keyboard.press('Control+D')
    await expect(line(milk!.sku).getByTestId('cart-line-quantity')).toHaveValue('3')

    // The typed search path: a name, the arrow down to its tile, Enter.
    await search.pressSequentially('enamel', { delay: 60 })
    await expect(page.getByTestId('sell-product').first()).toHaveAttribute('data-sku', mug!.sku)
    await page.keyboard.press('ArrowDown')
    await expectFocusInView(page, `the first tile at ${at}`)
    await page.keyboard.press('Enter')
    await expect(line(mug!.sku)).toBeInViewport()
    await expect(page.getByTestId('cart-count')).toHaveText('3 lines · 5 items')
    await expect(page.getByTestId('cart-total')).toHaveText('$30.00')
    await expect(page.getByTestId('cart-total')).toBeInViewport()
    await expectAllInReach(page, `sell by keyboard at ${at}`)
    await capture(page, `keyboard-sell-${at}`)

    await page.keyboard.press('F6')
    await expect(page.getByTestId('discount-dialog-value')).toBeFocused()
    await expectFocusInView(page, `the discount at ${at}`)
    await page.keyboard.type('10')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('discount-dialog')).toBeHidden()
    await expect(page.getByTestId('cart-total')).toHaveText('$27.00')

    await page.keyboard.press('F4')
    await expect(page.getByTestId('pay-payments-0-tendered')).toBeFocused()
    await expectFocusInView(page, `the cash tendered at ${at}`)
    await page.keyboard.type('50')
    await expect(page.getByTestId('pay-payments-change-amount')).toHaveText('$23.00')
    await expect(page.getByTestId('pay-payments-change-amount')).toBeInViewport()
    await expectAllInReach(page, `pay by keyboard at ${at}`)
    await capture(page, `keyboard-pay-${at}`)
    await page.keyboard.press('Enter')

    await expect(page.getByTestId('sale-complete')).toBeVisible()
    await expect(page.getByTestId('sale-complete-change-amount')).toHaveText('$23.00')
    await expect(page.getByTestId('sale-complete-change-amount')).toBeInViewport()
    await expectFocusInView(page, `sale complete at ${at}`)
    await expectAllInReach(page, `sale complete by keyboard at ${at}`)
    await capture(page, `keyboard-sale-complete-${at}`)
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('sale-complete')).toBeHidden()
    await expect(page.getByTestId('cart-empty')).toBeVisible()
    await expect(search).toBeFocused()

    const [order] = (await till.ok('orders.list', {})).orders
    const detail = await till.ok('orders.get', { orderId: order!.id })
    expect(detail.lines.map((entry) => [entry.sku, entry.quantity])).toEqual([
      [beans!.sku, 1],
      [milk!.sku, 3],
      [mug!.sku, 1]
    ])
    expect(detail.payments).toMatchObject([{ method: 'cash', amount: 2700, tendered: 5000, change: 2300 }])
  })
}
